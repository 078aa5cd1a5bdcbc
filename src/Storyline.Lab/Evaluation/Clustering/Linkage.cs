namespace Storyline.Lab.Evaluation.Clustering;

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
