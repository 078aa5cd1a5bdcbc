namespace Storyline.Cluster;

/// <summary>
/// What the clusterer and the copy detector need from one article, computed once:
/// content terms with boosted raw counts (keyed by a stable hash of the stem),
/// sampled word-shingle hashes ("anchors") for copy detection and a hash of the normalised text.
/// </summary>
internal sealed class ArticleFeatures
{
    public required ulong[] Terms { get; init; }

    /// <summary>Boosted raw term frequency, parallel to <see cref="Terms"/>.</summary>
    public required float[] Counts { get; init; }

    /// <summary>Sorted, distinct sampled shingle hashes.</summary>
    public required ulong[] Anchors { get; init; }

    /// <summary>Hash of the lower-cased word sequence: equal for texts differing only in case, spacing or punctuation.</summary>
    public required ulong TextHash { get; init; }

    public required int WordCount { get; init; }
}
