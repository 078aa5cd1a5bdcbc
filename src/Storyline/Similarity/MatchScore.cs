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
    /// <summary>Both count the same thing with values that cannot both be right ("14 killed" / "40 killed"): a figure
    /// conflict when the rest agrees, never the same statement.</summary>
    AmountsConflict,
    /// <summary>One says it happened, the other that it did not, or denies it.</summary>
    PolarityDiffers,
    /// <summary>The same participants in reversed roles ("Smith sued Jones" / "Jones sued Smith").</summary>
    RolesSwapped,
    /// <summary>Two different named sources said it.</summary>
    SpeakersDiffer,
    /// <summary>Different days or years of a repeated event.</summary>
    DaysDiffer,
    /// <summary>One plans, hedges or predicts what the other states as done.</summary>
    ModalityDiffers,
}

/// <summary>One decision of a matcher: how alike two sentences are (on the matcher's own scale), whether that makes
/// them the same for the purpose asked, and why.</summary>
public readonly record struct MatchScore(double Score, bool Same, MatchReason Reason);
