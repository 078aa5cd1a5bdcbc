using Storyline.Lab.Evaluation.Clustering;

namespace Storyline.Tests.Evaluation.Clustering;

public sealed class ClusteringCeilingTests
{
    [Fact]
    public void TiesWithinOneGoldStoryCostNothing()
    {
        var (scores, labels) = ClusteringCeiling.Best(["A", "A", "B", "B"], ["t", "t", null, "u"]);
        Assert.Equal(1.0, scores.BCubedF1, 10);
        Assert.Equal(["A", "A", "B", "B"], labels);
    }

    [Fact]
    public void AMixedTieIsPlacedWhereItCostsLeast()
    {
        // items 2 (gold A) and 3 (gold B) are one document: they go to A, to B, or to a cluster of their own
        string[] gold = ["A", "A", "A", "B", "B", "B", "B"];
        string?[] ties = [null, null, "t", "t", null, null, null];
        double best = new[]
        {
            ClusteringMetrics.Score(["A", "A", "A", "A", "B", "B", "B"], gold).BCubedF1,
            ClusteringMetrics.Score(["A", "A", "B", "B", "B", "B", "B"], gold).BCubedF1,
            ClusteringMetrics.Score(["A", "A", "T", "T", "B", "B", "B"], gold).BCubedF1,
        }.Max();
        var (scores, labels) = ClusteringCeiling.Best(gold, ties);
        Assert.Equal(best, scores.BCubedF1, 10);
        Assert.True(scores.BCubedF1 < 1);
        Assert.Equal(labels[2], labels[3]);
        // better than merging the two gold stories whole
        Assert.True(scores.BCubedF1 > ClusteringMetrics.Score(["A", "A", "A", "A", "A", "A", "A"], gold).BCubedF1);
    }

    [Fact]
    public void InteractingTiesAreSearchedTogether()
    {
        // two ties between the same two stories: moving either one alone from A to B loses, moving both wins, so a
        // one-at-a-time search (forced by a budget of one combination) stops short and the joint search does not
        string[] gold = ["A", "A", "A", "A", "B", "B", "B", "B", "B", "B"];
        string?[] ties = ["t", "u", null, null, "t", "u", null, null, null, null];
        string[] places = ["A", "B", "T"];
        double best = 0;
        foreach (var t in places)
            foreach (var u in places)
            {
                string[] labels = [t, u == "T" ? "U" : u, "A", "A", t, u == "T" ? "U" : u, "B", "B", "B", "B"];
                best = Math.Max(best, ClusteringMetrics.Score(labels, gold).BCubedF1);
            }
        var exhaustive = ClusteringCeiling.Best(gold, ties);
        var ascent = ClusteringCeiling.Best(gold, ties, maxCombinations: 1);
        Assert.Equal(best, exhaustive.Scores.BCubedF1, 10);
        Assert.True(ascent.Scores.BCubedF1 < exhaustive.Scores.BCubedF1);
        Assert.Equal(exhaustive.Labels[0], exhaustive.Labels[4]);
        Assert.Equal(exhaustive.Labels[1], exhaustive.Labels[5]);
    }
}
