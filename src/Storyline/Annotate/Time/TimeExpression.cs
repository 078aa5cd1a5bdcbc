using Storyline.Articles;
using Storyline.Text;
using Storyline.Language;

namespace Storyline.Annotate.Time;

/// <summary>The four TIMEX3 types (TimeML): a calendar date or period, a clock time, a length of time, a recurrence.</summary>
public enum TimexType : byte { Date, Time, Duration, Set }

/// <summary>
/// A temporal expression in an article's text, normalised as TimeML/TIMEX3 does
/// (<c>2019-01-26</c>, <c>2019-W04</c>, <c>2019-Q3</c>, <c>P3D</c>, <c>PRESENT_REF</c>, <c>XXXX-01-25</c> when no anchor is known).
/// </summary>
/// <param name="Span">The expression's characters.</param>
/// <param name="Type">Its TIMEX3 type.</param>
/// <param name="Value">Its TIMEX3 value string.</param>
/// <param name="Date">For a value naming one calendar day, that day; otherwise null.</param>
public readonly record struct TimeExpression(TextSpan Span, TimexType Type, string Value, DateOnly? Date)
{
    public static readonly LayerKey<TimeExpression> Layer = new("time-expressions");

    /// <summary>The TIMEX3 type name as TimeML writes it (DATE, TIME, DURATION, SET).</summary>
    public string TypeName => Type switch
    {
        TimexType.Date => "DATE",
        TimexType.Time => "TIME",
        TimexType.Duration => "DURATION",
        _ => "SET",
    };
}
