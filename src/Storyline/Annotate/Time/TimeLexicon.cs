using System.Collections.Frozen;
using Storyline.Language;

namespace Storyline.Annotate.Time;

/// <summary>The roles a word can play in a time expression; one word may have several ("second", "last", "march").</summary>
[Flags]
internal enum Role : ulong
{
    None = 0,
    Month = 1UL << 0, AmbiguousMonth = 1UL << 1, Weekday = 1UL << 2, Number = 1UL << 3, Scale = 1UL << 4, Ordinal = 1UL << 5,
    Unit = 1UL << 6, DecadeWord = 1UL << 7, Season = 1UL << 8, DayPart = 1UL << 9, DayDeixis = 1UL << 10, Tonight = 1UL << 11,
    Relation = 1UL << 12, StretchRelation = 1UL << 13, Ago = 1UL << 14, Shift = 1UL << 15, PartModifier = 1UL << 16,
    PartNoun = 1UL << 17, WithinPeriod = 1UL << 18, Reference = 1UL << 19, Frequency = 1UL << 20, SetQuantifier = 1UL << 21,
    VagueCount = 1UL << 22, Definite = 1UL << 23, Article = 1UL << 24, Of = 1UL << 25, And = 1UL << 26, RangeJoiner = 1UL << 27,
    Fiscal = 1UL << 28, Meridiem = 1UL << 29, TimeZone = 1UL << 30, OClock = 1UL << 31, Half = 1UL << 32, Age = 1UL << 33,
    Latest = 1UL << 34, PeriodNoun = 1UL << 35, CountQualifier = 1UL << 36, EndWord = 1UL << 37,
    FutureCue = 1UL << 38, LeadingOnlyFuture = 1UL << 39, FutureWithInfinitive = 1UL << 40, BeForm = 1UL << 41,
    NeutralCue = 1UL << 42, PastCue = 1UL << 43, PresentCue = 1UL << 44, NotPast = 1UL << 45, Modal = 1UL << 46,
    Possessive = 1UL << 47, Infinitive = 1UL << 48, NarrativeRelation = 1UL << 49, Demonstrative = 1UL << 50,
    PeriodEnded = 1UL << 51, PluralLengthLead = 1UL << 52, Ahead = 1UL << 53, Approximator = 1UL << 54, AttributiveFrequency = 1UL << 55, Abbreviation = 1UL << 56, PeriodEnding = 1UL << 57, Whole = 1UL << 58, PastPerfect = 1UL << 59, HolidayWord = 1UL << 60, HolidayStart = 1UL << 61, PhraseStart = 1UL << 62,
}

/// <summary>Everything the vocabulary says about one word, looked up once per token.</summary>
internal sealed record WordInfo
{
    public Role Roles { get; init; }
    public int Month { get; init; }
    public DayOfWeek Weekday { get; init; }
    public int Number { get; init; }
    public int Scale { get; init; }
    public int Ordinal { get; init; }
    public TimeUnit Unit { get; init; }
    public int Decade { get; init; }
    public Season Season { get; init; }
    public DayPart DayPart { get; init; }
    public int Deixis { get; init; }
    public Relation Relation { get; init; }
    public Relation Ago { get; init; }
    public Relation Shift { get; init; }
    public PeriodPart Part { get; init; }
    public PeriodPart PartNoun { get; init; }
    public Reference Reference { get; init; }
    public TimeUnit Frequency { get; init; }
    public int Meridiem { get; init; }
}

/// <summary>Which vocabulary table a multi-word entry comes from.</summary>
[Flags]
internal enum PhraseKind : byte
{
    None = 0, Reference = 1, ReferenceAfter = 2, Holiday = 4, Soon = 8, Trailing = 16, Approximator = 32, Latest = 64,
}

/// <summary>A multi-word entry of the vocabulary (a reference phrase, a holiday, "as soon as"), as words, with the tables it is in.</summary>
internal sealed record Phrase(string[] Words, string Key, PhraseKind Kinds);

/// <summary>
/// A <see cref="TimeVocabulary"/> compiled for lookup: one table from a word to all its roles (one probe per token),
/// and the multi-word entries indexed by their first word. Built once per engine; immutable after construction.
/// </summary>
internal sealed class TimeLexicon
{
    private readonly FrozenDictionary<string, WordInfo> _words;
    private readonly FrozenDictionary<string, WordInfo>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly FrozenDictionary<string, Phrase[]> _phrases;
    private readonly FrozenDictionary<string, Phrase[]>.AlternateLookup<ReadOnlySpan<char>> _phraseLookup;

    public TimeVocabulary Vocabulary { get; }

    public TimeLexicon(TimeVocabulary v)
    {
        Vocabulary = v;
        var words = new Dictionary<string, WordInfo>(StringComparer.OrdinalIgnoreCase);
        void Put(string w, Func<WordInfo, WordInfo> change) => words[w] = change(words.TryGetValue(w, out var i) ? i : new WordInfo());
        void Flag(IEnumerable<string> set, Role role)
        {
            foreach (var w in set) if (!w.Contains(' ')) Put(w, i => i with { Roles = i.Roles | role });
        }
        foreach (var (w, m) in v.Months) Put(w, i => i with { Roles = i.Roles | Role.Month, Month = m });
        Flag(v.AmbiguousMonths, Role.AmbiguousMonth);
        foreach (var (w, d) in v.Weekdays) Put(w, i => i with { Roles = i.Roles | Role.Weekday, Weekday = d });
        foreach (var (w, n) in v.Numbers) Put(w, i => i with { Roles = i.Roles | Role.Number, Number = n });
        foreach (var (w, n) in v.NumberScales) Put(w, i => i with { Roles = i.Roles | Role.Scale, Scale = n });
        foreach (var (w, n) in v.Ordinals) Put(w, i => i with { Roles = i.Roles | Role.Ordinal, Ordinal = n });
        foreach (var (w, u) in v.Units) Put(w, i => i with { Roles = i.Roles | Role.Unit, Unit = u });
        foreach (var (w, d) in v.DecadeWords) Put(w, i => i with { Roles = i.Roles | Role.DecadeWord, Decade = d });
        foreach (var (w, s) in v.Seasons) Put(w, i => i with { Roles = i.Roles | Role.Season, Season = s });
        foreach (var (w, p) in v.DayParts) Put(w, i => i with { Roles = i.Roles | Role.DayPart, DayPart = p });
        foreach (var (w, d) in v.DayDeixis) Put(w, i => i with { Roles = i.Roles | Role.DayDeixis, Deixis = d });
        Flag(v.Tonight, Role.Tonight);
        foreach (var (w, r) in v.Relations) Put(w, i => i with { Roles = i.Roles | Role.Relation, Relation = r });
        Flag(v.StretchRelations, Role.StretchRelation);
        foreach (var (w, r) in v.AgoWords) Put(w, i => i with { Roles = i.Roles | Role.Ago, Ago = r });
        foreach (var (w, r) in v.ShiftWords) Put(w, i => i with { Roles = i.Roles | Role.Shift, Shift = r });
        foreach (var (w, p) in v.PartModifiers) Put(w, i => i with { Roles = i.Roles | Role.PartModifier, Part = p });
        foreach (var (w, p) in v.PartNouns) Put(w, i => i with { Roles = i.Roles | Role.PartNoun, PartNoun = p });
        Flag(v.WithinPeriodWords, Role.WithinPeriod);
        foreach (var (w, r) in v.ReferenceWords) Put(w, i => i with { Roles = i.Roles | Role.Reference, Reference = r });
        foreach (var (w, u) in v.Frequencies) Put(w, i => i with { Roles = i.Roles | Role.Frequency, Frequency = u });
        Flag(v.SetQuantifiers, Role.SetQuantifier);
        Flag(v.VagueCounts, Role.VagueCount);
        Flag(v.Definite, Role.Definite);
        Flag(v.Articles, Role.Article);
        Flag(v.Of, Role.Of);
        Flag(v.And, Role.And);
        Flag(v.RangeJoiners, Role.RangeJoiner);
        Flag(v.Fiscal, Role.Fiscal);
        foreach (var (w, h) in v.Meridiems) Put(w, i => i with { Roles = i.Roles | Role.Meridiem, Meridiem = h });
        Flag(v.TimeZones, Role.TimeZone);
        Flag(v.OClock, Role.OClock);
        Flag(v.Half, Role.Half);
        Flag(v.AgeWords, Role.Age);
        Flag(v.LatestWords, Role.Latest);
        Flag(v.PeriodNouns, Role.PeriodNoun);
        Flag(v.CountQualifiers, Role.CountQualifier);
        Flag(v.EndWords, Role.EndWord);
        Flag(v.FutureCues, Role.FutureCue);
        Flag(v.LeadingOnlyFutureCues, Role.LeadingOnlyFuture);
        Flag(v.FutureWithInfinitive, Role.FutureWithInfinitive);
        Flag(v.BeForms, Role.BeForm);
        Flag(v.NeutralCues, Role.NeutralCue);
        Flag(v.PastCues, Role.PastCue);
        Flag(v.PresentCues, Role.PresentCue);
        Flag(v.NotPast, Role.NotPast);
        Flag(v.Modals, Role.Modal);
        Flag(v.Possessive, Role.Possessive);
        Flag(v.NarrativeRelations, Role.NarrativeRelation);
        Flag(v.Demonstratives, Role.Demonstrative);
        Flag(v.PeriodEnded, Role.PeriodEnded);
        Flag(v.PluralLengthLeads, Role.PluralLengthLead);
        Flag(v.Ahead, Role.Ahead);
        Flag(v.Approximators, Role.Approximator);
        Flag(v.AttributiveFrequencies, Role.AttributiveFrequency);
        Flag(v.Abbreviations, Role.Abbreviation);
        Flag(v.PeriodEnding, Role.PeriodEnding);
        Flag(v.WholeWords, Role.Whole);
        Flag(v.PastPerfect, Role.PastPerfect);
        Flag(v.Holidays.Keys, Role.HolidayWord);
        foreach (var key in v.Holidays.Keys) Put(Split(key)[0], i => i with { Roles = i.Roles | Role.HolidayStart });
        Put(v.InfinitiveMarker, i => i with { Roles = i.Roles | Role.Infinitive });
        var phrases = new Dictionary<string, List<Phrase>>(StringComparer.OrdinalIgnoreCase);
        void AddPhrases(IEnumerable<string> keys, PhraseKind kind)
        {
            foreach (var key in keys)
            {
                var parts = Split(key);
                if (!phrases.TryGetValue(parts[0], out var list)) phrases[parts[0]] = list = [];
                int at = list.FindIndex(p => p.Key.Equals(key, StringComparison.OrdinalIgnoreCase));
                if (at >= 0) list[at] = list[at] with { Kinds = list[at].Kinds | kind };
                else list.Add(new Phrase(parts, key, kind));
            }
        }
        AddPhrases(v.ReferencePhrases.Keys, PhraseKind.Reference);
        AddPhrases(v.ReferencesAfter.Keys, PhraseKind.ReferenceAfter);
        AddPhrases(v.Holidays.Keys, PhraseKind.Holiday);
        AddPhrases(v.SoonPhrases, PhraseKind.Soon);
        AddPhrases(v.TrailingModifiers, PhraseKind.Trailing);
        AddPhrases(v.Approximators, PhraseKind.Approximator);
        AddPhrases(v.LatestWords, PhraseKind.Latest);
        foreach (var first in phrases.Keys) Put(first, i => i with { Roles = i.Roles | Role.PhraseStart });
        _words = words.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _ordinalSuffixes = v.OrdinalSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();
        _blockers = v.ReferenceBlockers.GetAlternateLookup<ReadOnlySpan<char>>();
        _clauseLinks = v.ClauseLinks.GetAlternateLookup<ReadOnlySpan<char>>();
        // longest first, so a lookup takes the longest phrase that fits
        _phrases = phrases.ToFrozenDictionary(p => p.Key, p => p.Value.OrderByDescending(x => x.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
        _phraseLookup = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The words of a vocabulary phrase as the tokenizer splits them ("new year's day" → new, year's, day).</summary>
    private static string[] Split(string key) => key.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _ordinalSuffixes, _blockers, _clauseLinks;

    public bool IsOrdinalSuffix(ReadOnlySpan<char> s) => _ordinalSuffixes.Contains(s);

    public bool IsReferenceBlocker(ReadOnlySpan<char> s) => _blockers.Contains(s);

    public bool IsClauseLink(ReadOnlySpan<char> s) => _clauseLinks.Contains(s);

    public WordInfo? Find(ReadOnlySpan<char> word) => _lookup.TryGetValue(word, out var info) ? info : null;

    public ReadOnlySpan<Phrase> PhrasesStartingWith(ReadOnlySpan<char> word) =>
        _phraseLookup.TryGetValue(word, out var list) ? list : [];
}
