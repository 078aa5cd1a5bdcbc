using Storyline.Annotate.Time;

namespace Storyline.Lab.Baselines.Recognizers;

/// <summary>Constants of the time tagger, each with the measurement behind it.</summary>
internal static class RecognizersSettings
{
    /// <summary>
    /// How many tokens either side of an expression the tense cue may be. Weekday cues in news sit next to the
    /// verb they modify ("said on Saturday", "will meet Monday"). Value F1 on the TempEval-3 TimeBank part (dev):
    /// window 4 → 0.774, 8 → 0.772, 12 → 0.772 (held-out AQUAINT: 0.736, 0.737, 0.737). 4 wins on dev by two
    /// expressions but misses the auxiliary in "will travel to Lima on Friday" (5 tokens away), so 8.
    /// </summary>
    public const int TenseWindow = 8;

    /// <summary>
    /// Tense assumed for a weekday when no cue is found. News reports what happened: of the 297 weekday dates in
    /// the TempEval-3 training file, 282 are on or before the document date (132 on it).
    /// </summary>
    public const Tense DefaultTense = Tense.Past;

    /// <summary>
    /// Month names, month-days and quarters without a year take the reading nearest the publication date instead
    /// of the tense's: dates in filings and notices ("record of Dec. 15", "expire Nov. 21") are near either side
    /// whatever the verb. On TimeBank (dev), using the tense whenever a cue is found instead lowered value F1 from
    /// 0.768 to 0.759.
    /// </summary>
    public const bool NearestForMonths = true;

    /// <summary>
    /// ... unless the nearest reading is more than this many days away on the side the tense rules out: "was last
    /// seen Nov. 3" in a May story is the November before, "the October slaying" in April the October before. Value F1
    /// (TimeBank / AQUAINT odd-numbered half, where rule errors were read): never 0.8384 / 0.7682, 30 days 0.8368 /
    /// 0.7682, 60 0.8407 / 0.7715, 90 0.8415 / 0.7747, 100 0.8407 / 0.7747, 150 0.8391 / 0.7747. A quarter keeps
    /// notices and filings ("record of Dec. 15") on the nearest reading.
    /// </summary>
    public const int MonthTenseAfterDays = 90;

    /// <summary>Mentions of "quarter" that make a document an earnings report. On TimeBank, documents with two or more
    /// annotate "a year ago/earlier" as a quarter 26 times out of 37; with exactly one, 7 times out of 9 (with none,
    /// as a year or day). Threshold 2 → 1: TimeBank value F1 0.7914 → 0.7922, AQUAINT unchanged, whole file +1 pair.</summary>
    public const int QuarterlyMentions = 1;

    /// <summary>Sentences longer than this are cut before the recognizer (its cost grows faster than linearly).</summary>
    public const int MaxSentenceChars = 2000;
}
