namespace Storyline.Annotate.Time;

/// <summary>Constants of the time tagger, each with the measurement behind it.</summary>
public static class TimexSettings
{
    /// <summary>
    /// How many tokens either side of an expression the tense cue may be. Weekday cues in news sit next to the
    /// verb they modify ("said on Saturday", "will meet Monday"); on the TempEval-3 TimeBank half, a window of
    /// 8 gave the best weekday accuracy (4 missed the verb in "said in a statement Saturday"; 12 began to pick
    /// verbs of other clauses).
    /// </summary>
    public const int TenseWindow = 8;

    /// <summary>
    /// Tense assumed when no cue is found. News reports what happened: on TimeBank most bare weekday and
    /// month-day references without a cue are past.
    /// </summary>
    public const Tense DefaultTense = Tense.Past;

    /// <summary>
    /// Month names, month-days and quarters without a year take the reading nearest the publication date instead
    /// of the tense's: dates in filings and notices ("record of Dec. 15", "expire Nov. 21") are near either side
    /// whatever the verb. On TimeBank (dev), using the tense whenever a cue is found instead lowered value F1 from
    /// 0.768 to 0.759.
    /// </summary>
    public const bool NearestForMonths = true;

    /// <summary>Mentions of "quarter" that make a document an earnings report. On TimeBank, documents with two or more
    /// annotate "a year ago/earlier" as a quarter 26 times out of 37; with fewer, as a year or day.</summary>
    public const int QuarterlyMentions = 2;

    /// <summary>Sentences longer than this are cut before the recognizer (its cost grows faster than linearly).</summary>
    public const int MaxSentenceChars = 2000;
}
