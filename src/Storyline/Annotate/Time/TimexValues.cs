using System.Globalization;
using Storyline.Language;

namespace Storyline.Annotate.Time;

/// <summary>TIMEX3 value strings and calendar arithmetic. Pure functions.</summary>
internal static class TimexValues
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", Inv);

    public static string Month(int year, int month) => $"{year:D4}-{month:D2}";

    public static string Year(int year) => year.ToString("D4", Inv);

    /// <summary>The ISO week of a day: "2019-W04".</summary>
    public static string Week(DateOnly d)
    {
        var t = d.ToDateTime(TimeOnly.MinValue);
        return $"{ISOWeek.GetYear(t):D4}-W{ISOWeek.GetWeekOfYear(t):D2}";
    }

    public static string Quarter(int year, int quarter) => $"{year:D4}-Q{quarter}";

    public static string Half(int year, int half) => $"{year:D4}-H{half}";

    public static string SeasonCode(Season s) => s switch { Season.Spring => "SP", Season.Summer => "SU", Season.Fall => "FA", _ => "WI" };

    public static string DayPartCode(DayPart p) => p switch
    {
        DayPart.Morning => "MO", DayPart.Afternoon => "AF", DayPart.Evening => "EV", DayPart.Night => "NI", _ => "DT",
    };

    /// <summary>A length of time: "P3Y", "PT72H", "PXW" (<paramref name="count"/> null: unknown), "P2Y6M" with a half.</summary>
    public static string Duration(double? count, TimeUnit unit)
    {
        string n = count is { } c ? Number(c) : "X";
        if (count is { } whole && whole != Math.Floor(whole) && whole > 0)
        {
            // TIMEX3 writes fractions in the next smaller unit: 2.5 years P2Y6M, 1.5 hours PT1H30M
            int w = (int)Math.Floor(whole);
            double frac = whole - w;
            string? mixed = unit switch
            {
                TimeUnit.Year => w > 0 ? $"P{w}Y{Number(frac * 12)}M" : $"P{Number(frac * 12)}M",
                TimeUnit.Month => w > 0 ? $"P{w}M{Number(frac * 30)}D" : $"P{Number(frac * 30)}D",
                TimeUnit.Day => w > 0 ? $"P{w}DT{Number(frac * 24)}H" : $"PT{Number(frac * 24)}H",
                TimeUnit.Hour => w > 0 ? $"PT{w}H{Number(frac * 60)}M" : $"PT{Number(frac * 60)}M",
                TimeUnit.Minute => w > 0 ? $"PT{w}M{Number(frac * 60)}S" : $"PT{Number(frac * 60)}S",
                _ => null,
            };
            if (mixed is not null) return mixed;
        }
        return unit switch
        {
            TimeUnit.Second => $"PT{n}S",
            TimeUnit.Minute => $"PT{n}M",
            TimeUnit.Hour => $"PT{n}H",
            TimeUnit.Day => $"P{n}D",
            TimeUnit.Week => $"P{n}W",
            TimeUnit.Weekend => $"P{n}WE",
            TimeUnit.Month => $"P{n}M",
            TimeUnit.Quarter => $"P{n}Q",
            TimeUnit.Half => count is { } h ? $"P{Number(h * 6)}M" : "PXM",
            TimeUnit.Year => $"P{n}Y",
            // TimeBank and AQUAINT count decades in years ("two decades" P20Y, "past decade" P10Y)
            TimeUnit.Decade => count is { } decades ? $"P{Number(decades * 10)}Y" : "PXDE",
            TimeUnit.Century => $"P{n}CE",
            _ => $"P{n}D",
        };
    }

    private static string Number(double d) => d.ToString("0.##", Inv);

    /// <summary>The first day of a period value's span of days, for the narrative reference; null for other values.</summary>
    public static DateOnly? DayOf(string value) =>
        value.Length >= 10 && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", Inv, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>The <paramref name="weekday"/> on or before (<paramref name="back"/>) or on or after the anchor.</summary>
    public static DateOnly WeekdayFrom(DateOnly anchor, DayOfWeek weekday, bool back, bool sameDayCounts = true)
    {
        int gap = back ? ((int)anchor.DayOfWeek - (int)weekday + 7) % 7 : ((int)weekday - (int)anchor.DayOfWeek + 7) % 7;
        if (gap == 0 && !sameDayCounts) gap = 7;
        return anchor.AddDays(back ? -gap : gap);
    }

    /// <summary>Start of the quarter that contains <paramref name="d"/>.</summary>
    public static int QuarterOf(DateOnly d) => (d.Month - 1) / 3 + 1;

    /// <summary>The year of the last quarter <paramref name="quarter"/> begun on or before the anchor.</summary>
    public static int LatestBegun(DateOnly anchor, int quarter) => 3 * (quarter - 1) + 1 <= anchor.Month ? anchor.Year : anchor.Year - 1;

    /// <summary>Readings of a year-less date in the year before, of and after the anchor, as (first day, last day).</summary>
    public static (DateOnly Start, DateOnly End) MonthSpan(int year, int month) =>
        (new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    /// <summary>
    /// Which year a year-less month (<paramref name="day"/> = 0) or month-day belongs to: the reading nearest the
    /// anchor, unless that reading is more than <see cref="TimexSettings.MonthTenseAfterDays"/> days away on the side
    /// the tense rules out ("was last seen Nov. 3" in a May story is the November before).
    /// </summary>
    public static int YearOfMonth(DateOnly anchor, int month, int day, Tense tense)
    {
        int best = anchor.Year;
        double bestDistance = double.MaxValue;
        for (int y = anchor.Year - 1; y <= anchor.Year + 1; y++)
        {
            var (s, e) = Reading(y, month, day);
            double distance = s <= anchor && anchor <= e ? 0 : Math.Min(Math.Abs(s.DayNumber - anchor.DayNumber), Math.Abs(e.DayNumber - anchor.DayNumber));
            if (distance < bestDistance) (best, bestDistance) = (y, distance);
        }
        var (bs, be) = Reading(best, month, day);
        int far = TimexSettings.MonthTenseAfterDays;
        if (tense == Tense.Past && bs.DayNumber - anchor.DayNumber > far) return best - 1;
        if (tense == Tense.Future && anchor.DayNumber - be.DayNumber > far) return best + 1;
        return best;
    }

    private static (DateOnly Start, DateOnly End) Reading(int year, int month, int day)
    {
        if (day > 0)
        {
            var d = new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
            return (d, d);
        }
        return MonthSpan(year, month);
    }

    public static bool ValidDay(int year, int month, int day) => month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
