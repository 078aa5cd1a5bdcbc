using Storyline.Lab.Datasets;
using Storyline.Lab.Datasets.Bias;
using System.Collections.Immutable;
using Storyline.Lab.Evaluation.Bias;
using Storyline.Lab.Training.Bias;
using Storyline.Language;

namespace Storyline.Lab.Tests.Evaluation.Bias;

/// <summary>The BABE eval on a tiny synthetic set written here: the file format, the fold split, the metrics, and that a
/// word the training folds mark is found in the held-out fold.</summary>
public sealed class BiasEvaluationTests
{
    private const string File =
        "\uFEFFtext;news_link;outlet;topic;type;label_bias;label_opinion;biased_words\n" +
        "The mayor slammed the plan.;http://x;Outlet A;city;left;Biased;Expresses writer’s opinion;['slammed']\n" +
        "\"The \"\"radical\"\" mayor; again\";http://x;Outlet B;city;right;Biased;Somewhat factual;[\"radical\", 'so-called']\n" +
        "The council met on Monday.;http://x;Outlet A;city;center;Non-biased;Entirely factual;[]\n" +
        "Nobody agreed here.;http://x;Outlet C;city;center;No agreement;No agreement;[]\n";

    [Fact]
    public void ReadsBabeRowsQuotedFieldsAndWordListsAndLeavesOutNoAgreement()
    {
        var rows = BabeDataset.Parse(File);
        Assert.Equal(3, rows.Length);
        Assert.Equal(["slammed"], rows[0].BiasedWords.ToArray());
        Assert.Equal("The \"radical\" mayor; again", rows[1].Text);
        Assert.Equal(["radical", "so-called"], rows[1].BiasedWords.ToArray());
        Assert.False(rows[2].Biased);
        Assert.Empty(rows[2].BiasedWords);
    }

    [Fact]
    public void AFileWithoutBabesColumnsIsAnError() =>
        Assert.Throws<InvalidDataException>(() => BabeDataset.Parse("a;b\n1;2\n"));

    [Fact]
    public void FoldsAreNearEqualDisjointAndTheSameForTheSameSeed()
    {
        var folds = FoldSplit.Assign(23, 5, seed: 3);
        Assert.Equal(folds, FoldSplit.Assign(23, 5, seed: 3));
        Assert.NotEqual(folds, FoldSplit.Assign(23, 5, seed: 4));
        var sizes = folds.GroupBy(f => f).Select(g => g.Count()).ToList();
        Assert.Equal(5, sizes.Count);
        Assert.True(sizes.Max() - sizes.Min() <= 1);
        Assert.Throws<ArgumentException>(() => FoldSplit.Assign(3, 5, seed: 1));
    }

    [Fact]
    public void MarkedWordsAreMatchedAsWholeWordsAndPhrases()
    {
        var s = LoadedLanguageTraining.Tokenize(new BiasSentence("So-called experts, the Slammed slammer, slammed it", true, ["slammed", "so-called"], ""));
        Assert.Equal(["So-called", "experts", "the", "Slammed", "slammer", "slammed", "it"], s.Words);
        Assert.Equal([true, false, false, true, false, true, false], s.Marked);
    }

    [Fact]
    public void PrecisionRecallAndF1FromCounts()
    {
        var c = PrfCounts.Count([(true, true), (true, false), (false, true), (false, true), (false, false)]);
        Assert.Equal((1, 1, 2), (c.TruePositives, c.FalsePositives, c.FalseNegatives));
        Assert.Equal(0.5, c.Precision, 10);
        Assert.Equal(1 / 3.0, c.Recall, 10);
        Assert.Equal(0.4, c.F1, 10);
        Assert.Equal(0, PrfCounts.Count([(false, false)]).F1);
    }

    [Fact]
    public void TheBestThresholdSeparatesTheScoresWithTheBestF1()
    {
        double cut = LoadedLanguageTraining.BestThreshold([(0.9, true), (0.8, true), (0.4, false), (0.3, true), (0.1, false)]);
        // all three positives above the cut (F1 6/7) beat the two at the top (F1 4/5)
        Assert.InRange(cut, 0.11, 0.29);
    }

    [Fact]
    public void CrossValidationLearnsWordsFromTheTrainingFoldsOnly()
    {
        // a synthetic set: biased sentences carry one of a few loaded words, neutral ones do not
        string[] loaded = ["slammed", "ranted", "blasted"];
        string[] subjects = ["The mayor", "The senator", "The governor", "The council", "The minister", "The judge", "The board", "The union"];
        var sentences = new List<BiasSentence>();
        for (int i = 0; i < 60; i++)
        {
            var subject = subjects[i % subjects.Length];
            sentences.Add(i % 2 == 0
                ? new BiasSentence($"{subject} {loaded[i % 3]} the plan on day {i}.", true, [loaded[i % 3]], "")
                : new BiasSentence($"{subject} discussed the plan on day {i}.", false, [], ""));
        }
        var english = LanguagePacks.Default.Fallback;
        var scores = BiasEvaluation.Run(sentences, 5, seed: 1, english.Framing, english.FunctionWords);
        var ours = scores.Single(s => s.System == "storyline");
        Assert.Equal(30, ours.Sentences.TruePositives + ours.Sentences.FalseNegatives);
        Assert.Equal(30, ours.Words.TruePositives + ours.Words.FalseNegatives);
        Assert.True(ours.Sentences.F1 > 0.9, $"sentence F1 {ours.Sentences.F1}");
        Assert.True(ours.Words.F1 > 0.9, $"word F1 {ours.Words.F1}");
        var table = BiasEvaluation.ToTable(scores, "synthetic", sentences.Count, 5);
        Assert.Equal("storyline", table.ToJson()[0]!["system"]!.GetValue<string>());
        Assert.Contains(table.ToJson(), row => row!["sentence_f1"]?.GetValue<double>() == 0.803);
    }
}
