using Storyline.Lab.Evaluation.Rouge;

namespace Storyline.Tests.Evaluation;

public sealed class Rouge155AverageTests
{
    [Fact]
    public void Perl_random_matches_perl_srand_and_rand()
    {
        // perl -e 'srand(42); print rand()' prints 0.744525000061007 (drand48, Perl 5.20+ on every platform)
        var rng = new PerlRandom(42);
        Assert.Equal(0.744525000061007, rng.NextDouble(), 1e-15);
    }

    [Fact]
    public void Perl_random_draws_the_same_indices_as_int_rand()
    {
        // perl -e 'srand(1); print join(",", map { int(rand(50)) } 1..10)'
        var rng = new PerlRandom(1);
        var draws = Enumerable.Range(0, 10).Select(_ => (int)(rng.NextDouble() * 50)).ToArray();
        Assert.Equal([2, 22, 41, 16, 28, 0, 9, 49, 37, 18], draws);
    }

    [Fact]
    public void Per_topic_scores_are_rounded_and_F_comes_from_the_rounded_R_and_P()
    {
        var s = Rouge155Average.Rounded(new RougeScore(1.0 / 3, 2.0 / 7, 0), alpha: 0.5);
        Assert.Equal(0.33333, s.Recall);
        Assert.Equal(0.28571, s.Precision);
        Assert.Equal(Math.Round(0.33333 * 0.28571 / (0.5 * 0.28571 + 0.5 * 0.33333), 5), s.F);
    }

    [Fact]
    public void Constant_scores_average_to_themselves_with_a_zero_width_interval()
    {
        var topics = Enumerable.Range(0, 20)
            .Select(i => ($"t{i:D2}", (IReadOnlyDictionary<string, RougeScore>)new Dictionary<string, RougeScore> { ["ROUGE-1"] = new(0.4, 0.2, 0) }))
            .ToArray();
        var avg = Rouge155Average.Of(topics, resamples: 200)["ROUGE-1"];
        Assert.Equal(new RougeInterval(0.4, 0.4, 0.4), avg.Recall);
        Assert.Equal(new RougeInterval(0.2, 0.2, 0.2), avg.Precision);
    }

    [Fact]
    public void Bootstrap_mean_weights_topics_by_how_often_they_are_drawn()
    {
        // one high topic among low ones: the printed average is the resampled mean, not the plain mean,
        // and it depends on which topic sits where in evaluation-id order
        IReadOnlyDictionary<string, RougeScore> Score(double r) => new Dictionary<string, RougeScore> { ["ROUGE-2"] = new(r, r, r) };
        var first = Rouge155Average.Of([("a", Score(1)), ("b", Score(0)), ("c", Score(0)), ("d", Score(0))])["ROUGE-2"].Recall;
        var last = Rouge155Average.Of([("a", Score(0)), ("b", Score(0)), ("c", Score(0)), ("d", Score(1))])["ROUGE-2"].Recall;
        Assert.InRange(first.Mean, 0.2, 0.3);
        Assert.InRange(last.Mean, 0.2, 0.3);
        Assert.NotEqual(first.Mean, last.Mean);
        Assert.True(first.Lower < first.Mean && first.Mean < first.Upper);
    }
}
