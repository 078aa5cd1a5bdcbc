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

    /// <summary>Relative difference within which two figures are one amount: 30 days and a month (720 h) are equal, 14 and
    /// 20 killed are not; the figure ledger shows them as one figure.</summary>
    public const double SameAmount = 0.01;

    /// <summary>Relative difference within which two figures are the same amount rounded ("$4.1 billion", "$4 billion"):
    /// consistent reports (evidence that two claims are one fact), never a conflict, but not one figure either.</summary>
    public const double FigureRounding = 0.05;

    /// <summary>The same for durations, compared in hours.</summary>
    public const double DurationRounding = 0.04;

    /// <summary>Two outlets' counts of one thing differ, but not by orders of magnitude: "more than 50 million deaths"
    /// (a pandemic) and "11 deaths" in one story are two quantities, not a contradiction. Read off the 181 real pages
    /// of the extraction benchmark digested as one collection: the two false alarms there were 4.5-million-fold and
    /// (battery life of two devices) one shared ordinary word; the sample story's real ones are 1.25- and 1.4-fold.</summary>
    public const double MaxFigureRatio = 3;

    /// <summary>Articles published more than this many days apart may report a change, not a contradiction.</summary>
    public const int SameNewsCycleDays = 1;

    /// <summary>Timeline: news reports the previous day's events, so the story starts the day before its first
    /// article; events dated earlier are background, listed apart.</summary>
    public const int BackgroundBeforeFirstArticleDays = 1;

    /// <summary>Publication-date inference looks this many days around the known dates of the story.</summary>
    public const int InferenceWindowDays = 10;
}
