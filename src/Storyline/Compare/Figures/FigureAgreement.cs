using Storyline.Similarity;
using System.Globalization;
using Storyline.Annotate.Figures;

namespace Storyline.Compare.Figures;

/// <summary>Agree: the same amount; Compatible: different amounts both allowed by bounds ("at least 14" and "20");
/// Conflict: different amounts of one quantity that cannot both be true.</summary>
public enum FigureRelation { Unrelated, Agree, Compatible, Conflict }

/// <summary>
/// Compares two figures after normalisation: durations in hours ("within 30 days" = "within a month"),
/// ranges and bounds as intervals ("around 400" contains 400; "at least 14" is not contradicted by 20),
/// and only figures that measure the same thing (same unit, overlapping "about") can conflict.
/// </summary>
public static class FigureAgreement
{
    /// <param name="matcher">Decides whether the figures' "about" phrases name the same quantity
    /// (<see cref="MatchPurpose.FigureAbout"/>; default: <see cref="LexicalSentenceMatcher"/>).</param>
    public static FigureRelation Compare(Figure a, Figure b, out string description, ISentenceMatcher? matcher = null)
    {
        description = "";
        if (FigureUnits.CommonUnit(a.Unit, b.Unit) is null) return FigureRelation.Unrelated;
        var (aLow, aHigh) = a.Interval();
        var (bLow, bHigh) = b.Interval();
        if (double.IsNaN(aLow) || double.IsNaN(bLow)) return FigureRelation.Unrelated;
        double tolerance = a.IsDuration ? ComparisonSettings.DurationTolerance : ComparisonSettings.FigureTolerance;
        double aPoint = Point(a), bPoint = Point(b);
        if (Math.Abs(aPoint - bPoint) <= tolerance * Math.Max(Math.Abs(aPoint), Math.Abs(bPoint))) return FigureRelation.Agree;
        bool sameQuantity = (matcher ?? LexicalSentenceMatcher.Instance)
            .Compare(new SentenceView(a.About ?? ""), new SentenceView(b.About ?? ""), MatchPurpose.FigureAbout).Same;
        // intervals that meet, allowing a relative tolerance on each side: bounds and approximations allow both
        bool within = aLow * (1 - tolerance) <= bHigh && bLow * (1 - tolerance) <= aHigh;
        if (within) return sameQuantity ? FigureRelation.Compatible : FigureRelation.Unrelated;
        if (sameQuantity)
        {
            description = $"{Describe(a)} vs {Describe(b)}";
            return FigureRelation.Conflict;
        }
        return FigureRelation.Unrelated;
    }

    /// <summary>True for figures too common to identify a fact on their own ("two countries", "one day").</summary>
    public static bool IsTrivial(Figure f) => f.Value is not { } v || (v <= 2 && !f.IsDuration) || (f.IsDuration && v <= 1 && f.Unit is "day" or "week");

    private static double Point(Figure f) => f.Scaled ?? double.NaN;

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
