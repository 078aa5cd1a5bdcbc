using Storyline.Lab.Evaluation.Clustering;

namespace Storyline.Tests.Evaluation.Clustering;

public sealed class ClusteringMetricsTests
{
    [Fact]
    public void HandComputedExample()
    {
        // gold A A A B B, predicted 1 1 2 2 2: cells (1,A)=2, (2,A)=1, (2,B)=2
        // BCubed P = (2·2/2 + 1·1/3 + 2·2/3) / 5 = 11/15; R = (2·2/3 + 1·1/3 + 2·2/2) / 5 = 11/15
        // pairs: TP = 1 + 0 + 1 = 2, predicted pairs = 1 + 3 = 4, gold pairs = 3 + 1 = 4
        var s = ClusteringMetrics.Score(["1", "1", "2", "2", "2"], ["A", "A", "A", "B", "B"]);
        Assert.Equal(11.0 / 15, s.BCubedPrecision, 10);
        Assert.Equal(11.0 / 15, s.BCubedRecall, 10);
        Assert.Equal(11.0 / 15, s.BCubedF1, 10);
        Assert.Equal(0.5, s.PairwisePrecision, 10);
        Assert.Equal(0.5, s.PairwiseRecall, 10);
        Assert.Equal(0.5, s.PairwiseF1, 10);
        Assert.Equal(2, s.PredictedClusters);
        Assert.Equal(2, s.GoldClusters);
    }

    [Fact]
    public void AsymmetricExample()
    {
        // gold A A B B, predicted one cluster: BCubed P = (4·(2·2/4))/4/… = 0.5, R = 1; pairs TP 2 of 6 predicted, 2 gold
        var s = ClusteringMetrics.Score(["x", "x", "x", "x"], ["A", "A", "B", "B"]);
        Assert.Equal(0.5, s.BCubedPrecision, 10);
        Assert.Equal(1.0, s.BCubedRecall, 10);
        Assert.Equal(2.0 / 3, s.BCubedF1, 10);
        Assert.Equal(2.0 / 6, s.PairwisePrecision, 10);
        Assert.Equal(1.0, s.PairwiseRecall, 10);
    }

    [Fact]
    public void PerfectClusteringScoresOne()
    {
        var s = ClusteringMetrics.Score(["p", "p", "q"], ["A", "A", "B"]);
        Assert.Equal(1.0, s.BCubedF1, 10);
        Assert.Equal(1.0, s.PairwiseF1, 10);
    }

    [Fact]
    public void AllSingletonsHaveFullPrecisionAndLowRecall()
    {
        // BCubed R = (3·1/3 + 2·1/2) / 5 = 0.4; no predicted pair, so pairwise P is vacuously 1 and R is 0
        var s = ClusteringMetrics.Score(["1", "2", "3", "4", "5"], ["A", "A", "A", "B", "B"]);
        Assert.Equal(1.0, s.BCubedPrecision, 10);
        Assert.Equal(0.4, s.BCubedRecall, 10);
        Assert.Equal(1.0, s.PairwisePrecision, 10);
        Assert.Equal(0.0, s.PairwiseRecall, 10);
        Assert.Equal(0.0, s.PairwiseF1, 10);
    }

    [Fact]
    public void MismatchedLengthsAreRejected() =>
        Assert.Throws<ArgumentException>(() => ClusteringMetrics.Score(["1"], ["A", "B"]));
}
