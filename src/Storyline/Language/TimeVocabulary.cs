using System.Collections.Frozen;

namespace Storyline.Language;

/// <summary>Units of time a count, a relative phrase or a recurrence can be expressed in.</summary>
public enum TimeUnit : byte { None, Second, Minute, Hour, Day, Week, Weekend, Month, Quarter, Half, Year, Decade, Century }

/// <summary>Parts of the day TIMEX3 names (TMO, TAF, TEV, TNI) and the clock words noon and midnight.</summary>
public enum DayPart : byte { None, Morning, Afternoon, Evening, Night, Noon, Midnight }

/// <summary>The seasons TIMEX3 names (SP, SU, FA, WI).</summary>
public enum Season : byte { None, Spring, Summer, Fall, Winter }

/// <summary>Which way a relative word points: "last Friday" back, "next month" ahead, "this year" here.</summary>
public enum Relation : sbyte { Back = -1, This = 0, Ahead = 1 }

/// <summary>A part of a period a modifier picks: "early 1990", "late Tuesday", "mid-November", "the end of the year".</summary>
public enum PeriodPart : byte { None, Start, Middle, End }

/// <summary>What a word that is a time expression alone (or with the words the vocabulary lists with it) refers to.</summary>
public enum Reference : byte { Present, Past, Future }

/// <summary>
/// The words of one language that the time engine reads. The engine's rules are written over these roles (a month
/// name, a count, a unit, a word pointing back) and not over words, so a language pack supplies one of these and
/// reuses the rules; a rule that needs an English word order says so where it is written. Month and weekday names and
/// number words come from the pack's <see cref="CalendarVocabulary"/> and <see cref="NumberVocabulary"/>.
/// Every table is keyed case-insensitively; capitalisation, where it matters (a month name against the verb "may"),
/// is checked by the engine on the text.
/// </summary>
public sealed record TimeVocabulary
{
    /// <summary>Month names and their abbreviations → 1..12.</summary>
    public required FrozenDictionary<string, int> Months { get; init; }

    /// <summary>Month names that are also common words ("may", "march"): a month only when capitalised.</summary>
    public required FrozenSet<string> AmbiguousMonths { get; init; }

    /// <summary>Abbreviated month and weekday names: read as such only with their period or a day or year after them.</summary>
    public required FrozenSet<string> Abbreviations { get; init; }

    /// <summary>Weekday names and abbreviations (and their plurals, for recurrences) → day of week.</summary>
    public required FrozenDictionary<string, DayOfWeek> Weekdays { get; init; }

    /// <summary>Number words → value ("two" → 2, "twenty" → 20, "a"/"an" are in <see cref="Articles"/> instead).</summary>
    public required FrozenDictionary<string, int> Numbers { get; init; }

    /// <summary>Multipliers inside a number phrase ("hundred" → 100, "thousand" → 1000).</summary>
    public required FrozenDictionary<string, int> NumberScales { get; init; }

    /// <summary>Ordinal words → value ("third" → 3, "twentieth" → 20); digit ordinals ("3rd") are read by suffix.</summary>
    public required FrozenDictionary<string, int> Ordinals { get; init; }

    /// <summary>Suffixes that make digits an ordinal ("st", "nd", "rd", "th").</summary>
    public required FrozenSet<string> OrdinalSuffixes { get; init; }

    /// <summary>Unit words, singular and plural → unit ("years" → Year, "fortnight" is not one of them).</summary>
    public required FrozenDictionary<string, TimeUnit> Units { get; init; }

    /// <summary>Decade words ("nineties" → 9, "eighties" → 8): the tens digit of a decade of the 1900s.</summary>
    public required FrozenDictionary<string, int> DecadeWords { get; init; }

    /// <summary>Season names → season.</summary>
    public required FrozenDictionary<string, Season> Seasons { get; init; }

    /// <summary>Part-of-day words → part ("morning", "noon").</summary>
    public required FrozenDictionary<string, DayPart> DayParts { get; init; }

    /// <summary>Words naming a day relative to the anchor → offset in days ("yesterday" → −1).</summary>
    public required FrozenDictionary<string, int> DayDeixis { get; init; }

    /// <summary>The word for the night of the anchor day ("tonight").</summary>
    public required FrozenSet<string> Tonight { get; init; }

    /// <summary>Relative words before a unit, weekday, month or season ("last", "next", "this", "coming").</summary>
    public required FrozenDictionary<string, Relation> Relations { get; init; }

    /// <summary>Of <see cref="Relations"/>, those that make a count into a stretch back or ahead of the anchor ("the past three years").</summary>
    public required FrozenSet<string> StretchRelations { get; init; }

    /// <summary>Words after a length that place a point that far from the anchor ("ago") → direction.</summary>
    public required FrozenDictionary<string, Relation> AgoWords { get; init; }

    /// <summary>Words after a length that place a point that far from the story's time ("earlier", "later") → direction.</summary>
    public required FrozenDictionary<string, Relation> ShiftWords { get; init; }

    /// <summary>Modifiers for a part of a period before it ("early", "late", "mid") → part.</summary>
    public required FrozenDictionary<string, PeriodPart> PartModifiers { get; init; }

    /// <summary>Nouns for a part of a period followed by <see cref="Of"/> ("the end of", "the beginning of") → part.</summary>
    public required FrozenDictionary<string, PeriodPart> PartNouns { get; init; }

    /// <summary>Words that move a relative phrase within its period ("earlier this year", "later this month").</summary>
    public required FrozenSet<string> WithinPeriodWords { get; init; }

    /// <summary>Single words that are a reference to the present, past or future ("now", "currently", "recently").</summary>
    public required FrozenDictionary<string, Reference> ReferenceWords { get; init; }

    /// <summary>Fixed phrases (words separated by single spaces) that are a reference ("these days", "the near future").</summary>
    public required FrozenDictionary<string, Reference> ReferencePhrases { get; init; }

    /// <summary>Phrases that are a reference only after a given word, which stays out of the span ("at" + "the time").</summary>
    public required FrozenDictionary<string, (string Before, Reference Reference)> ReferencesAfter { get; init; }

    /// <summary>Words after which "the time" introduces a clause or an event, not a time ("the time of", "the time when").</summary>
    public required FrozenSet<string> ClauseLinks { get; init; }

    /// <summary>Words after which a reference word is part of another phrase ("the future of", "the past few").</summary>
    public required FrozenSet<string> ReferenceBlockers { get; init; }

    /// <summary>Adjectives and adverbs of recurrence → the unit of the period ("daily" → Day, "annually" → Year).</summary>
    public required FrozenDictionary<string, TimeUnit> Frequencies { get; init; }

    /// <summary>Of <see cref="Frequencies"/>, adjectives of an amount that news does not mark as a recurrence ("annual sales").</summary>
    public required FrozenSet<string> AttributiveFrequencies { get; init; }

    /// <summary>Quantifiers that make a unit or weekday a recurrence ("every", "each", "per").</summary>
    public required FrozenSet<string> SetQuantifiers { get; init; }

    /// <summary>Words for an unknown count ("several", "few", "many").</summary>
    public required FrozenSet<string> VagueCounts { get; init; }

    /// <summary>Named days → how to compute them (<see cref="Holiday"/>).</summary>
    public required FrozenDictionary<string, Holiday> Holidays { get; init; }

    /// <summary>Definite articles ("the").</summary>
    public required FrozenSet<string> Definite { get; init; }

    /// <summary>Indefinite articles, which count one ("a", "an").</summary>
    public required FrozenSet<string> Articles { get; init; }

    /// <summary>The genitive preposition ("of").</summary>
    public required FrozenSet<string> Of { get; init; }

    /// <summary>Coordinators ("and").</summary>
    public required FrozenSet<string> And { get; init; }

    /// <summary>Words that join two ends of a range ("to", "through", "until").</summary>
    public required FrozenSet<string> RangeJoiners { get; init; }

    /// <summary>"fiscal": a year or quarter of an accounts calendar.</summary>
    public required FrozenSet<string> Fiscal { get; init; }

    /// <summary>Ante/post meridiem markers → hours to add to a 12-hour clock (0 or 12).</summary>
    public required FrozenDictionary<string, int> Meridiems { get; init; }

    /// <summary>Time zone abbreviations written after a clock time ("EST").</summary>
    public required FrozenSet<string> TimeZones { get; init; }

    /// <summary>The word after an hour that marks it a clock time ("o'clock").</summary>
    public required FrozenSet<string> OClock { get; init; }

    /// <summary>Words for "a half" in counts ("a year and a half", "half an hour").</summary>
    public required FrozenSet<string> Half { get; init; }

    /// <summary>Words after which an hour-like count is an age, not a length ("old" in "52 years old").</summary>
    public required FrozenSet<string> AgeWords { get; init; }

    /// <summary>Words for the anchor's own period in earnings news ("latest", "current", "same") before "quarter".</summary>
    public required FrozenSet<string> LatestWords { get; init; }

    /// <summary>Words that turn a preceding year or earlier/ago word into a period of a report ("period", "quarter").</summary>
    public required FrozenSet<string> PeriodNouns { get; init; }

    /// <summary>Words that qualify a count of days ("trading", "business", "working") or add to it ("more", "additional").</summary>
    public required FrozenSet<string> CountQualifiers { get; init; }

    /// <summary>Words for "year end" written as one hyphenated word pair, first part ("year") and second ("end").</summary>
    public required FrozenSet<string> EndWords { get; init; }

    /// <summary>Approximations and open ends written after an expression and kept in its span ("or so", "or later").</summary>
    public required FrozenSet<string> TrailingModifiers { get; init; }

    /// <summary>Relative words that after the definite article tie a unit or weekday to the story's time, not the
    /// publication date ("the following month", "the previous Friday", "the same day").</summary>
    public required FrozenSet<string> NarrativeRelations { get; init; }

    /// <summary>Demonstratives that tie a unit to the story's time ("that year", "that night").</summary>
    public required FrozenSet<string> Demonstratives { get; init; }

    /// <summary>Verbs after which a month-day closes a period that is over ("the year ended March 31").</summary>
    public required FrozenSet<string> PeriodEnded { get; init; }

    /// <summary>Verbs after "the year" that make it an accounting year, a length of time ("the year ended March 31").</summary>
    public required FrozenSet<string> PeriodEnding { get; init; }

    /// <summary>Words for a whole period ("the full year").</summary>
    public required FrozenSet<string> WholeWords { get; init; }

    /// <summary>Words before a bare plural unit that make it a length of unknown count ("for years", "within weeks").</summary>
    public required FrozenSet<string> PluralLengthLeads { get; init; }

    /// <summary>Words after a plural unit that make it a stretch ahead ("the weeks ahead").</summary>
    public required FrozenSet<string> Ahead { get; init; }

    /// <summary>Modifiers before an expression that TIMEX3 keeps in its span ("about", "nearly", "at least", "more than").</summary>
    public required FrozenSet<string> Approximators { get; init; }

    // Tense cues (see TenseDetector): future auxiliaries and plans, past forms, present forms.

    /// <summary>Words that put the clause in the future wherever they are ("will", "tomorrow").</summary>
    public required FrozenSet<string> FutureCues { get; init; }

    /// <summary>Future cues that count only before the expression ("next", "until").</summary>
    public required FrozenSet<string> LeadingOnlyFutureCues { get; init; }

    /// <summary>Future cues that count only when followed by <see cref="InfinitiveMarker"/> ("going to", "set to").</summary>
    public required FrozenSet<string> FutureWithInfinitive { get; init; }

    /// <summary>Present forms of "be" that with <see cref="InfinitiveMarker"/> make the news future ("is to resume").</summary>
    public required FrozenSet<string> BeForms { get; init; }

    /// <summary>Auxiliaries of the past perfect ("had"): a plan told in it is over ("had been scheduled to").</summary>
    public required FrozenSet<string> PastPerfect { get; init; }

    /// <summary>The infinitive marker ("to").</summary>
    public required string InfinitiveMarker { get; init; }

    /// <summary>Words that only give a direction, leaving the verb to decide ("by", "until").</summary>
    public required FrozenSet<string> NeutralCues { get; init; }

    /// <summary>Past forms and past-pointing words ("said", "ago", "yesterday").</summary>
    public required FrozenSet<string> PastCues { get; init; }

    /// <summary>Present forms ("is", "says", "today").</summary>
    public required FrozenSet<string> PresentCues { get; init; }

    /// <summary>The regular past suffix ("ed"); words ending in it count as past unless in <see cref="NotPast"/>.</summary>
    public required string PastSuffix { get; init; }

    /// <summary>Words with the past suffix that are no past verb ("need", "hundred", "expected").</summary>
    public required FrozenSet<string> NotPast { get; init; }

    /// <summary>Phrases before an expression that make it the coming one ("as soon as", "as early as").</summary>
    public required FrozenSet<string> SoonPhrases { get; init; }

    /// <summary>Modal verbs ("will", "could"), before "one day" a time ahead.</summary>
    public required FrozenSet<string> Modals { get; init; }

    /// <summary>The possessive clitic ("'s"): "Wednesday's ruling" happened.</summary>
    public required FrozenSet<string> Possessive { get; init; }
}

/// <summary>How a named day is found in a year.</summary>
/// <param name="Month">Its month.</param>
/// <param name="Day">A fixed day of the month, or 0 when it is the <paramref name="Nth"/> <paramref name="Weekday"/>.</param>
/// <param name="Weekday">The weekday of a floating holiday.</param>
/// <param name="Nth">Which one of that weekday in the month (1..4), or −1 for the last one.</param>
/// <param name="AfterDays">Days added after that weekday (Election Day: the Tuesday after the first Monday).</param>
public readonly record struct Holiday(int Month, int Day, DayOfWeek Weekday = DayOfWeek.Sunday, int Nth = 0, int AfterDays = 0)
{
    /// <summary>The holiday's day in <paramref name="year"/>.</summary>
    public DateOnly In(int year)
    {
        if (Day > 0) return new DateOnly(year, Month, Day);
        if (Nth > 0)
        {
            var first = new DateOnly(year, Month, 1);
            int gap = ((int)Weekday - (int)first.DayOfWeek + 7) % 7;
            return first.AddDays(gap + 7 * (Nth - 1) + AfterDays);
        }
        var last = new DateOnly(year, Month, DateTime.DaysInMonth(year, Month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)Weekday + 7) % 7) + AfterDays);
    }
}
