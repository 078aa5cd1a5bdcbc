using Storyline.Language;
namespace Storyline.Annotate.Time;

/// <summary>Constants of the time engine, each with the measurement behind it.</summary>
public static class TimexSettings
{
    /// <summary>
    /// How many tokens either side of an expression the tense cue may be. Weekday cues in news sit next to the
    /// verb they modify ("said on Saturday", "will meet Monday"); 4 misses the auxiliary in "will travel to Lima on
    /// Friday" (5 tokens away). Measured with the Recognizers tagger: window 4 → 0.774, 8 → 0.772, 12 → 0.772 (TimeBank).
    /// </summary>
    public const int TenseWindow = 8;

    /// <summary>
    /// A month or month-day without a year takes the reading nearest the publication date, unless that reading is more
    /// than this many days away on the side the clause's tense rules out ("was last seen Nov. 3" in a May story is the
    /// November before). Measured with the Recognizers tagger (TimeBank / AQUAINT read half): never 0.8384 / 0.7682,
    /// 30 days 0.8368 / 0.7682, 60 0.8407 / 0.7715, 90 0.8415 / 0.7747, 150 0.8391 / 0.7747.
    /// </summary>
    public const int MonthTenseAfterDays = 90;

    /// <summary>Mentions of "quarter" that make a document an earnings report, where "a year ago" is the reported
    /// quarter a year before (TimeBank: 26 of 37 with two or more mentions, 7 of 9 with exactly one).</summary>
    public const int QuarterlyMentions = 1;
}
