using Storyline.Articles;
using Storyline.Text;

namespace Storyline.Annotate.Figures;

/// <summary>How exactly a figure is stated: "72 hours" is exact, "around 400" approximate, "at least 14" a lower bound.</summary>
public enum FigureBound : byte { Exact, Approximate, AtLeast, MoreThan, AtMost, LessThan }

/// <summary>
/// A quantity in an article with what it counts: "72 hours" (unit hour), "$4 billion" (USD), "14 people"
/// (person), "400 hired divers sent to Marlow Bay" (diver, about the whole phrase).
/// </summary>
/// <param name="Span">The number and its unit as written.</param>
/// <param name="Value">The number; for a vague amount ("hundreds"), its lower bound.</param>
/// <param name="Low">Lower bound of a range or vague amount; null when exact.</param>
/// <param name="High">Upper bound of a range or vague amount; null when exact.</param>
/// <param name="Unit">Normalised unit: hour, day, week, month, year, person, USD, EUR, percent, state, vote, seat, or the counted noun's lemma.</param>
/// <param name="About">What is counted or what the duration is for ("hired divers sent to Marlow Bay", "clear the north dock").</param>
/// <param name="AboutSpan">Where <paramref name="About"/> is in the text.</param>
/// <param name="Bound">Whether the number is exact, approximate or a bound.</param>
public readonly record struct Figure(TextSpan Span, double? Value, double? Low, double? High, string Unit, string? About, TextSpan? AboutSpan, FigureBound Bound)
{
    public static readonly LayerKey<Figure> Layer = new("figures");

    /// <summary>True for "around", "about", "more than", "at least", "hundreds"...</summary>
    public bool Approximate => Bound != FigureBound.Exact || Low is not null;

    /// <summary>True when the unit is a length of time.</summary>
    public bool IsDuration => FigureUnits.HoursPer(Unit) is not null;

    /// <summary>The value in a unit figures compare in: durations in hours ("a month" = 720), anything else as written.</summary>
    public double? Scaled => Value * (FigureUnits.HoursPer(Unit) ?? 1);

    /// <summary>
    /// The amounts the figure allows, durations in hours: a range or vague amount its bounds, "at least 14" [14, ∞),
    /// "around 400" ±10 %, an exact figure itself; (NaN, NaN) without a value.
    /// </summary>
    public (double Low, double High) Interval()
    {
        if (Value is not { } value) return (double.NaN, double.NaN);
        double scale = FigureUnits.HoursPer(Unit) ?? 1;
        double low = (Low ?? value) * scale, high = (High ?? value) * scale;
        switch (Bound)
        {
            case FigureBound.AtLeast or FigureBound.MoreThan: high = double.PositiveInfinity; break;
            case FigureBound.AtMost or FigureBound.LessThan: low = 0; break;
            case FigureBound.Approximate when Low is null: low = value * scale * 0.9; high = value * scale * 1.1; break;
        }
        return (low, high);
    }
}
