using System.Runtime.InteropServices;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Storyline.Text;

/// <summary>
/// The one date parser: every date the engine reads from metadata (HTML meta tags, JSON-LD, feeds, JSON records, front
/// matter), from URL paths and from text — ISO 8601, RFC 822/1123 as feeds write them (zone names included, the weekday
/// not trusted), compact forms ("20190128", "2019/01/28"), Unix time, and written dates ("January 28, 2019",
/// "Jan. 28, 2019", "28th January 2019", optionally with a clock time and zone: "6:56 AM PT").
/// </summary>
public static partial class DateParsing
{
    private static readonly ImmutableArray<string> DateOnlyFormats = ["yyyy-MM-dd", "yyyyMMdd", "yyyy/MM/dd"];

    private static readonly ImmutableArray<string> IsoFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
        "ddd, dd MMM yyyy HH:mm:ss 'GMT'", "ddd, d MMM yyyy HH:mm:ss zzz", "ddd, dd MMM yyyy HH:mm:ss zzz",
    ];

    // RFC 822 as feeds write it, after the weekday (often wrong) is dropped and a zone name made an offset
    private static readonly ImmutableArray<string> RfcFormats =
        ["d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz", "dd MMM yyyy HH:mm:ss zzz", "d MMM yy HH:mm:ss zzz"];

    // zone names .NET does not parse, as RFC 822 and US feeds use them
    private static readonly ImmutableArray<(string Name, string Offset)> ZoneNames =
    [
        (" GMT", " +00:00"), (" UT", " +00:00"), (" UTC", " +00:00"), (" Z", " +00:00"), (" EST", " -05:00"), (" EDT", " -04:00"),
        (" CST", " -06:00"), (" CDT", " -05:00"), (" MST", " -07:00"), (" MDT", " -06:00"), (" PST", " -08:00"), (" PDT", " -07:00"),
    ];

    /// <summary>Parses a whole string that is a date (a metadata value, a feed's date, front matter, a JSON field).</summary>
    /// <param name="dateOnly">True when the string gives a day and no clock time.</param>
    public static bool TryParse(string? s, out DateTimeOffset value, out bool dateOnly)
    {
        value = default;
        dateOnly = false;
        if (string.IsNullOrWhiteSpace(s)) return false;
        s = s.Trim();
        if (DateTime.TryParseExact(s, ImmutableCollectionsMarshal.AsArray(DateOnlyFormats), CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            value = new DateTimeOffset(day.Date, TimeSpan.Zero);
            dateOnly = true;
            return true;
        }
        if (DateTimeOffset.TryParseExact(s, ImmutableCollectionsMarshal.AsArray(IsoFormats), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out value))
            return true;
        var rfc = Rfc822(s);
        if (DateTimeOffset.TryParseExact(rfc, ImmutableCollectionsMarshal.AsArray(RfcFormats), CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out value))
            return true;
        // "+0000" offsets without a colon are common in meta tags
        var compact = CompactOffset().Replace(s, "$1:$2");
        if (DateTimeOffset.TryParse(compact, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out value))
        {
            dateOnly = value.TimeOfDay == TimeSpan.Zero && !s.Contains(':');
            return true;
        }
        // Unix seconds or milliseconds; anything beyond year 9999 in either reading is noise
        if (long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out long epoch) && epoch > 600_000_000 && epoch < 253_402_300_799_999)
        {
            value = epoch > 100_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(epoch) : DateTimeOffset.FromUnixTimeSeconds(epoch);
            return true;
        }
        var m = FindFirst(s);
        if (m is { } found) { value = found.Value; dateOnly = found.DateOnly; return true; }
        return false;
    }

    /// <summary>An RFC 822 date without its weekday and with its zone name as an offset ("Mon, 28 Jan 2019 10:00:00 EST" →
    /// "28 Jan 2019 10:00:00 -05:00").</summary>
    private static string Rfc822(string s)
    {
        foreach (var (name, offset) in ZoneNames)
            if (s.EndsWith(name, StringComparison.OrdinalIgnoreCase)) { s = s[..^name.Length] + offset; break; }
        s = CompactOffset().Replace(s, "$1:$2");
        int comma = s.IndexOf(',');
        return comma is > 0 and <= 4 ? s[(comma + 1)..].Trim() : s;
    }

    /// <summary>
    /// A date a page or feed could have been published on: a parse of a stray number or a template's placeholder
    /// ("0001-01-01", "1970-01-01") falls outside.
    /// </summary>
    public static bool IsPlausiblePublication(DateTimeOffset date) => date.Year is >= 1990 and <= 2100;

    /// <summary>A date in a URL path: /2019/11/19/, /2019-11-19-, /20191119/.</summary>
    public static bool TryParseUrlPath(string path, out DateTimeOffset date)
    {
        date = default;
        var m = UrlDate().Match(path);
        if (!m.Success) return false;
        int y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        int mo = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        int d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(Math.Clamp(y, 1, 9999), mo)) return false;
        date = new DateTimeOffset(y, mo, d, 0, 0, 0, TimeSpan.Zero);
        return true;
    }

    /// <summary>A date written in running text, with where it stands.</summary>
    public readonly record struct FoundDate(DateTimeOffset Value, bool DateOnly, TextSpan Span);

    /// <summary>Every explicit calendar date (with a year) written in <paramref name="text"/>.</summary>
    public static IEnumerable<FoundDate> FindAll(string text)
    {
        // nearly every line of news has no year in it: skip the regexes for those
        if (!ContainsYear(text)) yield break;
        foreach (Match m in WrittenDate().Matches(text))
            if (TryBuild(m, out var found)) yield return found;
        foreach (Match m in IsoDate().Matches(text))
        {
            if (DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                yield return new FoundDate(new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), true, new TextSpan(m.Index, m.Length));
        }
    }

    /// <summary>True when the text has a run of exactly four digits starting 19 or 20.</summary>
    public static bool ContainsYear(ReadOnlySpan<char> text)
    {
        for (int i = 0; i + 3 < text.Length; i++)
            if (YearAt(text, i) != 0) return true;
        return false;
    }

    /// <summary>The latest four-digit year (1900–2099) written anywhere in the text, alone or inside a date; 0 when none.</summary>
    public static int LatestYear(ReadOnlySpan<char> text)
    {
        int latest = 0;
        for (int i = 0; i + 3 < text.Length; i++)
            latest = Math.Max(latest, YearAt(text, i));
        return latest;
    }

    /// <summary>The year written as exactly four digits 19xx or 20xx starting at <paramref name="i"/>; 0 when there is none.</summary>
    private static int YearAt(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (c is not ('1' or '2')) return 0;
        if ((c == '1' && text[i + 1] != '9') || (c == '2' && text[i + 1] != '0')) return 0;
        if (!char.IsAsciiDigit(text[i + 2]) || !char.IsAsciiDigit(text[i + 3])) return 0;
        if (i > 0 && char.IsAsciiDigit(text[i - 1])) return 0;
        if (i + 4 < text.Length && char.IsAsciiDigit(text[i + 4])) return 0;
        return (c - '0') * 1000 + (text[i + 1] - '0') * 100 + (text[i + 2] - '0') * 10 + (text[i + 3] - '0');
    }

    public static FoundDate? FindFirst(string text)
    {
        foreach (var f in FindAll(text)) return f;
        return null;
    }

    private static bool TryBuild(Match m, out FoundDate found)
    {
        found = default;
        var monthText = m.Groups["month"].Success ? m.Groups["month"].Value : m.Groups["month2"].Value;
        var dayText = m.Groups["day"].Success ? m.Groups["day"].Value : m.Groups["day2"].Value;
        int month = MonthNumber(monthText);
        if (month == 0 || !int.TryParse(dayText, out int day) || !int.TryParse(m.Groups["year"].Value, out int year)) return false;
        if (day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        var date = new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        bool dateOnly = true;
        var offset = TimeSpan.Zero;
        var span = new TextSpan(m.Index, m.Length);
        found = new FoundDate(new DateTimeOffset(date, offset), dateOnly, span);
        return true;
    }

    /// <summary>Adds a clock time and zone ("6:56 AM PT") to a date, when the text gives one.</summary>
    public static DateTimeOffset WithTime(DateTimeOffset date, string timeText, out bool hasTime)
    {
        hasTime = false;
        var m = ClockTime().Match(timeText);
        if (!m.Success) return date;
        int hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        int minute = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        var ampm = m.Groups["ampm"].Value.Replace(".", "").ToUpperInvariant();
        if (ampm == "PM" && hour < 12) hour += 12;
        if (ampm == "AM" && hour == 12) hour = 0;
        if (hour > 23 || minute > 59) return date;
        var local = new DateTime(date.Year, date.Month, date.Day, hour, minute, 0, DateTimeKind.Unspecified);
        var offset = ZoneOffset(m.Groups["zone"].Value, local);
        hasTime = true;
        return new DateTimeOffset(local, offset);
    }

    private static TimeSpan ZoneOffset(string zone, DateTime local)
    {
        string? tz = zone.ToUpperInvariant() switch
        {
            "PT" or "PST" or "PDT" => "America/Los_Angeles",
            "MT" or "MST" or "MDT" => "America/Denver",
            "CT" or "CST" or "CDT" => "America/Chicago",
            "ET" or "EST" or "EDT" => "America/New_York",
            "BST" => "Europe/London",
            "CET" or "CEST" => "Europe/Berlin",
            "MSK" => "Europe/Moscow",
            _ => null,
        };
        if (tz is null) return TimeSpan.Zero;
        try { return TimeZoneInfo.FindSystemTimeZoneById(tz).GetUtcOffset(local); }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return zone.ToUpperInvariant() switch { "PT" or "PST" => TimeSpan.FromHours(-8), "ET" or "EST" => TimeSpan.FromHours(-5), _ => TimeSpan.Zero };
        }
    }

    public static int MonthNumber(string name)
    {
        var n = name.TrimEnd('.').ToLowerInvariant();
        if (n.Length < 3) return 0;
        string[] months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
        for (int i = 0; i < months.Length; i++)
            if (n.StartsWith(months[i], StringComparison.Ordinal)) return i + 1;
        return 0;
    }

    private const string MonthPattern = @"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)";

    [GeneratedRegex(@"\b(?:(?<month>" + MonthPattern + @")\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>(?:19|20)\d\d)|(?<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?<month2>" + MonthPattern + @"),?\s+(?<year>(?:19|20)\d\d))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WrittenDate();

    [GeneratedRegex(@"\b(?:19|20)\d\d-[01]\d-[0-3]\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"([+-]\d{2})(\d{2})$")]
    private static partial Regex CompactOffset();

    [GeneratedRegex(@"(?<![0-9])(?<y>(?:19|20)\d{2})[/\-_]?(?<m>[01]\d)[/\-_]?(?<d>[0-3]\d)(?![0-9])")]
    private static partial Regex UrlDate();

    [GeneratedRegex(@"\b(?<h>\d{1,2})(?::(?<m>\d\d))?\s*(?<ampm>[AaPp]\.?[Mm]\.?)(?:\s+(?<zone>[A-Z]{2,4})\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex ClockTime();
}
