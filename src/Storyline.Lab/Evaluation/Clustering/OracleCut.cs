namespace Storyline.Lab.Evaluation.Clustering;

/// <summary>
/// The best cut of a dendrogram against gold labels: <paramref name="Merges"/> merges applied (so <c>items − Merges</c>
/// clusters), the last of them at linkage similarity <paramref name="Similarity"/> (NaN when no merge is applied),
/// its <paramref name="Scores"/> and predicted <paramref name="Labels"/>; <paramref name="BCubedF1ByMerges"/>[m] is the BCubed F1
/// after m merges, for every level.
/// </summary>
public sealed record OracleCut(ClusteringScores Scores, int Merges, float Similarity, string[] Labels, double[] BCubedF1ByMerges);
