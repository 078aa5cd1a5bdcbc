namespace Storyline.Compare;

/// <summary>
/// Thresholds of the comparison. Precision comes first (a wrong "agreed" or a false conflict misleads
/// readers), so every threshold was set at the strictest value that still joined the paraphrases in the
/// hand-written alignment tests (tests/Storyline.Tests/Compare) and the seed story's known pairs.
/// </summary>
public static class ComparisonSettings
{
    /// <summary>Sentences shorter than this are headlines or fragments, not claims.</summary>
    public const int MinClaimWords = 6;

    /// <summary>IDF-weighted term overlap above which two claims say the same thing on words alone.
    /// Paraphrase pairs in the tests score 0.30–0.55; unrelated sentences of one story stay under 0.25.</summary>
    public const double StrongTermSimilarity = 0.42;

    /// <summary>Term overlap that, with the same event type and the same doer, makes two claims one fact.
    /// "severed relations" / "broke off ties" score 0.20 in the tests; 0.05 let unrelated seed clauses about one actor merge.</summary>
    public const double EventTermSimilarity = 0.15;

    /// <summary>Term overlap that, with an equal non-trivial figure, makes two claims one fact.</summary>
    public const double FigureTermSimilarity = 0.05;

    /// <summary>Relative tolerance when comparing figures: "about 400" vs "400" agree, 14 vs 20 do not.</summary>
    public const double FigureTolerance = 0.05;

    /// <summary>Durations are compared in hours; a month is 30 days, within which "30 days" and "a month" agree.</summary>
    public const double DurationTolerance = 0.04;

    /// <summary>Overlap of the "about" phrases of two figures above which they measure the same thing.</summary>
    public const double SameQuantityAbout = 0.3;

    /// <summary>Articles published more than this many days apart may report a change, not a contradiction.</summary>
    public const int SameNewsCycleDays = 1;

    /// <summary>Timeline: news reports the previous day's events, so the story starts the day before its first
    /// article; events dated earlier are background, listed apart.</summary>
    public const int BackgroundBeforeFirstArticleDays = 1;

    /// <summary>Timeline: term overlap above which two dated mentions on one day are one event.</summary>
    public const double SameEventSimilarity = 0.2;

    /// <summary>Publication-date inference looks this many days around the known dates of the story.</summary>
    public const int InferenceWindowDays = 10;
}
