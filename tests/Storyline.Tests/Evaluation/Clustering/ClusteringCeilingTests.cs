using Storyline.Evaluation.Clustering;

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
        // two ties between the same two stories: each alone would go to the larger story; jointly that is still best,
        // and coordinate ascent (forced by a tiny combination budget) finds the same placement here
        string[] gold = ["A", "A", "A", "A", "B", "B", "B", "B", "B", "B"];
        string?[] ties = ["t", "u", null, null, "t", "u", null, null, null, null];
        var exhaustive = ClusteringCeiling.Best(gold, ties);
        var ascent = ClusteringCeiling.Best(gold, ties, maxCombinations: 1);
        Assert.Equal(exhaustive.Scores.BCubedF1, ascent.Scores.BCubedF1, 10);
        Assert.Equal(exhaustive.Labels[0], exhaustive.Labels[4]);
        Assert.Equal(exhaustive.Labels[1], exhaustive.Labels[5]);
    }
}
