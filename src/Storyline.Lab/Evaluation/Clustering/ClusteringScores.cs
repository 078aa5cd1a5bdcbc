namespace Storyline.Lab.Evaluation.Clustering;

/// <summary>Extrinsic clustering scores of a predicted partition against a gold one.</summary>
public sealed record ClusteringScores(
    double BCubedPrecision, double BCubedRecall, double BCubedF1,
    double PairwisePrecision, double PairwiseRecall, double PairwiseF1,
    int PredictedClusters, int GoldClusters, int Items);
