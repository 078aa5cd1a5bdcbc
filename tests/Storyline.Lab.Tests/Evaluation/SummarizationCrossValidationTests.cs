using Storyline.Lab.Evaluation;

namespace Storyline.Tests.Evaluation;

public class SummarizationCrossValidationTests
{
    private static readonly string[] Topics = ["t0", "t1", "t2", "t3"];

    private static CvCandidate Candidate(string label, params double[] perTopic) =>
        new(label, Topics.Select((t, i) => (t, perTopic[i])).ToDictionary(x => x.t, x => x.Item2));

    [Fact]
    public void A_fold_is_summarised_with_the_configuration_best_on_the_other_folds_not_on_itself()
    {
        // "b" is far better on t0 only: fold 0 (t0, t2) must not pick it for its own topics, fold 1 (t1, t3) does
        var candidates = new[] { Candidate("a", 0.5, 0.5, 0.5, 0.5), Candidate("b", 0.9, 0.4, 0.5, 0.5) };
        var choices = SummarizationCrossValidation.Choose(Topics, candidates, folds: 2);

        Assert.Equal(["t0", "t2"], choices[0].HeldOutTopics);
        Assert.Equal(0, choices[0].Candidate);      // on t1, t3: a 0.5 beats b 0.45
        Assert.Equal(0.5, choices[0].TrainingMean, 9);
        Assert.Equal(["t1", "t3"], choices[1].HeldOutTopics);
        Assert.Equal(1, choices[1].Candidate);      // on t0, t2: b 0.7 beats a 0.5
    }

    [Fact]
    public void Ties_keep_the_earlier_configuration()
    {
        var candidates = new[] { Candidate("shipped", 0.4, 0.4, 0.4, 0.4), Candidate("other", 0.4, 0.4, 0.4, 0.4) };
        Assert.All(SummarizationCrossValidation.Choose(Topics, candidates, folds: 2), c => Assert.Equal(0, c.Candidate));
    }

    [Fact]
    public void Too_few_folds_or_topics_are_refused()
    {
        var candidates = new[] { Candidate("a", 1, 1, 1, 1) };
        Assert.Throws<ArgumentOutOfRangeException>(() => SummarizationCrossValidation.Choose(Topics, candidates, folds: 1));
        Assert.Throws<ArgumentException>(() => SummarizationCrossValidation.Choose(Topics, candidates, folds: 5));
        Assert.Throws<ArgumentException>(() => SummarizationCrossValidation.Choose(Topics, [], folds: 2));
    }
}
