using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Storyline.Text;

namespace Storyline.Similarity.Checks;

/// <summary>
/// What the explicit checks read in one sentence: its words in order, the amounts it states, whether it negates,
/// hedges or plans, whom it attributes the statement to, the days and years it names. Read once per sentence
/// (<see cref="Read"/>) and compared in pairs by <see cref="StatementChecks"/>. English cue words, kept here with the
/// reading that uses them.
/// </summary>
public sealed record StatementProfile(
    ImmutableArray<string> Words,
    ImmutableArray<string> Stems,
    ImmutableArray<Quantity> Quantities,
    bool Negated,
    bool Modal,
    string? Speaker,
    FrozenSet<string> Days,
    FrozenSet<string> Years,
    bool Passive)
{
    /// <summary>Reads <paramref name="text"/>.</summary>
    public static StatementProfile Read(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var words = ImmutableArray.CreateBuilder<string>(tokens.Length);
        var raw = new List<string>(tokens.Length);
        foreach (var token in tokens)
        {
            var s = text.Substring(token.Span.Start, token.Span.Length);
            raw.Add(s);
            words.Add(token.Kind == TokenKind.Word ? ContentTerms.Fold(s) : s.ToLowerInvariant());
        }
        var w = words.ToImmutable();
        var stems = w.Select(Stem).ToImmutableArray();
        var quantities = ImmutableArray.CreateBuilder<Quantity>();
        var years = new HashSet<string>(StringComparer.Ordinal);
        ReadQuantities(w, raw, tokens, stems, quantities, years);
        var days = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < w.Length; i++)
        {
            // weekdays and dates; "yesterday" and "today" are relative to the article's own day, and two reports of one
            // event written a day apart use different ones
            if (DayWords.Contains(w[i]) && w[i] is not ("yesterday" or "today" or "tonight" or "tomorrow")) days.Add(w[i]);
            // "March 5": a month with its day
            if (Months.Contains(w[i]) && i + 1 < w.Length && int.TryParse(w[i + 1], out int day) && day is >= 1 and <= 31)
                days.Add(w[i][..3] + " " + day.ToString(CultureInfo.InvariantCulture));
        }
        bool negated = false, modal = false, passive = false;
        for (int i = 0; i < w.Length; i++)
        {
            if (NegationCues.Contains(w[i]) || w[i].EndsWith("n't", StringComparison.Ordinal)) negated = true;
            // "plans to", "is expected to": the cue counts when it governs a verb ("to" or a bare modal)
            if (Hedges.Contains(w[i]) || (ModalCues.Contains(w[i]) && i + 1 < w.Length && w[i + 1] == "to")) modal = true;
            if (BeForms.Contains(w[i]) && i + 1 < w.Length && w[i + 1].EndsWith("ed", StringComparison.Ordinal)
                && w.Skip(i + 2).Take(6).Contains("by")) passive = true;
        }
        return new StatementProfile(w, stems, quantities.ToImmutable(), negated, modal, FindSpeaker(raw, w),
            days.ToFrozenSet(StringComparer.Ordinal), years.ToFrozenSet(StringComparer.Ordinal), passive);
    }

    /// <summary>The stem a word is compared by: content words stemmed, function words as they are.</summary>
    private static string Stem(string word)
    {
        if (word.Length < 4 || !char.IsLetter(word[0])) return word;
        var terms = ContentTerms.Collect(word, Storyline.Language.LanguagePacks.English);
        return terms.Count == 1 ? terms.First() : word;
    }

    private static void ReadQuantities(ImmutableArray<string> w, List<string> raw, ImmutableArray<Token> tokens, ImmutableArray<string> stems,
        ImmutableArray<Quantity>.Builder output, HashSet<string> years)
    {
        for (int i = 0; i < w.Length; i++)
        {
            double value;
            if (tokens[i].Kind == TokenKind.Number)
            {
                if (!double.TryParse(w[i].Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out value)) continue;
                // a bare four-digit number from 1900 to 2099 is a year: a time, not an amount
                if (w[i].Length == 4 && value is >= 1900 and <= 2099 && !(i > 0 && w[i - 1] == "$") && !(i + 1 < w.Length && Multipliers.ContainsKey(w[i + 1])))
                {
                    years.Add(w[i]);
                    continue;
                }
                // "March 5", "on the 5th": a day of a month is a date
                if (i > 0 && Months.Contains(w[i - 1])) continue;
            }
            else if (NumberWords.TryGetValue(w[i], out value))
            {
                // "one of the", "no one": words that count nothing
                if (w[i] == "one" && (i + 1 >= w.Length || w[i + 1] is "of" or "another" or "day" or "time")) continue;
            }
            else continue;
            int start = i;
            string unit = "";
            if (i > 0 && raw[i - 1] is "$" or "€" or "£") unit = raw[i - 1];
            int j = i + 1;
            while (j < w.Length && Multipliers.TryGetValue(w[j], out double m)) { value *= m; j++; }
            if (j < w.Length && (w[j] is "%" or "percent" || (w[j] == "per" && j + 1 < w.Length && w[j + 1] == "cent"))) unit = "percent";
            else if (unit.Length == 0)
            {
                // what is counted: the next content word, past a few modifiers ("14 more people", "at least 20 were killed")
                for (int k = j; k < Math.Min(w.Length, j + 4); k++)
                {
                    if (tokens[k].Kind != TokenKind.Word) break;
                    if (Skippable.Contains(w[k])) continue;
                    // "$2.5 billion" and "2.5 billion dollars" count one currency
                    unit = w[k] is "dollars" or "dollar" ? "$" : stems[k];
                    break;
                }
            }
            output.Add(new Quantity(value, unit, string.Join(' ', raw.Skip(start).Take(Math.Max(1, j - start)))));
            i = j - 1;
        }
    }

    /// <summary>The named speaker a sentence attributes its statement to ("Smith said", "said John Smith",
    /// "according to the ministry"), lower case; null when it names none.</summary>
    private static string? FindSpeaker(List<string> raw, ImmutableArray<string> w)
    {
        for (int i = 0; i < w.Length; i++)
        {
            bool according = w[i] == "according" && i + 1 < w.Length && w[i + 1] == "to";
            if (!according && !ReportingVerbs.Contains(w[i])) continue;
            // after: "said Smith", "according to Smith" (not "told Reuters": that is the audience)
            int k = according ? i + 2 : i + 1;
            if (k < w.Length && w[k] == "the") k++;
            var after = w[i] == "told" ? null : Capitalised(raw, k, +1);
            if (after is not null) return after;
            // before: "Smith said", "the ministry said"
            var before = Capitalised(raw, i - 1, -1);
            if (before is not null) return before;
        }
        return null;
    }

    private static string? Capitalised(List<string> raw, int from, int step)
    {
        var parts = new List<string>();
        for (int k = from; k >= 0 && k < raw.Count && parts.Count < 4; k += step)
        {
            var s = raw[k];
            if (s.Length == 0 || !char.IsUpper(s[0]) || Pronouns.Contains(s.ToLowerInvariant())
                || DayWords.Contains(s.ToLowerInvariant()) || Months.Contains(s.ToLowerInvariant())) break;
            parts.Add(ContentTerms.Fold(s));
        }
        if (parts.Count == 0) return null;
        if (step < 0) parts.Reverse();
        return string.Join(' ', parts);
    }

    private static readonly FrozenSet<string> NegationCues = FrozenSet.ToFrozenSet(
        ["not", "no", "never", "nobody", "nothing", "none", "neither", "nor", "without", "cannot",
         "deny", "denied", "denies", "denying", "refused", "refuses", "refusal", "rejected", "rejects", "dismissed",
         "fail", "failed", "fails", "failing"], StringComparer.Ordinal);

    // "will" and "would" are left out: reported speech turns one into the other, and news states coming events with
    // them ("the court will rule on Monday") as facts of the schedule
    private static readonly FrozenSet<string> Hedges = FrozenSet.ToFrozenSet(["could", "may", "might"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> ModalCues = FrozenSet.ToFrozenSet(
        ["plans", "plan", "planned", "planning", "intends", "intend", "intended", "expected", "expects", "aims", "wants",
         "want", "hopes", "hope", "seeks", "seeking", "proposed", "proposes", "threatened", "threatens", "likely", "set",
         "going", "considering", "vowed", "vows", "promised", "promises", "pledged"], StringComparer.Ordinal);

    internal static readonly FrozenSet<string> ReportingVerbs = FrozenSet.ToFrozenSet(
        ["said", "says", "told", "stated", "announced", "added", "claimed", "claims", "reported", "insisted", "warned", "argued"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> BeForms = FrozenSet.ToFrozenSet(["was", "were", "been", "being", "is", "are", "be"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Pronouns = FrozenSet.ToFrozenSet(
        ["he", "she", "they", "it", "we", "i", "you", "his", "her", "their", "its", "the", "a", "an", "this", "that", "but", "and", "in", "on", "at", "as", "on"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> DayWords = FrozenSet.ToFrozenSet(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight", "tomorrow"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Months = FrozenSet.ToFrozenSet(
        ["january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
         "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Skippable = FrozenSet.ToFrozenSet(
        ["more", "other", "additional", "new", "were", "was", "are", "have", "had", "been", "of", "the", "who", "people's", "-", "per"], StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, double> Multipliers = new Dictionary<string, double>
    {
        ["hundred"] = 1e2, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
        ["m"] = 1e6, ["bn"] = 1e9, ["mln"] = 1e6, ["bln"] = 1e9,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, double> NumberWords = new Dictionary<string, double>
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30,
        ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
        ["hundred"] = 100, ["thousand"] = 1000, ["dozen"] = 12, ["half"] = 0.5,
    }.ToFrozenDictionary(StringComparer.Ordinal);
}
