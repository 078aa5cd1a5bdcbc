namespace Storyline.Similarity;

/// <summary>Why a matcher decided as it did.</summary>
public enum MatchReason
{
    /// <summary>The score reaches the purpose's threshold (and enough terms are shared).</summary>
    Matched,
    /// <summary>The score stays under the purpose's threshold.</summary>
    BelowThreshold,
    /// <summary>The score would do, but fewer terms are shared than the purpose asks for.</summary>
    TooFewShared,
    /// <summary>One side has nothing to compare (no content terms).</summary>
    NothingToCompare,
}

/// <summary>One decision of a matcher: how alike two sentences are (on the matcher's own scale), whether that makes
/// them the same for the purpose asked, and why.</summary>
public readonly record struct MatchScore(double Score, bool Same, MatchReason Reason);
