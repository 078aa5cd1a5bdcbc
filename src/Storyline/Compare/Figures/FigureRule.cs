using System.Globalization;
using Storyline.Annotate.Figures;
using Storyline.Language;
using Storyline.Similarity;

namespace Storyline.Compare.Figures;

/// <summary>What two figures are to each other. Agree: the same amount ("30 days", "a month"); Rounded: amounts within
/// rounding of each other ("$4.1 billion", "$4 billion"), consistent reports though not one figure; Compatible: different
/// amounts of the same thing both allowed by their bounds ("at least 14" and "20"); Conflict: different amounts of the
/// same thing that cannot both be true ("figures differ").</summary>
public enum FigureRelation { Unrelated, Agree, Rounded, Compatible, Conflict }

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
