using Storyline.Language;
namespace Storyline.Annotate.Time;

public sealed partial class TimexEngine
{
    /// <summary>
    /// One pass over one sentence's tokens (<see cref="From"/>..<see cref="To"/>). Created per sentence and dropped
    /// after it: the only state is what it was built with.
    /// </summary>
    private sealed partial class Scan(TimexEngine engine, Document doc, int from, int to)
    {
        private readonly TimeLexicon _lex = engine._lex;
        private readonly TimeVocabulary _v = engine._lex.Vocabulary;
        private readonly Document _doc = doc;
        private readonly TimeToken[] _t = doc.Tokens;
        private DateOnly Anchor => _doc.Anchor;

        private int From { get; } = from;
        private int To { get; } = to;

        private delegate Found? Rule(int i);

        /// <summary>Roles of the words an expression can begin with; words with only tense-cue roles begin none.</summary>
        private const Role StartRoles = Role.Month | Role.Weekday | Role.Number | Role.Ordinal | Role.Unit | Role.DecadeWord | Role.Season
            | Role.DayPart | Role.DayDeixis | Role.Tonight | Role.Relation | Role.StretchRelation | Role.PartModifier | Role.WithinPeriod
            | Role.Reference | Role.Frequency | Role.SetQuantifier | Role.VagueCount | Role.Definite | Role.Article | Role.Fiscal
            | Role.Half | Role.Latest | Role.Demonstrative | Role.Approximator | Role.HolidayStart | Role.PhraseStart;

        public void Run(List<Found> output)
        {
            int before = output.Count;
            Rule[] rules = [References, DayDeixis, Weekdays, CalendarDates, Years, Decades, Seasons, Quarters, Holidays,
                            RelativeUnits, Lengths, Clock, Recurrences, EarningsPeriods, ConjoinedDay, YearEnd];
            int i = From;
            while (i < To)
            {
                // most words are no time word and begin no expression: one look at the token skips them
                if (_t[i].Shape is not (Shape.Digits or Shape.DigitWord or Shape.Clock or Shape.Apostrophe)
                    && (_t[i].Shape != Shape.Word || _t[i].Info is not { } info || (info.Roles & StartRoles) == 0))
                {
                    i++;
                    continue;
                }
                Found? best = null;
                foreach (var rule in rules)
                    if (rule(i) is { } f && (best is null || LastChar(f) > LastChar(best.Value)))
                        best = f;
                if (best is { } b)
                {
                    output.Add(b);
                    i = Math.Max(i + 1, b.Last + 1);
                }
                else i++;
            }
            for (int k = before; k < output.Count; k++)
                output[k] = WithModifiers(output[k]);
        }

        private int LastChar(Found f) => f.End >= 0 ? f.End : _t[f.Last].End;

        // ---- token helpers ----

        private bool In(int i) => i >= From && i < To;

        private TimeToken T(int i) => In(i) ? _t[i] : default;

        private bool Has(int i, Role role) => In(i) && _t[i].Is(role);

        private WordInfo? Info(int i) => In(i) ? _t[i].Info : null;

        private ReadOnlySpan<char> Text(int i) => In(i) ? _doc.Text.AsSpan(_t[i].Start, _t[i].End - _t[i].Start) : [];

        /// <summary>The token's text without a possessive "'s".</summary>
        private ReadOnlySpan<char> Base(int i) => In(i) && _t[i].Possessive ? Text(i)[..^2] : Text(i);

        private bool IsShape(int i, Shape shape) => In(i) && _t[i].Shape == shape;

        /// <summary>Index after an optional token of <paramref name="shape"/> at <paramref name="i"/>.</summary>
        private int Skip(int i, Shape shape) => IsShape(i, shape) ? i + 1 : i;

        /// <summary>Index after an optional hyphen; tokens glued by a hyphen read as one phrase ("third-quarter").</summary>
        private int SkipHyphen(int i) => Skip(i, Shape.Hyphen);

        /// <summary>True when the token is the word <paramref name="word"/> (compared case-insensitively).</summary>
        private bool IsWord(int i, string word) => In(i) && _t[i].Shape == Shape.Word && Text(i).Equals(word, StringComparison.OrdinalIgnoreCase);

        /// <summary>The longest vocabulary phrase of a kind starting at <paramref name="i"/>: its key and last token.</summary>
        private (string Key, int Last)? PhraseAt(int i, PhraseKind kind)
        {
            if (!In(i) || _t[i].Shape != Shape.Word) return null;
            foreach (var p in _lex.PhrasesStartingWith(Text(i)))
            {
                if ((p.Kinds & kind) == 0) continue;
                int k = i, w = 0;
                for (; w < p.Words.Length; w++, k++)
                    if (!In(k) || !Text(k).Equals(p.Words[w], StringComparison.OrdinalIgnoreCase)) break;
                if (w == p.Words.Length) return (p.Key, k - 1);
            }
            return null;
        }

        private bool Capitalised(int i) => In(i) && _t[i].Capitalized;

        private Found Make(int first, int last, TimexType type, string value, Narrative narrative = default) => new(first, last, type, value, narrative);

        // ---- tense ----

        /// <summary>
        /// The tense of the clause around tokens <paramref name="first"/>..<paramref name="last"/>: the nearest verb cue
        /// within <see cref="TimexSettings.TenseWindow"/> tokens, the left side winning ties (English puts the verb before
        /// its time adverbial more often than after).
        /// </summary>
        public Tense TenseAround(int first, int last)
        {
            // "Wednesday's ruling" happened; "as soon as Tuesday" has not
            if (_t[last].Possessive || (In(last + 1) && _t[last + 1].Is(Role.Possessive))) return Tense.Past;
            if (SoonBefore(first)) return Tense.Future;
            for (int d = 1; d <= TimexSettings.TenseWindow; d++)
            {
                if (Classify(first - d, before: true) is { } left && left != Tense.Unknown) return left;
                if (Classify(last + d, before: false) is { } right && right != Tense.Unknown) return right;
            }
            return Tense.Unknown;
        }

        private bool PastPerfectBefore(int index) => (Has(index - 1, Role.PastPerfect) || Has(index - 2, Role.PastPerfect)) ;

        /// <summary>"as soon as", "as early as" right before token <paramref name="first"/>.</summary>
        private bool SoonBefore(int first)
        {
            for (int start = Math.Max(From, first - 4); start < first; start++)
                if (PhraseAt(start, PhraseKind.Soon) is { } p && p.Last == first - 1) return true;
            return false;
        }

        private Tense? Classify(int index, bool before)
        {
            if (index < From || index >= To) return null;
            var token = _t[index];
            if (token.Shape != Shape.Word) return Tense.Unknown;
            var roles = token.Info?.Roles ?? Role.None;
            if ((roles & Role.FutureCue) != 0)
            {
                if ((roles & Role.LeadingOnlyFuture) != 0 && !before) return Tense.Unknown;
                // "the lease had been due to end at noon Friday": a plan in the past perfect is over
                if ((roles & Role.FutureWithInfinitive) != 0)
                    return !Has(index + 1, Role.Infinitive) ? Tense.Unknown : PastPerfectBefore(index) ? Tense.Past : Tense.Future;
                return Tense.Future;
            }
            if ((roles & Role.NeutralCue) != 0) return Tense.Unknown;
            if ((roles & Role.PastCue) != 0) return Tense.Past;
            // "is to resume trading Tuesday": the be-to future of news reports
            if ((roles & Role.BeForm) != 0 && Has(index + 1, Role.Infinitive)) return Tense.Future;
            if ((roles & Role.PresentCue) != 0) return Tense.Present;
            var word = Text(index);
            if (word.Length > 4 && word.EndsWith(_v.PastSuffix, StringComparison.OrdinalIgnoreCase) && (roles & Role.NotPast) == 0 && char.IsLower(word[0]))
                return Tense.Past;
            return Tense.Unknown;
        }

        // ---- modifiers kept in the span ----

        /// <summary>
        /// "the next year or so", "1994 or later", "nearly two years", "at least 72 hours", "around 7:15 p.m.": TIMEX3 keeps
        /// approximations and open ends in the expression (TimeBank and AQUAINT alike); the value is the core's.
        /// </summary>
        private Found WithModifiers(Found f)
        {
            if (f.End >= 0) return f;
            if (PhraseAt(f.Last + 1, PhraseKind.Trailing) is { } after) f = f with { Last = after.Last };
            if (f.Value.EndsWith("_REF", StringComparison.Ordinal) || !StartsWithCountOrName(f.First)) return f;
            for (int start = Math.Max(From, f.First - 3); start < f.First; start++)
                if (PhraseAt(start, PhraseKind.Approximator) is { } before && before.Last == f.First - 1)
                    return f with { First = start };
            return Has(f.First - 1, Role.Approximator) ? f with { First = f.First - 1 } : f;
        }

        /// <summary>True when an expression begins with a count, a number or a name ("two years", "Nov. 1", "7:15"), not a
        /// determiner ("over the past year" keeps "over" out).</summary>
        private bool StartsWithCountOrName(int i) => _t[i].Shape is Shape.Digits or Shape.DigitWord or Shape.Clock
            || Has(i, Role.Number) || Has(i, Role.Article) || Has(i, Role.Month) || Has(i, Role.VagueCount);
    }
}
