namespace Storyline.Compare;

/// <summary>
/// Thresholds of the comparison. Precision comes first (a wrong "agreed" or a false conflict misleads
/// readers), so every threshold was set at the strictest value that still joined the paraphrases in the
/// hand-written alignment tests (tests/Storyline.Tests/Compare) and the seed story's known pairs. How many words two
/// sentences must share to say the same thing is the sentence matcher's (<see cref="Similarity.LexicalMatchRules"/>).
/// </summary>
public static class ComparisonSettings
{
    /// <summary>Sentences shorter than this are headlines or fragments, not claims.</summary>
    public const int MinClaimWords = 6;

    /// <summary>Relative tolerance when comparing figures: "about 400" vs "400" agree, 14 vs 20 do not.</summary>
    public const double FigureTolerance = 0.05;

    /// <summary>Durations are compared in hours; a month is 30 days, within which "30 days" and "a month" agree.</summary>
    public const double DurationTolerance = 0.04;

    /// <summary>Articles published more than this many days apart may report a change, not a contradiction.</summary>
    public const int SameNewsCycleDays = 1;

    /// <summary>Timeline: news reports the previous day's events, so the story starts the day before its first
    /// article; events dated earlier are background, listed apart.</summary>
    public const int BackgroundBeforeFirstArticleDays = 1;

    /// <summary>Publication-date inference looks this many days around the known dates of the story.</summary>
    public const int InferenceWindowDays = 10;
}
