namespace Storyline.Evaluation.Clustering;

/// <summary>How agglomerative clustering scores the similarity of two clusters from their members' pairwise similarities.</summary>
public enum Linkage
{
    /// <summary>The most similar pair across the two clusters (chains topical neighbours together).</summary>
    Single,

    /// <summary>The mean similarity over all pairs across the two clusters (UPGMA).</summary>
    Average,

    /// <summary>The least similar pair across the two clusters (every member close to every other).</summary>
    Complete,

    /// <summary>Ward's minimum variance, on unit vectors whose cosines are the similarities: clusters compared by their
    /// centroids, weighted by size, as k-means and a centroid-based online clusterer compare them. The linkage
    /// similarity of two clusters is 1 − (|A||B|/(|A|+|B|))·‖c_A − c_B‖² (the cosine for two single items; below −1 for
    /// large distinct clusters).</summary>
    Ward,
}

/// <summary>One step of a dendrogram: the clusters represented by items <paramref name="Left"/> and <paramref name="Right"/>
/// (<paramref name="Left"/> &lt; <paramref name="Right"/>; the merged cluster is represented by <paramref name="Left"/>) join at
/// linkage similarity <paramref name="Similarity"/> into a cluster of <paramref name="Size"/> items.</summary>
public readonly record struct DendrogramMerge(int Left, int Right, float Similarity, int Size);

/// <summary>
/// The best cut of a dendrogram against gold labels: <paramref name="Merges"/> merges applied (so <c>items − Merges</c>
/// clusters), the last of them at linkage similarity <paramref name="Similarity"/> (NaN when no merge is applied),
/// its <paramref name="Scores"/> and predicted <paramref name="Labels"/>; <paramref name="BCubedF1ByMerges"/>[m] is the BCubed F1
/// after m merges, for every level.
/// </summary>
public sealed record OracleCut(ClusteringScores Scores, int Merges, float Similarity, string[] Labels, double[] BCubedF1ByMerges);
