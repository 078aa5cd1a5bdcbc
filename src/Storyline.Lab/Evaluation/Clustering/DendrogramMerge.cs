namespace Storyline.Lab.Evaluation.Clustering;

/// <summary>One step of a dendrogram: the clusters represented by items <paramref name="Left"/> and <paramref name="Right"/>
/// (<paramref name="Left"/> &lt; <paramref name="Right"/>; the merged cluster is represented by <paramref name="Left"/>) join at
/// linkage similarity <paramref name="Similarity"/> into a cluster of <paramref name="Size"/> items.</summary>
public readonly record struct DendrogramMerge(int Left, int Right, float Similarity, int Size);
