using Storyline.Language;
namespace Storyline.Annotate.Time;

public sealed partial class TimexEngine
{
    /// <summary>
    /// "that year", "the following month", "the day before", "the previous Friday", "in the morning" refer to the
    /// story's last mentioned time ("in June 1998 … later that year"), not the publication date: TIMEX3 anchors them on
    /// the previous expression (TempEval-3 training file: years 3 of 4; TimeBank's "the following month" after March and
    /// "the previous Friday" after a Thursday night, 2 of 2). Without an earlier time their value on the anchor stands.
    /// Deictic forms without the article ("next month", "last Friday") stay on the publication date.
    /// </summary>
    private static void AnchorToNarrative(Document doc, List<Found> found)
    {
        int? lastYear = null;
        (int Year, int Month)? lastMonth = null;
        DateOnly? lastDay = null;
        for (int i = 0; i < found.Count; i++)
        {
            var e = found[i];
            var n = e.Narrative;
            switch (n.Kind)
            {
                case NarrativeKind.Year:
                    if (lastYear is { } y) found[i] = e with { Value = TimexValues.Year(y + n.Shift) };
                    continue;
                case NarrativeKind.Month:
                    if (lastMonth is { } lm)
                    {
                        var month = new DateOnly(lm.Year, lm.Month, 1).AddMonths(n.Shift);
                        found[i] = e with { Value = TimexValues.Month(month.Year, month.Month) };
                        lastMonth = (month.Year, month.Month);
                    }
                    continue;
                case NarrativeKind.Day:
                    if (lastDay is { } ld)
                    {
                        var day = ld.AddDays(n.Shift);
                        found[i] = e with { Value = TimexValues.Day(day) };
                        lastDay = day;
                    }
                    continue;
                case NarrativeKind.DayPart:
                    if (lastDay is { } pd) found[i] = e with { Value = TimexValues.Day(pd) + "T" + TimexValues.DayPartCode(n.Part) };
                    continue;
                case NarrativeKind.Weekday:
                    if (lastDay is { } wd)
                    {
                        var day = TimexValues.WeekdayFrom(wd, n.Weekday, back: n.Shift < 0, sameDayCounts: false);
                        found[i] = e with { Value = TimexValues.Day(day) };
                        lastDay = day;
                    }
                    continue;
            }
            string v = e.Value;
            if (v.Length >= 4 && char.IsAsciiDigit(v[0]) && char.IsAsciiDigit(v[3]) && !v.Contains('X'))
            {
                int start = e.Start >= 0 ? e.Start : doc.Tokens[e.First].Start, end = e.End >= 0 ? e.End : doc.Tokens[e.Last].End;
                // a year the story writes ("in 1998"), not one computed from the anchor ("last year")
                if (doc.Text.AsSpan(start, end - start).Contains(v.AsSpan(0, 4), StringComparison.Ordinal))
                    lastYear = int.Parse(v.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture);
                if (e.Type is TimexType.Date or TimexType.Time && v.Length >= 7 && v[4] == '-' && char.IsAsciiDigit(v[5]) && char.IsAsciiDigit(v[6]))
                    lastMonth = (int.Parse(v.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture), int.Parse(v.AsSpan(5, 2), System.Globalization.CultureInfo.InvariantCulture));
                if (TimexValues.DayOf(v) is { } d) lastDay = d;
            }
        }
    }
}
