using System.Runtime.InteropServices;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Storyline.Ingest.Html;

/// <summary>Publication dates as pages write them: ISO 8601 in metadata, paths in URLs, prose datelines.</summary>
internal static partial class DateParsing
{
    private static readonly ImmutableArray<string> DateOnlyFormats = ["yyyy-MM-dd", "yyyyMMdd", "yyyy/MM/dd"];

    /// <summary>Plausible publication years; anything else is a parse accident.</summary>
    private static bool Plausible(DateTimeOffset d) => d.Year is >= 1990 and <= 2100;

    /// <summary>Machine-readable dates (ISO 8601, RFC 1123, date only). No offset given → UTC.</summary>
    public static bool TryParseMachine(string? value, out DateTimeOffset date, out bool dateOnly)
    {
        date = default;
        dateOnly = false;
        if (string.IsNullOrWhiteSpace(value)) return false;
        var s = value.Trim();
        if (DateTime.TryParseExact(s, ImmutableCollectionsMarshal.AsArray(DateOnlyFormats), CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            date = new DateTimeOffset(day.Date, TimeSpan.Zero);
            dateOnly = true;
            return Plausible(date);
        }
        // "+0000" offsets without a colon are common in meta tags.
        var m = CompactOffset().Match(s);
        if (m.Success) s = s[..m.Index] + m.Groups[1].Value + ":" + m.Groups[2].Value;
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out date))
            return Plausible(date);
        // Unix seconds or milliseconds; anything beyond year 9999 in either reading is noise.
        if (long.TryParse(s, out long epoch) && epoch > 600_000_000 && epoch < 253_402_300_799_999)
        {
            date = epoch > 100_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(epoch) : DateTimeOffset.FromUnixTimeSeconds(epoch);
            return Plausible(date);
        }
        return false;
    }

    /// <summary>Dates in URL paths: /2019/11/19/, /2019-11-19-, /20191119/.</summary>
    public static bool TryParseUrl(string path, out DateTimeOffset date)
    {
        date = default;
        var m = UrlDate().Match(path);
        if (!m.Success) return false;
        int y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        int mo = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        int d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(Math.Clamp(y, 1, 9999), mo)) return false;
        date = new DateTimeOffset(y, mo, d, 0, 0, 0, TimeSpan.Zero);
        return Plausible(date);
    }

    /// <summary>The first English prose date near the top of the page ("March 3, 2020", "3 March 2020").</summary>
    public static bool TryParseDateline(string text, out DateTimeOffset date)
    {
        date = default;
        foreach (Match m in ProseDate().Matches(text))
        {
            var s = m.Value.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
            s = string.Join(' ', s.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            string[] formats = ["MMMM d yyyy", "MMM d yyyy", "d MMMM yyyy", "d MMM yyyy", "MMMM dd yyyy", "dd MMMM yyyy"];
            if (DateTime.TryParseExact(s, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                date = new DateTimeOffset(day.Date, TimeSpan.Zero);
                if (Plausible(date)) return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"([+-]\d{2})(\d{2})$")]
    private static partial Regex CompactOffset();

    [GeneratedRegex(@"(?<![0-9])(?<y>(?:19|20)\d{2})[/\-_]?(?<m>[01]\d)[/\-_]?(?<d>[0-3]\d)(?![0-9])")]
    private static partial Regex UrlDate();

    [GeneratedRegex(@"\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? (?:19|20)\d{2}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? (?:19|20)\d{2})\b")]
    private static partial Regex ProseDate();
}
