namespace Storyline.Cluster;

/// <summary>
/// Thresholds of <see cref="CopyDetector"/>. Values come from the copy tests in
/// <c>tests/Storyline.Tests/Cluster/CopyDetectorTests.cs</c> and the measurements in <c>docs/clustering.md</c>.
/// </summary>
public sealed record CopyDetectorSettings
{
    /// <summary>Words per shingle. Five words rarely recur between different articles (only in quotes and
    /// set phrases), yet an edited copy still keeps most of its five-word runs.</summary>
    public int ShingleWords { get; init; } = 5;

    /// <summary>Keep one shingle in this many (those whose hash is 0 mod this; a power of two). Content-defined
    /// sampling keeps the same shingles in both copies, so containment on the samples estimates containment
    /// on the full sets (Broder's mod-m sketch), unlike MinHash, which estimates Jaccard and so misses
    /// truncated copies. 4 keeps ≈ 150 anchors for a 600-word article.</summary>
    public int AnchorSampling { get; init; } = 4;

    /// <summary>Share of the shorter text's anchors that must also be in the other: a truncated copy or a copy
    /// with boilerplate appended scores ≈ 1; an edited wire re-post ≈ 0.6–0.9; two different articles on
    /// the same event share only quotes, &lt; 0.15 in the tests and on DUC 2004 (10 articles per event).</summary>
    public double MinContainment { get; init; } = 0.5;

    /// <summary>Fewest shared anchors for a near-copy: below this the evidence is a quote or two.
    /// 8 anchors ≈ 32 shared five-word runs.</summary>
    public int MinSharedAnchors { get; init; } = 8;

    /// <summary>An anchor seen in more than this many articles of the window is boilerplate (a footer, a
    /// standard disclaimer) and stops being indexed, which bounds the cost of a lookup.</summary>
    public int MaxPostingLength { get; init; } = 32;

    /// <summary>How long an article can be the original of a near-copy. Wire copies appear within hours;
    /// a week bounds the index by the stream's rate, not its length.</summary>
    public TimeSpan CopyWindow { get; init; } = TimeSpan.FromDays(7);

    /// <summary>How long an exact re-submission (same URL, or same text from the same outlet) is recognised.
    /// Costs ≈ 60 bytes per article in the window.</summary>
    public TimeSpan ExactWindow { get; init; } = TimeSpan.FromDays(30);

    public static CopyDetectorSettings Default { get; } = new();
}
