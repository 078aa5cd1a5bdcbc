using System.Collections.Frozen;

namespace Storyline.Language.English;

/// <summary>The English words of the time engine: names, numbers, units, relative words and tense cues of news English.</summary>
internal static class EnglishTimeVocabulary
{
    public static TimeVocabulary Create(CalendarVocabulary calendar, NumberVocabulary numbers) => new()
    {
        Months = calendar.Months,
        // "Jan" is also a first name; "Mar", "Jun" rarely a month in news without a day: a day or year must follow
        // "May" the modal and "March" the verb are months only when capitalised and not after a name ("Theresa May")
        AmbiguousMonths = Set("may", "march"),
        // a month or weekday abbreviation needs its period or a day or year after it ("Sun" the newspaper, "Jan" the name)
        Abbreviations = calendar.MonthAbbreviations.Keys.Concat(calendar.WeekdayAbbreviations.Keys).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        // plurals for recurrences ("on Mondays")
        Weekdays = calendar.Weekdays.Concat(calendar.WeekdayNames.Select(w => KeyValuePair.Create(w.Key + "s", w.Value)))
            .ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
        Numbers = numbers.Cardinals.Append(KeyValuePair.Create(numbers.Dozen, 12)).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
        // spelled-out scales up to a thousand: "two hundred years", "a thousand days"; larger ones count no time
        NumberScales = numbers.Scales.Where(s => s.Value <= 1000 && s.Key.Length > 2)
            .ToFrozenDictionary(s => s.Key, s => (int)s.Value, StringComparer.OrdinalIgnoreCase),
        Ordinals = numbers.Ordinals,
        OrdinalSuffixes = numbers.OrdinalSuffixes,
        Units = Map(new Dictionary<string, TimeUnit>
        {
            ["second"] = TimeUnit.Second, ["seconds"] = TimeUnit.Second, ["minute"] = TimeUnit.Minute, ["minutes"] = TimeUnit.Minute,
            ["hour"] = TimeUnit.Hour, ["hours"] = TimeUnit.Hour, ["day"] = TimeUnit.Day, ["days"] = TimeUnit.Day,
            ["week"] = TimeUnit.Week, ["weeks"] = TimeUnit.Week, ["weekend"] = TimeUnit.Weekend, ["weekends"] = TimeUnit.Weekend,
            ["month"] = TimeUnit.Month, ["months"] = TimeUnit.Month, ["quarter"] = TimeUnit.Quarter, ["quarters"] = TimeUnit.Quarter,
            ["half"] = TimeUnit.Half, ["year"] = TimeUnit.Year, ["years"] = TimeUnit.Year, ["decade"] = TimeUnit.Decade,
            ["decades"] = TimeUnit.Decade, ["century"] = TimeUnit.Century, ["centuries"] = TimeUnit.Century,
        }),
        DecadeWords = Map(new Dictionary<string, int>
        {
            ["twenties"] = 2, ["thirties"] = 3, ["forties"] = 4, ["fifties"] = 5, ["sixties"] = 6, ["seventies"] = 7, ["eighties"] = 8, ["nineties"] = 9,
        }),
        Seasons = Map(new Dictionary<string, Season>
        {
            ["spring"] = Season.Spring, ["summer"] = Season.Summer, ["fall"] = Season.Fall, ["autumn"] = Season.Fall, ["winter"] = Season.Winter,
        }),
        DayParts = Map(new Dictionary<string, DayPart>
        {
            ["morning"] = DayPart.Morning, ["afternoon"] = DayPart.Afternoon, ["evening"] = DayPart.Evening, ["night"] = DayPart.Night,
            ["noon"] = DayPart.Noon, ["midday"] = DayPart.Noon, ["midnight"] = DayPart.Midnight,
            ["mornings"] = DayPart.Morning, ["afternoons"] = DayPart.Afternoon, ["evenings"] = DayPart.Evening, ["nights"] = DayPart.Night,
        }),
        DayDeixis = Map(new Dictionary<string, int> { ["today"] = 0, ["yesterday"] = -1, ["tomorrow"] = 1 }),
        Tonight = Set("tonight"),
        Relations = Map(new Dictionary<string, Relation>
        {
            ["last"] = Relation.Back, ["past"] = Relation.Back, ["previous"] = Relation.Back, ["preceding"] = Relation.Back,
            ["prior"] = Relation.Back, ["next"] = Relation.Ahead, ["coming"] = Relation.Ahead, ["following"] = Relation.Ahead,
            ["upcoming"] = Relation.Ahead, ["this"] = Relation.This, ["current"] = Relation.This,
        }),
        StretchRelations = Set("last", "past", "next", "coming", "previous", "preceding", "prior", "following", "first"),
        AgoWords = Map(new Dictionary<string, Relation> { ["ago"] = Relation.Back, ["hence"] = Relation.Ahead }),
        ShiftWords = Map(new Dictionary<string, Relation>
        {
            ["earlier"] = Relation.Back, ["before"] = Relation.Back, ["later"] = Relation.Ahead, ["after"] = Relation.Ahead,
        }),
        PartModifiers = Map(new Dictionary<string, PeriodPart>
        {
            ["early"] = PeriodPart.Start, ["late"] = PeriodPart.End, ["mid"] = PeriodPart.Middle,
        }),
        PartNouns = Map(new Dictionary<string, PeriodPart>
        {
            ["beginning"] = PeriodPart.Start, ["start"] = PeriodPart.Start, ["middle"] = PeriodPart.Middle, ["end"] = PeriodPart.End,
        }),
        WithinPeriodWords = Set("earlier", "later"),
        ReferenceWords = Map(new Dictionary<string, Reference>
        {
            ["now"] = Reference.Present, ["currently"] = Reference.Present, ["nowadays"] = Reference.Present, ["current"] = Reference.Present,
            ["recently"] = Reference.Past, ["recent"] = Reference.Past, ["lately"] = Reference.Past, ["someday"] = Reference.Future,
        }),
        ReferencePhrases = Map(new Dictionary<string, Reference>
        {
            ["these days"] = Reference.Present, ["right now"] = Reference.Present, ["just now"] = Reference.Present,
            ["at present"] = Reference.Present, ["the present"] = Reference.Present,
            ["the past"] = Reference.Past, ["the recent past"] = Reference.Past, ["recent years"] = Reference.Past,
            ["past years"] = Reference.Past, ["more recently"] = Reference.Past,
            ["the future"] = Reference.Future, ["the near future"] = Reference.Future, ["the distant future"] = Reference.Future,
            ["the immediate future"] = Reference.Future, ["the near term"] = Reference.Future, ["the short term"] = Reference.Future,
            ["the long term"] = Reference.Future, ["some day"] = Reference.Future,
        }),
        // "saying at the time he was willing": the time the story spoke of (TimeBank 1 of 1); not "at the time of", "at the time when"
        ReferencesAfter = new Dictionary<string, (string, Reference)> { ["the time"] = ("at", Reference.Past) }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase),
        ClauseLinks = Set("of", "when", "that"),
        ReferenceBlockers = Set("of", "few", "several", "many", "couple", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "twelve", "twenty", "year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades", "century", "quarter",
            "quarters", "hour", "hours", "half", "spring", "summer", "fall", "autumn", "winter", "fiscal", "calendar", "period", "season",
            "tense", "generation", "generations"),
        Frequencies = Map(new Dictionary<string, TimeUnit>
        {
            ["hourly"] = TimeUnit.Hour, ["daily"] = TimeUnit.Day, ["nightly"] = TimeUnit.Day, ["weekly"] = TimeUnit.Week,
            ["monthly"] = TimeUnit.Month, ["yearly"] = TimeUnit.Year, ["annually"] = TimeUnit.Year, ["annual"] = TimeUnit.Year,
            ["quarterly"] = TimeUnit.Quarter,
        }),
        // "annual sales", "quarterly dividend", "rise 8.5% annually": amounts per period, which TimeBank does not mark (annually: 2 of 7)
        AttributiveFrequencies = Set("annual", "quarterly", "annually"),
        SetQuantifiers = Set("every", "each", "per"),
        VagueCounts = Set("several", "few", "many", "some", "couple"),
        Holidays = Map(new Dictionary<string, Holiday>
        {
            ["christmas"] = new(12, 25), ["christmas day"] = new(12, 25), ["christmas eve"] = new(12, 24),
            ["new year's day"] = new(1, 1), ["new year's eve"] = new(12, 31), ["new year's"] = new(1, 1),
            ["independence day"] = new(7, 4), ["veterans day"] = new(11, 11), ["halloween"] = new(10, 31),
            ["valentine's day"] = new(2, 14), ["thanksgiving"] = new(11, 0, DayOfWeek.Thursday, 4),
            ["thanksgiving day"] = new(11, 0, DayOfWeek.Thursday, 4), ["labor day"] = new(9, 0, DayOfWeek.Monday, 1),
            ["memorial day"] = new(5, 0, DayOfWeek.Monday, -1), ["election day"] = new(11, 0, DayOfWeek.Monday, 1, 1),
        }),
        Definite = Set("the"),
        Articles = Set("a", "an"),
        Of = Set("of"),
        And = Set("and"),
        RangeJoiners = Set("to", "through", "until", "till", "and"),
        Fiscal = Set("fiscal"),
        Meridiems = Map(new Dictionary<string, int> { ["am"] = 0, ["a.m"] = 0, ["pm"] = 12, ["p.m"] = 12 }),
        TimeZones = Set("est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "et", "pt", "bst", "cet"),
        OClock = Set("o'clock", "o\u2019clock"),
        Half = Set("half"),
        AgeWords = Set("old"),
        LatestWords = Set("latest", "same", "most recent", "recent", "comparable", "corresponding"),
        PeriodNouns = Set("period", "quarter"),
        CountQualifiers = Set("trading", "business", "working", "more", "additional", "extra", "further"),
        EndWords = Set("end"),
        TrailingModifiers = Set("or so", "or later", "or earlier", "or sooner", "and beyond"),
        NarrativeRelations = Set("following", "next", "previous", "preceding", "prior", "same"),
        Demonstratives = Set("that"),
        PeriodEnded = Set("ended"),
        PeriodEnding = Set("ended", "ending"),
        WholeWords = Set("full", "whole", "entire"),
        PluralLengthLeads = Set("for", "in", "over", "within", "after", "lasting", "take", "takes", "took"),
        Ahead = Set("ahead"),
        Approximators = Set("about", "nearly", "almost", "around", "roughly", "approximately", "at least", "at most", "more than",
            "less than", "fewer than", "up to", "no more than", "no less than", "under", "over", "just", "only", "some"),
        FutureCues = Set("will", "'ll", "shall", "wo", "won't", "going", "planning", "preparing", "plans", "plan", "planned", "scheduled",
            "expected", "set", "upcoming", "next", "coming", "intends", "hopes", "tomorrow", "later", "would"),
        LeadingOnlyFutureCues = Set("next", "coming", "upcoming", "set", "planned"),
        FutureWithInfinitive = Set("going", "set", "planning", "preparing", "expected", "plan", "plans", "hopes", "intends"),
        BeForms = Set("is", "are"),
        PastPerfect = Set("had"),
        InfinitiveMarker = "to",
        NeutralCues = Set("by", "until"),
        PastCues = Set("said", "was", "were", "had", "did", "told", "met", "went", "came", "took", "made", "gave", "began", "left",
            "held", "won", "lost", "saw", "sent", "fell", "rose", "got", "became", "brought", "thought", "found", "spoke",
            "ran", "struck", "shot", "wrote", "led", "paid", "sold", "bought", "kept", "fought", "broke", "chose", "drove",
            "flew", "knew", "grew", "threw", "sought", "stood", "swore", "taught", "understood", "withdrew", "overtook",
            "ago", "last", "earlier", "previous", "yesterday", "former", "since", "arrived", "slid", "sank", "shut", "hit",
            "quit", "cut", "spent", "lent", "meant", "felt", "heard", "caught", "rang", "sang", "drew", "hung", "froze",
            "forgot", "forgave", "bore", "tore", "wore", "woke", "oversaw", "underwent", "upheld", "withheld", "beat", "bid"),
        PresentCues = Set("is", "are", "am", "says", "say", "today", "now", "this"),
        PastSuffix = "ed",
        NotPast = Set("need", "needed", "speed", "indeed", "proceed", "exceed", "succeed", "feed", "seed", "breed", "bed", "red", "shed",
            "wed", "led", "fled", "bled", "hundred", "united", "armed", "based", "related", "called", "so-called",
            "alleged", "reported", "scheduled", "expected", "planned", "proposed", "elected", "detained", "closed", "wounded",
            "injured", "killed", "allied", "self-proclaimed", "limited", "advanced", "concerned", "interested", "involved",
            "renewed", "organized", "organised", "unidentified", "undisclosed", "named", "embattled", "disputed"),
        SoonPhrases = Set("as soon as", "as early as"),
        Modals = Set("will", "would", "could", "might", "may", "can", "shall", "should", "'ll"),
        Possessive = Set("'s", "\u2019s"),
    };

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static FrozenDictionary<string, T> Map<T>(Dictionary<string, T> entries) => entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
}
