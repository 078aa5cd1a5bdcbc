using System.Collections.Frozen;
using System.Globalization;
using Storyline.Annotate.Figures;
using Storyline.Language;
using Storyline.Similarity;
using Storyline.Text;

namespace Storyline.Compare.Figures;

/// <summary>What two figures are to each other. Agree: the same amount ("30 days", "a month"); Rounded: amounts within
/// rounding of each other ("$4.1 billion", "$4 billion"), consistent reports though not one figure; Compatible: different
/// amounts of the same thing both allowed by their bounds ("at least 14" and "20"); Conflict: different amounts of the
/// same thing that cannot both be true ("figures differ").</summary>
public enum FigureRelation { Unrelated, Agree, Rounded, Compatible, Conflict }

/// <summary>A figure where a claim states it: the claim's text and where that text starts in the article, so that the
/// rule can read the words around the figure.</summary>
public readonly record struct StatedFigure(Figure Figure, string Sentence, int SentenceStart);

/// <summary>One judgement of <see cref="FigureRule"/>.</summary>
/// <param name="Relation">How the amounts relate.</param>
/// <param name="SameThing">True when the two count the same thing: for equal amounts, what they count shares a word (or a
/// bare duration meets any other); for different amounts, this is part of <see cref="FigureRelation.Compatible"/> and
/// <see cref="FigureRelation.Conflict"/>.</param>
/// <param name="Description">For a conflict, one plain line for readers ("14 people (people killed) vs 20 people (people killed)").</param>
public readonly record struct FigureJudgement(FigureRelation Relation, bool SameThing, string? Description = null);

/// <summary>
/// The one rule for "do these two figures agree?", used by the fact ledger (figures as evidence that two claims are one
/// fact, or contradict each other) and the figure ledger (merging equal figures, flagging ones that differ). Figures
/// compare after normalisation: durations in hours ("within 30 days" = "within a month"), ranges and bounds as
/// intervals ("around 400" contains 400; "at least 14" is not contradicted by 20), amounts within rounding of each other
/// as consistent. Different amounts only conflict when
/// they count the same thing, which the sentence matcher decides on what they count
/// (<see cref="MatchPurpose.FigureAboutOtherAmount"/>); a small count ("two schools") or one orders of magnitude
/// from the other is never a conflict.
/// </summary>
/// <param name="matcher">Decides whether two figures' "about" phrases name the same thing.</param>
public sealed class FigureRule(ISentenceMatcher matcher)
{
    /// <summary>The rule with the lexical matcher.</summary>
    public static FigureRule Default { get; } = new(LexicalSentenceMatcher.Instance);

    public FigureJudgement Compare(Figure a, Figure b)
    {
        if (FigureUnits.CommonUnit(a.Unit, b.Unit, LanguagePacks.English.Figures) is null || a.Scaled is not { } qa || b.Scaled is not { } qb) return default;
        var (aLow, aHigh) = a.Interval();
        var (bLow, bHigh) = b.Interval();
        double difference = Math.Abs(qa - qb), larger = Math.Max(Math.Abs(qa), Math.Abs(qb));
        double rounding = a.IsDuration ? ComparisonSettings.DurationRounding : ComparisonSettings.FigureRounding;
        if (difference <= rounding * larger)
        {
            var about = About(a, b, MatchPurpose.FigureAboutSameAmount);
            // a figure that says nothing about what it counts: a bare "72 hours" joins the deadline, a bare count only another bare one
            bool sameThing = about.Reason == MatchReason.NothingToCompare
                ? a.IsDuration || (Counted(a, b).Count == 0 && Counted(b, a).Count == 0)
                : about.Same;
            var relation = difference <= ComparisonSettings.SameAmount * larger ? FigureRelation.Agree : FigureRelation.Rounded;
            return new FigureJudgement(relation, sameThing);
        }
        if (IsTrivial(a) || IsTrivial(b)) return default;
        // "more than 50 million deaths" (a pandemic) and "11 deaths": two quantities, not a contradiction
        if (Math.Max(Math.Abs(qa), Math.Abs(qb)) > ComparisonSettings.MaxFigureRatio * Math.Min(Math.Abs(qa), Math.Abs(qb))) return default;
        if (!About(a, b, MatchPurpose.FigureAboutOtherAmount).Same) return default;
        // intervals that meet: bounds and approximations allow both ("about" is already ±10 %; widening it again would
        // let "about 1,200" and "some 1,500" residents both stand)
        bool within = aLow <= bHigh && bLow <= aHigh;
        return within
            ? new FigureJudgement(FigureRelation.Compatible, true)
            : new FigureJudgement(FigureRelation.Conflict, true, $"{Describe(a)} vs {Describe(b)}");
    }

    /// <summary>
    /// The rule for two figures as their claims state them. Two amounts of the same thing contradict each other only when
    /// each claim asserts its amount of an event it names: not an amount denied or doubted ("could not confirm claims
    /// that dozens were killed"), not one of a list of respective amounts ("sentenced Xu and Wang to 13 and 11 years":
    /// the 11 years are Wang's), and not a bare count that says nothing of what event it counts ("At least 26 people were
    /// killed," cut from a sentence naming the place).
    /// </summary>
    public FigureJudgement Compare(StatedFigure a, StatedFigure b)
    {
        var judged = Compare(a.Figure, b.Figure);
        if (judged.Relation != FigureRelation.Conflict) return judged;
        if (!Asserted(a) || !Asserted(b) || InList(a) || InList(b) || CountOnly(a) || CountOnly(b) || OtherNames(a, b)) return default;
        return judged;
    }

    /// <summary>True when both sentences name whom or where they count and no name is shared: "six people died in
    /// southern Mexico" and "14 people had died on the Honduran island" count the dead of two places, "125 dead in San
    /// Miguel province" a part of "239 dead" in El Salvador, "Sosa's 66 home runs" another player's than "Vaughn, who hit
    /// 50". A sentence without a name ("14 people were treated for injuries") leaves the question to the rest.</summary>
    private static bool OtherNames(StatedFigure a, StatedFigure b)
    {
        var na = Names(a);
        var nb = Names(b);
        return na.Count > 0 && nb.Count > 0 && !na.Overlaps(nb);
    }

    /// <summary>The capitalised words of the figure's sentence outside what the figure counts, folded and cut to five
    /// letters ("Honduras" and "Honduran" are one place).</summary>
    private static HashSet<string> Names(StatedFigure f)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var counted = ContentTerms.Collect((f.Figure.About ?? "") + " " + f.Figure.Unit, English);
        var words = f.Sentence.Split([' ', '\n', '\t', ',', ';', ':', '"', '\'', '`', '(', ')', '_', '\u201c', '\u201d', '\u2019'], StringSplitOptions.RemoveEmptyEntries);
        for (int k = 0; k < words.Length; k++)
        {
            var word = words[k].Trim('.', '-', '!', '?');
            if (word.Length < 2 || !char.IsUpper(word[0])) continue;
            // the first word is capitalised whatever it is: "Doctors said", unlike "El Salvador reported", names no one
            if (k == 0 && k + 1 < words.Length && !char.IsUpper(words[k + 1][0])) continue;
            var folded = ContentTerms.Fold(word);
            if (English.FunctionWords.Contains(folded) || NumberWords.Contains(folded) || Calendar.Contains(folded)) continue;
            if (ContentTerms.Collect(word, English).Overlaps(counted)) continue;
            names.Add(folded.Length > 5 ? folded[..5] : folded);
        }
        return names;
    }

    // capitalised words that name no one: days and months
    private static readonly FrozenSet<string> Calendar = FrozenSet.ToFrozenSet(
        ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
         "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
         "jul", "aug", "sep", "sept", "oct", "nov", "dec"], StringComparer.Ordinal);

    /// <summary>True when the two sentences tell one happening: a shared event type ("died" / "were killed") or, failing
    /// one, the sentence matcher's <see cref="MatchPurpose.FactConflict"/>. The fact ledger asks this of its claims itself;
    /// the figure ledger, which sees figures and not claims, asks it here: "detained nine dock workers named in the report" and
    /// "declines to charge three harbour officials named in the report" count different things.</summary>
    public bool OneEvent(StatedFigure a, StatedFigure b)
    {
        var ta = English.Claims.EventTypesOf(ContentTerms.Collect(a.Sentence, English));
        var tb = English.Claims.EventTypesOf(ContentTerms.Collect(b.Sentence, English));
        // both name their happening: it must be one; otherwise the words decide
        if (ta.Count > 0 && tb.Count > 0) return ta.Overlaps(tb);
        return matcher.Compare(new SentenceView(a.Sentence), new SentenceView(b.Sentence), MatchPurpose.FactConflict).Same;
    }

    /// <summary>Where the figure is in its sentence, or null when the figure lies outside it.</summary>
    private static (string Before, string After)? Around(StatedFigure f)
    {
        int start = f.Figure.Span.Start - f.SentenceStart, end = f.Figure.Span.End - f.SentenceStart;
        if (start < 0 || end > f.Sentence.Length) return null;
        return (f.Sentence[..start], f.Sentence[end..]);
    }

    /// <summary>False when a negation or doubt governs the amount: a cue among the words of its clause before it.</summary>
    private static bool Asserted(StatedFigure f)
    {
        if (Around(f) is not { } around) return true;
        var clause = around.Before;
        int cut = clause.LastIndexOfAny([',', ';', ':', '(', '\u2014']);
        if (cut >= 0) clause = clause[(cut + 1)..];
        var words = Words(clause);
        for (int k = Math.Max(0, words.Count - 6); k < words.Count; k++)
        {
            var w = words[k];
            // "no fewer than 20" is a bound, not a denial
            if (w == "no" && k + 1 < words.Count && words[k + 1] is "fewer" or "less" or "more") continue;
            if (Doubts.Contains(w) || w.EndsWith("n't", StringComparison.Ordinal)) return false;
        }
        return true;
    }

    /// <summary>True when the amount is one of a coordinated list of amounts ("13 and 11 years", "11 or 13 years"): each
    /// belongs to its own item, and one of them against another report's single amount compares nothing.</summary>
    private static bool InList(StatedFigure f)
    {
        if (Around(f) is not { } around) return false;
        var before = Words(around.Before);
        var after = Words(around.After);
        return (before.Count >= 2 && before[^1] is "and" or "or" && IsNumber(before[^2]))
            || (after.Count >= 2 && after[0] is "and" or "or" && IsNumber(after[1]));
    }

    /// <summary>True when the claim says nothing but the count: no word outside the figure and what it counts names the
    /// event, its place or its actors.</summary>
    private static bool CountOnly(StatedFigure f)
    {
        if (Around(f) is not { } around) return false;
        var rest = ContentTerms.Collect(around.Before + " " + around.After, English);
        rest.ExceptWith(ContentTerms.Collect(f.Figure.About ?? "", English));
        rest.ExceptWith(ContentTerms.Collect(f.Figure.Unit ?? "", English));
        rest.ExceptWith(NumberTerms);
        return rest.Count == 0;
    }

    private static List<string> Words(string text) =>
        text.Split([' ', '\n', '\t', ',', ';', ':', '"', '\u201c', '\u201d'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => ContentTerms.Fold(w.Trim('.', '(', ')'))).Where(w => w.Length > 0).ToList();

    private static bool IsNumber(string word) => char.IsDigit(word[0]) || NumberWords.Contains(word);

    // cues that the amount after them is denied, doubted or only possible
    private static readonly FrozenSet<string> Doubts = FrozenSet.ToFrozenSet(
        ["not", "no", "never", "without", "deny", "denied", "denies", "denying", "rejected", "disputed", "could", "may", "might",
         "unconfirmed", "claims", "rumours", "rumors", "speculation"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> NumberWords = FrozenSet.ToFrozenSet(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen",
         "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
         "seventy", "eighty", "ninety", "hundred", "thousand", "million", "billion", "dozen", "dozens", "hundreds", "thousands",
         "least", "most", "some", "about", "nearly", "almost", "around", "estimated", "approximately", "roughly", "more",
         "fewer", "less", "over", "under", "than", "only", "just"], StringComparer.Ordinal);

    // figures are found in English only (FigureStage): the words around them are English
    private static LanguagePack English => LanguagePacks.English;

    // the number words as content terms (stemmed), to take out of a claim's other words
    private static readonly FrozenSet<string> NumberTerms = ContentTerms.Of(string.Join(' ', NumberWords), LanguagePacks.English);

    /// <summary>True for figures too common to tell a fact or a quantity by ("two countries", "one day").</summary>
    public static bool IsTrivial(Figure f) => f.Value is not { } v || (v <= 2 && !f.IsDuration) || (f.IsDuration && v <= 1 && f.Unit is "day" or "week");

    private MatchScore About(Figure a, Figure b, MatchPurpose purpose) =>
        matcher.Compare(new SentenceView(a.About ?? "", Terms(Counted(a, b))), new SentenceView(b.About ?? "", Terms(Counted(b, a))), purpose);

    /// <summary>What <paramref name="f"/> counts, without the unit nouns of either figure: the counted noun itself ("people"
    /// for person) says nothing about which people.</summary>
    private static HashSet<string> Counted(Figure f, Figure other)
    {
        var words = FigureLedger.ContentWords(f.About);
        words.Remove(f.Unit);
        words.Remove(other.Unit);
        return words;
    }

    /// <summary>The counted words as the matcher's terms. A happening ("&lt;killed&gt;", "&lt;displaced&gt;") enters twice: it
    /// names what was counted as surely as two ordinary words do, and one shared ordinary word ("battery", "deaths") is
    /// chance.</summary>
    private static HashSet<string> Terms(HashSet<string> counted)
    {
        var terms = new HashSet<string>(counted, StringComparer.OrdinalIgnoreCase);
        foreach (var w in counted)
            if (w.StartsWith('<')) terms.Add(w + "+");
        return terms;
    }

    private static string Describe(Figure f) =>
        (f.Value?.ToString("#,0.##", CultureInfo.InvariantCulture) ?? "?") + " " + UnitFor(f.Unit, f.Value) + (string.IsNullOrEmpty(f.About) ? "" : $" ({f.About})");

    /// <summary>The unit as a reader writes it after the number: "14 people", "20 residents", "1 day", "310 EUR".</summary>
    internal static string UnitFor(string? unit, double? value)
    {
        if (string.IsNullOrEmpty(unit)) return "";
        if (value == 1 || unit.All(c => !char.IsLower(c))) return unit; // one of them; currency codes and symbols
        if (unit == "person") return "people";
        if (unit == "percent") return unit;
        if (unit.EndsWith('y') && unit.Length > 1 && !"aeiou".Contains(unit[^2])) return unit[..^1] + "ies";
        if (unit.EndsWith('s') || unit.EndsWith('x') || unit.EndsWith("ch", StringComparison.Ordinal) || unit.EndsWith("sh", StringComparison.Ordinal)) return unit + "es";
        return unit + "s";
    }
}
