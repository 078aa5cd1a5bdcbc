using Storyline.Annotate.Time;
using System.Globalization;
using Storyline.Language;

namespace Storyline.Lab.Baselines.Recognizers;

/// <summary>One reading the recognizer offers for an expression: a day or the start/end of a period.</summary>
internal readonly record struct Candidate(DateTime Start, DateTime End);

/// <summary>
/// Turns the recognizer's reading of an expression (its subtype, timex and candidate values) into the
/// TIMEX3 type and value TimeBank would give it, choosing among past/future readings by tense.
/// Pure: no recognizer call happens here, so each rule is testable on strings.
/// </summary>
internal static partial class RecognizersNormalizer
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^(\d{4}|XXXX|\d{3}X|\d{2}XX)(-(\d{2}|XX)(-(\d{2}|XX))?|-W(\d{2}|XX)(-\d|-WE)?|-Q[1-4X]|-H[12]|-(SP|SU|FA|WI))?(T[\d:]+|T(MO|AF|EV|NI|DT))?$|^T[\d:]+$|^T(MO|AF|EV|NI|DT)$")]
    private static partial System.Text.RegularExpressions.Regex StandardValue();

    public static (TimexType Type, string Value, DateOnly? Date)? Normalize(
        string subtype, string timex, IReadOnlyList<Candidate> candidates, string text, DateOnly? anchor, Tense tense)
    {
        if (string.IsNullOrEmpty(timex)) return null;
        if (timex is "PRESENT_REF" or "PAST_REF" or "FUTURE_REF") return (TimexType.Date, timex, null);

        switch (subtype)
        {
            case "duration":
                return (TimexType.Duration, NormalizeDuration(timex), null);
            case "set":
                // "every quarter": TIMEX3 counts in quarters (P1Q) where the recognizer counts three months
                return (TimexType.Set, timex == "P3M" && text.Contains("quarter", StringComparison.OrdinalIgnoreCase) ? "P1Q" : timex, null);
        }

        if (timex.StartsWith('('))
            return NormalizeRange(subtype, timex, candidates, text, anchor, tense);

        bool isTime = subtype is "time" or "datetime" or "timerange" && timex.Contains('T');
        if (subtype == "datetimerange" && timex.Contains('T')) isTime = true;
        string value = Resolve(timex, candidates, anchor, tense);
        // holidays come back as e.g. 1999-11-WXX-4-4 (fourth Thursday): use the day the recognizer computed
        if (!StandardValue().IsMatch(value) && anchor is { } a0 && candidates.Count > 0)
        {
            var c = Pick(candidates, a0, Tense.Present);
            value = c.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        if (isTime && value.StartsWith('T') && anchor is { } a)
            value = a.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + value;
        return (isTime ? TimexType.Time : TimexType.Date, value, DayOf(value));
    }

    /// <summary>Fills the XXXX parts of an underspecified timex from the candidate that the tense picks.</summary>
    public static string Resolve(string timex, IReadOnlyList<Candidate> candidates, DateOnly? anchor, Tense tense)
    {
        if (!timex.StartsWith("XXXX", StringComparison.Ordinal) || anchor is not { } a || candidates.Count == 0)
            return timex;
        bool weekday = timex.StartsWith("XXXX-WXX-", StringComparison.Ordinal);
        // Month names and month-days in news sit close to the publication date on either side, and the tense cue
        // misleads more than it helps there (dev: a dividend "payable" on one date to holders "of record" on an earlier one): take the nearest.
        var pick = Pick(candidates, a, weekday || !RecognizersSettings.NearestForMonths ? tense : Tense.Present, weekday);
        if (!weekday && RecognizersSettings.NearestForMonths && tense is Tense.Past or Tense.Future && FarOnTheOtherSide(pick, a, tense))
            pick = Pick(candidates, a, tense);
        var d = pick.Start;
        if (timex.StartsWith("XXXX-WXX-", StringComparison.Ordinal))
        {
            // XXXX-WXX-6 or XXXX-WXX-6TNI: a weekday becomes a day
            int rest = "XXXX-WXX-".Length + 1;
            return d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + (timex.Length > rest ? timex[rest..] : "");
        }
        if (timex.StartsWith("XXXX-XX-", StringComparison.Ordinal))
            return d.ToString("yyyy-MM", CultureInfo.InvariantCulture) + timex[7..];
        return d.Year.ToString("D4", CultureInfo.InvariantCulture) + timex[4..];
    }

    /// <summary>The nearest reading lies on the side the tense rules out, and far enough away that it is not a
    /// date in a notice near the publication day: "was last seen Nov. 3" in a May story is the November before.</summary>
    private static bool FarOnTheOtherSide(Candidate pick, DateOnly anchor, Tense tense)
    {
        var anchorTime = anchor.ToDateTime(TimeOnly.MinValue);
        int far = RecognizersSettings.MonthTenseAfterDays;
        return tense == Tense.Past
            ? (pick.Start.Date - anchorTime).TotalDays > far
            : (anchorTime - pick.End.Date).TotalDays > far;
    }

    /// <summary>
    /// The reading consistent with the tense: the latest one starting on or before the anchor's day for the past,
    /// the first one not ended before it for the future, the nearest one when the tense is unknown or present.
    /// Weekdays are the exception: a bare "Monday" in news is the past one (<see cref="RecognizersSettings.DefaultTense"/>).
    /// </summary>
    internal static Candidate Pick(IReadOnlyList<Candidate> candidates, DateOnly anchor, Tense tense, bool weekday = false)
    {
        var anchorTime = anchor.ToDateTime(TimeOnly.MinValue);
        var sorted = candidates.OrderBy(c => c.Start).ToList();
        if (tense == Tense.Unknown && weekday) tense = RecognizersSettings.DefaultTense;
        switch (tense)
        {
            case Tense.Future:
                foreach (var c in sorted)
                    if (c.End.Date >= anchorTime) return c;
                return sorted[^1];
            case Tense.Past:
                for (int i = sorted.Count - 1; i >= 0; i--)
                    if (sorted[i].Start.Date <= anchorTime) return sorted[i];
                return sorted[0];
            default:
                return sorted.MinBy(c => c.Start.Date <= anchorTime && c.End.Date >= anchorTime ? 0 : Math.Min(Math.Abs((c.Start.Date - anchorTime).TotalDays), Math.Abs((c.End.Date - anchorTime).TotalDays)));
        }
    }

    private static (TimexType, string, DateOnly?)? NormalizeRange(
        string subtype, string timex, IReadOnlyList<Candidate> candidates, string text, DateOnly? anchor, Tense tense)
    {
        // (start,end,duration)
        var parts = timex.Trim('(', ')').Split(',');
        if (parts.Length != 3) return null;
        string duration = parts[2];
        var lower = text.ToLowerInvariant();

        // "the past two quarters": a length of time counted in quarters (TIMEX3 unit Q)
        var counted = System.Text.RegularExpressions.Regex.Match(lower, @"\b(?:past|last|next|previous|coming|first)\s+(?<n>[\w-]+)\s+quarters\b");
        if (counted.Success && Storyline.Annotate.Figures.NumberWords.Read(counted.Groups["n"].Value, 0, LanguagePacks.English.Numbers) is { } n && n.Value is >= 2 and <= 12)
            return (TimexType.Duration, $"P{(int)n.Value}Q", null);
        if (lower.Contains("quarter") && anchor is { } a1)
        {
            // earnings news reports quarters that have started: the latest one begun by the anchor
            var start = ParseStart(parts[0], candidates, a1, Tense.Past);
            if (start is { } s) return (TimexType.Date, $"{s.Year:D4}-Q{(s.Month - 1) / 3 + 1}", null);
            return null;
        }
        if (lower.Contains("half") && anchor is { } a2)
        {
            var start = ParseStart(parts[0], candidates, a2, tense);
            if (start is { } s) return (TimexType.Date, $"{s.Year:D4}-H{(s.Month - 1) / 6 + 1}", null);
        }
        // "the past three years", "within 72 hours", "the last 24 hours": a length of time
        return (TimexType.Duration, NormalizeDuration(duration), null);
    }

    private static DateTime? ParseStart(string start, IReadOnlyList<Candidate> candidates, DateOnly anchor, Tense tense)
    {
        if (start.StartsWith("XXXX", StringComparison.Ordinal))
            return candidates.Count > 0 ? Pick(candidates, anchor, tense).Start : null;
        return DateTime.TryParse(start, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    /// <summary>TimeBank writes whole days as days: the last 24 hours is P1D, but 72 hours stays PT72H.</summary>
    internal static string NormalizeDuration(string timex) => timex == "PT24H" ? "P1D" : timex;

    internal static DateOnly? DayOf(string value) =>
        value.Length >= 10 && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : null;
}
