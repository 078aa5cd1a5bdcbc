using Storyline.Annotate.Time;
using System.Globalization;
using System.Text.RegularExpressions;
using Storyline.Annotate.Figures;
using Storyline.Text;
using Storyline.Language;

namespace Storyline.Lab.Baselines.Recognizers;

/// <summary>
/// News and TimeBank conventions the recognizer does not follow: expressions it misses ("currently",
/// "the latest quarter", "year-earlier"), readings it gets wrong for news ("may" the verb, "6-year-old",
/// "a year ago" as a day), and span conventions ("by Dec. 15" is "Dec. 15").
/// </summary>
internal static partial class RecognizersNewsRules
{
    [GeneratedRegex(@"\bcurrently\b|\bthese days\b|\bnowadays\b|(?<!\bthen\s)\bcurrent\b(?!\s+(?:fiscal|calendar|year|years|quarter|quarters|month|months|week|weeks|period|season|half|decade|century)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Currently();

    [GeneratedRegex(@"\bthe (near |distant |immediate )?future\b(?!\s+of\b)|\bthe (near|short) term\b", RegexOptions.IgnoreCase)]
    private static partial Regex Future();

    [GeneratedRegex(@"\bthe past\b(?!\s+(few|several|many|couple|\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|year|month|week|day|decade|century|quarter|hour|half|spring|summer|fall|autumn|winter))|\brecent(?:\s+(?:years|months|weeks|days))?\b|(?<!\bthe\s+)\bpast\s+(?:years|decades)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastRef();

    [GeneratedRegex(@"\b(?:this\s+)?past\s+(?<season>spring|summer|fall|autumn|winter)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastSeason();

    [GeneratedRegex(@"\b(?:(?:the\s+)?(?:comparable\s+)?year-(?:earlier|ago)\s+(?:(?:first|second|third|fourth)\s+)?(?:quarter|period)|year-(?:earlier|ago))\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearEarlier();

    [GeneratedRegex(@"\b(?:the|that|this)\s+(?:latest\s+|most\s+recent\s+|same\s+)?quarter\b|\bthe\s+latest\s+period\b", RegexOptions.IgnoreCase)]
    private static partial Regex TheQuarter();

    [GeneratedRegex(@"^(?:by|in|until|till|since|on|at|from|within|before|after|during|for|over|through|throughout|as of|as (?:early|soon|late) as)\s+(?:the\s+(?=[A-Z]|\d|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b))?", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingPreposition();

    [GeneratedRegex(@"^(?<n>[\w-]+(?:\s+[\w-]+)?)\s+(?<unit>year|month|week|day)s?\s+(?:ago|earlier|before|later|after|previously|from now)$", RegexOptions.IgnoreCase)]
    private static partial Regex Ago();

    [GeneratedRegex(@"^(?:the\s+)?(?:(?:next|past|last|coming|previous|first|following)\s+)?(?<q>several|a few|few|many|some)\s+(?<unit>year|month|week|day|hour|minute|decade)s$", RegexOptions.IgnoreCase)]
    private static partial Regex VagueDuration();

    [GeneratedRegex(@"^last\s+(january|february|march|april|may|june|july|august|september|october|november|december)$", RegexOptions.IgnoreCase)]
    private static partial Regex LastMonth();

    [GeneratedRegex(@"T(NI|MO|AF|EV|DT)$")]
    private static partial Regex PartOfDay();

    [GeneratedRegex(@"(?:\b(?<month>january|february|march|april|may|june|july|august|september|october|november|december)\s+|\bthe\s+(?<season>winter|summer|spring|fall|autumn)\s+of\s+)?\bnineteen(?:\s+hundred(?:\s+and)?)?\s+(ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](one|two|three|four|five|six|seven|eight|nine)\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex SpokenYear();

    [GeneratedRegex(@"\b(?:(?:for|in|over|within|after|lasting|take|takes|took)\s+(?<unit>years|months|weeks|days|decades)|over\s+(?<unit>the\s+(?:years|months|weeks|decades)))\b", RegexOptions.IgnoreCase)]
    private static partial Regex BarePluralDuration();

    [GeneratedRegex(@"^(past|last|next|previous|coming|first|latest|following|same|early|late|end|beginning|middle|start|current|remainder|rest)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleKeeper();

    [GeneratedRegex(@"^\s+(ended|ending)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FiscalYearEnd();

    [GeneratedRegex(@"T\d\d$")]
    private static partial Regex HourOnly();

    [GeneratedRegex(@"^(the\s+)?(?:(?:early|mid-?|late)\s*)?(\d{3})0s$", RegexOptions.IgnoreCase)]
    private static partial Regex Decade();

    [GeneratedRegex(@"^\d{1,2}/\d{1,2}$")]
    private static partial Regex Fraction();

    [GeneratedRegex(@"\d:\d\d|o'clock|noon|midnight|morning|afternoon|evening|night|a\.m\.|p\.m\.|\bam\b|\bpm\b|tonight|\b(GMT|EST|EDT|PST|PT|ET|UTC)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClockCue();

    [GeneratedRegex(@"^(?:the\s+)?(?:coming|next|upcoming)\s+(?<unit>years|months|weeks|days|decades)$", RegexOptions.IgnoreCase)]
    private static partial Regex ComingPlural();

    [GeneratedRegex(@"^(?:the\s+)?(?<n>\d{1,2})(?:st|nd|rd|th)\s+century$", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalCentury();

    [GeneratedRegex(@"(?:\bthe\s+)?\b(?:early|late|mid)(?:-|\s+)$", RegexOptions.IgnoreCase)]
    private static partial Regex DecadePart();

    [GeneratedRegex(@"^(\d{4})-W(\d\d)-WE$")]
    private static partial Regex WeekendValue();

    [GeneratedRegex(@"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StartsWithWeekday();

    [GeneratedRegex(@"\G\s+(?:period|quarter)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearPeriod();

    [GeneratedRegex(@"^the\s+(?:(?:nineteen\s+)?(?<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)|['\u2019](?<digit>[2-9])0s)$", RegexOptions.IgnoreCase)]
    private static partial Regex DecadeWord();

    private static readonly string[] DecadeWords = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];

    [GeneratedRegex(@"(?:\bthe\s+)?\b(?:(?<first>first)\s+(?:half|two\s+quarters)|(?:second|last|latter)\s+(?:half|two\s+quarters))\s+of\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex HalfOf();

    [GeneratedRegex(@"\bthe\s+(?<unit>years|months|weeks|days)\s+ahead\b", RegexOptions.IgnoreCase)]
    private static partial Regex Ahead();

    [GeneratedRegex(@"(?<since>\bsince\s+)?\byear[- ]end\b(?![- ]+[a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex YearEnd();

    [GeneratedRegex(@"\b(?:several|a\s+few|many)(?:\s+(?<unit>quarters)|-(?<unit>year|month|week|day))\b", RegexOptions.IgnoreCase)]
    private static partial Regex VagueCount();

    [GeneratedRegex(@"^(?:in|within)\s+(?<m>(?:less|more|fewer)\s+than|over|under|nearly|almost|about|just|at\s+least|at\s+most)\s+(?<n>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex InModifiedDuration();

    [GeneratedRegex(@"^1/2[- ](?<unit>year|day|hour|minute)s?$", RegexOptions.IgnoreCase)]
    private static partial Regex HalfUnit();

    [GeneratedRegex(@"\bthe\s+year\s+two\s+thousand(?:(?:\s+and)?\s+(?<ones>one|two|three|four|five|six|seven|eight|nine|ten)\b)?", RegexOptions.IgnoreCase)]
    private static partial Regex SpokenMillennium();

    [GeneratedRegex(@"^(?:\d+\.\d|\d+\s+(?:million|billion)\b|a\s+second\s+(?!later|earlier|ago|before|after|or|and)[a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex NotATime();

    [GeneratedRegex(@"\b(?<n>[\w-]+)\s+(?:trading|business|working)\s+(?<unit>days|weeks)\b", RegexOptions.IgnoreCase)]
    private static partial Regex WorkingDays();

    [GeneratedRegex(@"\bat\s+(?<t>the\s+time)\b(?!\s+(?:of|when|that)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex AtTheTime();

    [GeneratedRegex(@"^(?:several|a\s+few|few|many|some|a\s+couple\s+of)\s+(?:years|months|weeks|decades)\s+(?:ago|earlier|before)$", RegexOptions.IgnoreCase)]
    private static partial Regex VagueAgo();

    [GeneratedRegex(@"^(?:some\s*day|one\s+day)$", RegexOptions.IgnoreCase)]
    private static partial Regex SomeDay();

    [GeneratedRegex(@"\b(?:will|would|could|might|may|can|shall|should|'ll)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ModalBefore();

    [GeneratedRegex(@"\b(?<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|\d+)\s+(?:additional|more|extra|further)\s+(?<unit>years?|months?|weeks?|days?|hours?|minutes?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AddedLength();

    [GeneratedRegex(@"\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b")]
    private static partial Regex LowerCaseMonth();

    [GeneratedRegex(@"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b")]
    private static partial Regex CapitalisedMonth();

    [GeneratedRegex(@"\bElection Day\b")]
    private static partial Regex ElectionDay();

    private static readonly string[] DroppedWords = ["previously", "annual", "annually", "quarterly", "once", "formerly", "then"];

    /// <summary>Adds rule-found expressions: those marked as overriding replace recognizer expressions they overlap; the others fill gaps only.</summary>
    public static void Apply(string text, TextSpan sentence, DateOnly? anchor, bool quarterlyReport, List<TimeExpression> found)
    {
        string piece = text.Substring(sentence.Start, sentence.Length);
        foreach (Match m in Currently().Matches(piece))
            Add(found, new TimeExpression(At(sentence, m), TimexType.Date, "PRESENT_REF", null), overrides: false);
        // "saying at the time he was willing": a past time the story spoke of before; TimeBank marks "the time"
        // PAST_REF (1 of 1; "at the time of/when …" is tied to an event and left alone); the recognizer finds nothing
        foreach (Match m in AtTheTime().Matches(piece))
        {
            var t = m.Groups["t"];
            Add(found, new TimeExpression(new TextSpan(sentence.Start + t.Index, t.Length), TimexType.Date, "PAST_REF", null), overrides: false);
        }
        foreach (Match m in Future().Matches(piece))
            Add(found, new TimeExpression(At(sentence, m), TimexType.Date, "FUTURE_REF", null), overrides: false);
        foreach (Match m in PastRef().Matches(piece))
        {
            // "recent weeks/months/days" is an unknown number of them in TimeBank (PXW…); "recent years" mostly PAST_REF
            bool coordinated = Regex.IsMatch(piece.AsSpan(m.Index + m.Length).ToString(), @"^\s+and\s+(years|months|weeks|days)\b");
            string? unit = coordinated ? null : m.Value.EndsWith("months", StringComparison.OrdinalIgnoreCase) ? "PXM"
                : m.Value.EndsWith("weeks", StringComparison.OrdinalIgnoreCase) ? "PXW"
                : m.Value.EndsWith("days", StringComparison.OrdinalIgnoreCase) ? "PXD" : null;
            Add(found, unit is null
                ? new TimeExpression(At(sentence, m), TimexType.Date, "PAST_REF", null)
                : new TimeExpression(At(sentence, m), TimexType.Duration, unit, null), overrides: true);
        }
        // "nineteen ninety-six" in broadcast transcripts: the recognizer stops at "nineteen ninety"
        foreach (Match m in SpokenYear().Matches(piece))
        {
            int tens = NumberWords.Read(m.Groups[1].Value, 0, LanguagePacks.English.Numbers)?.Value is double t ? (int)t : 0;
            int ones = m.Groups[2].Success && NumberWords.Read(m.Groups[2].Value, 0, LanguagePacks.English.Numbers)?.Value is double o ? (int)o : 0;
            string value = (1900 + tens + ones).ToString(CultureInfo.InvariantCulture);
            // "January nineteen ninety-seven" is a month, "the winter of nineteen ninety-four" a season
            if (m.Groups["month"].Success)
                value += "-" + DateTime.ParseExact(m.Groups["month"].Value, "MMMM", CultureInfo.InvariantCulture).Month.ToString("D2", CultureInfo.InvariantCulture);
            else if (m.Groups["season"].Success)
                value += "-" + m.Groups["season"].Value.ToLowerInvariant() switch { "winter" => "WI", "summer" => "SU", "spring" => "SP", _ => "FA" };
            Add(found, new TimeExpression(At(sentence, m), TimexType.Date, value, null), overrides: true);
        }
        // "the year two thousand" in broadcast transcripts: the recognizer reads "the year" as this year
        foreach (Match m in SpokenMillennium().Matches(piece))
        {
            int ones = m.Groups["ones"].Success && NumberWords.Read(m.Groups["ones"].Value, 0, LanguagePacks.English.Numbers)?.Value is double o2 ? (int)o2 : 0;
            Add(found, new TimeExpression(At(sentence, m), TimexType.Date, (2000 + ones).ToString(CultureInfo.InvariantCulture), null), overrides: true);
        }
        // "eight trading days": a length of days the recognizer misses because of the qualifier
        foreach (Match m in WorkingDays().Matches(piece))
            if (DurationOf(m.Groups["n"].Value + " " + m.Groups["unit"].Value) is { } days)
                Add(found, new TimeExpression(At(sentence, m), TimexType.Duration, days, null), overrides: false);
        // "an additional year", "20 more years": a length the recognizer misses because of the word in between
        // (TimeBank 2 of 2, valued as the plain length)
        foreach (Match m in AddedLength().Matches(piece))
            if (DurationOf(m.Groups["n"].Value + " " + m.Groups["unit"].Value) is { } added)
                Add(found, new TimeExpression(At(sentence, m), TimexType.Duration, added, null), overrides: false);
        // "the weeks ahead": an unspecified number of them, like "the coming weeks"
        foreach (Match m in Ahead().Matches(piece))
        {
            string value = m.Groups["unit"].Value.ToLowerInvariant() switch { "years" => "PXY", "months" => "PXM", "weeks" => "PXW", _ => "PXD" };
            Add(found, new TimeExpression(At(sentence, m), TimexType.Duration, value, null), overrides: true);
        }
        // "several quarters", "a several-year tenure": an unknown number of them, which the recognizer misses
        foreach (Match m in VagueCount().Matches(piece))
        {
            string value = "PX" + char.ToUpperInvariant(m.Groups["unit"].Value[0]);
            Add(found, new TimeExpression(At(sentence, m), TimexType.Duration, value, null), overrides: false);
        }
        // "for years", "within weeks": an unspecified number of them
        foreach (Match m in BarePluralDuration().Matches(piece))
        {
            var g = m.Groups["unit"];
            // "over the years": TimeBank keeps the article in the span
            string unit = g.Value.StartsWith("the", StringComparison.OrdinalIgnoreCase) ? g.Value[3..].TrimStart() : g.Value;
            string value = unit.ToLowerInvariant() switch { "years" => "PXY", "months" => "PXM", "weeks" => "PXW", "days" => "PXD", _ => "PXDE" };
            Add(found, new TimeExpression(new TextSpan(sentence.Start + g.Index, g.Length), TimexType.Duration, value, null), overrides: false);
        }
        if (anchor is { } a)
        {
            // "by year-end" is the last day of the publication year, "since year-end" of the year before
            // (TimeBank 2 of 4 valued so, the other two the year and its December; "year-end net" is no expression)
            foreach (Match m in YearEnd().Matches(piece))
            {
                int year = m.Groups["since"].Success ? a.Year - 1 : a.Year;
                var span = new TextSpan(sentence.Start + m.Index + m.Groups["since"].Length, m.Length - m.Groups["since"].Length);
                Add(found, new TimeExpression(span, TimexType.Date, $"{year:D4}-12-31", new DateOnly(year, 12, 31)), overrides: true);
            }
            // "this past spring": the latest one begun by the publication date (the recognizer says the year before's)
            foreach (Match m in PastSeason().Matches(piece))
            {
                var (code, startMonth) = m.Groups["season"].Value.ToLowerInvariant() switch
                {
                    "spring" => ("SP", 3), "summer" => ("SU", 6), "winter" => ("WI", 12), _ => ("FA", 9),
                };
                int year = a.Month >= startMonth ? a.Year : a.Year - 1;
                Add(found, new TimeExpression(At(sentence, m), TimexType.Date, $"{year:D4}-{code}", null), overrides: true);
            }
            // "from now to Election Day": the US general election, the Tuesday after the first Monday of November,
            // the next one unless the clause is in the past tense
            foreach (Match m in ElectionDay().Matches(piece))
            {
                var span = At(sentence, m);
                var day = ElectionDayOf(a.Year);
                bool past = RecognizersTenseDetector.Detect(text, sentence, span) == Tense.Past;
                if (day < a && !past) day = ElectionDayOf(a.Year + 1);
                else if (day > a && past) day = ElectionDayOf(a.Year - 1);
                Add(found, new TimeExpression(span, TimexType.Date, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), day), overrides: true);
            }
            var (qYear, q) = ReportedQuarter(text, a);
            foreach (Match m in TheQuarter().Matches(piece))
                Add(found, new TimeExpression(At(sentence, m), TimexType.Date, $"{qYear:D4}-Q{q}", null), overrides: true);
            bool quarterly = quarterlyReport || piece.Contains("quarter", StringComparison.OrdinalIgnoreCase);
            foreach (Match m in YearEarlier().Matches(piece))
            {
                string value = quarterly || m.Value.Contains("quarter", StringComparison.OrdinalIgnoreCase) || m.Value.Contains("period", StringComparison.OrdinalIgnoreCase)
                    ? $"{qYear - 1:D4}-Q{q}" : (a.Year - 1).ToString("D4", CultureInfo.InvariantCulture);
                Add(found, new TimeExpression(At(sentence, m), TimexType.Date, value, null), overrides: true);
            }
        }
    }

    /// <summary>Corrects one recognizer expression to the news convention, or drops it (null).</summary>
    public static TimeExpression? Fix(string text, TextSpan sentence, TimeExpression e, DateOnly? anchor, bool quarterlyReport)
    {
        string s = text.Substring(e.Span.Start, e.Span.Length);

        // not time expressions: "may" the verb, "prices fall", "6-year-old", "Jan Kavan", "7/8", "one five"
        if (s is "may" or "march" or "fall" or "spring") return null;
        // "arrested at this march": a month is written with a capital; a lower-case one is a noun or a verb (no
        // lower-case month is marked in the TempEval-3 training file)
        if (LowerCaseMonth().IsMatch(s) && !CapitalisedMonth().IsMatch(s)) return null;
        if (Array.Exists(DroppedWords, w => s.Equals(w, StringComparison.OrdinalIgnoreCase))) return null;
        if (e.Span.End < text.Length && text.AsSpan(e.Span.End).StartsWith("-old", StringComparison.Ordinal)) return null;
        // "Mr. Smith, 52 years old": an age (never annotated in the TempEval-3 training file, 4 of 4)
        if (e.Type == TimexType.Duration && e.Span.End < text.Length && Regex.IsMatch(text.AsSpan(e.Span.End, Math.Min(5, text.Length - e.Span.End)).ToString(), @"^\s+old\b"))
            return null;
        if (s == "Jan" && e.Span.End + 1 < text.Length && text[e.Span.End] == ' ' && char.IsUpper(text[e.Span.End + 1])) return null;
        if (Fraction().IsMatch(s)) return null;
        // stock-index levels and counts, not dates: "close at 2082.1", "14 million shares", "a second group"
        // (none of 8 decimals, 686 "<n> million/billion" and 2 "a second <noun>" in the TempEval-3 training file is marked)
        if (NotATime().IsMatch(text.AsSpan(e.Span.Start, Math.Min(e.Span.Length + 12, text.Length - e.Span.Start)).ToString())) return null;
        // "2 1/2 years": the recognizer reads only "1/2 years" (P0.5Y); TIMEX3 writes two and a half years P2Y6M
        if (e.Type == TimexType.Duration && HalfUnit().Match(s) is { Success: true } halfUnit && e.Span.Start >= 2 && text[e.Span.Start - 1] == ' ')
        {
            int k = e.Span.Start - 1;
            while (k > 0 && char.IsAsciiDigit(text[k - 1])) k--;
            if (k < e.Span.Start - 1 && int.TryParse(text.AsSpan(k, e.Span.Start - 1 - k), NumberStyles.None, CultureInfo.InvariantCulture, out int units))
            {
                string? value = halfUnit.Groups["unit"].Value.ToLowerInvariant() switch
                {
                    "year" => $"P{units}Y6M", "day" => $"P{units}DT12H", "hour" => $"PT{units}H30M", "minute" => $"PT{units}M30S", _ => null,
                };
                if (value is not null) return e with { Span = TextSpan.FromBounds(k, e.Span.End), Value = value };
            }
        }
        // ABC's "This Week": a title-cased "This Week" inside a sentence names the programme, not a week
        if (s == "This Week" && e.Span.Start > sentence.Start) return null;
        // "in less than one hour": the recognizer reads a clock time an hour from now; TimeBank the length of time,
        // its modifier kept in the span
        var within = InModifiedDuration().Match(s);
        if (within.Success && DurationOf(within.Groups["n"].Value) is { } modified)
            return e with { Span = TextSpan.FromBounds(e.Span.Start + within.Groups["m"].Index, e.Span.End), Type = TimexType.Duration, Value = modified, Date = null };
        if (e.Type == TimexType.Time && !ClockCue().IsMatch(s)) return null;

        // "by Dec. 15" -> "Dec. 15": TimeBank leaves the preposition out of the expression
        var lead = LeadingPreposition().Match(s);
        if (lead.Success && lead.Length < s.Length)
        {
            string preposition = lead.Value.Trim().ToLowerInvariant();
            e = e with { Span = TextSpan.FromBounds(e.Span.Start + lead.Length, e.Span.End) };
            s = s[lead.Length..];
            // "in two weeks", "within 72 hours": the length of time
            if ((preposition.StartsWith("in", StringComparison.Ordinal) || preposition == "within") && DurationOf(s) is { } d)
                return e with { Type = TimexType.Duration, Value = d, Date = null };
        }
        // "the fiscal first quarter": the fiscal qualifier belongs to the expression
        if (e.Span.Start >= 7 && Regex.IsMatch(text.AsSpan(e.Span.Start - 7, 7).ToString(), @"^fiscal[ -]$", RegexOptions.IgnoreCase))
            e = e with { Span = TextSpan.FromBounds(e.Span.Start - 7, e.Span.End) };
        if (e.Span.Start >= 4 && text.AsSpan(e.Span.Start - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase)
            && text.AsSpan(e.Span.Start).StartsWith("fiscal", StringComparison.OrdinalIgnoreCase))
            e = e with { Span = TextSpan.FromBounds(e.Span.Start - 4, e.Span.End) };
        // "the past three years", "the nine months", "the end of 1990", "the 1988 third quarter": TimeBank keeps the article
        if (e.Span.Start >= 4 && text.AsSpan(e.Span.Start - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase)
            && (ArticleKeeper().IsMatch(s) || (e.Type == TimexType.Duration && NumberWords.Read(s, 0, LanguagePacks.English.Numbers) is { Article: false })
                || (char.IsAsciiDigit(s[0]) && (s.Contains("quarter", StringComparison.OrdinalIgnoreCase) || s.Contains("period", StringComparison.OrdinalIgnoreCase)))))
        {
            e = e with { Span = TextSpan.FromBounds(e.Span.Start - 4, e.Span.End) };
            s = text.Substring(e.Span.Start, e.Span.Length);
        }
        // "the first nine months"
        if (e.Type == TimexType.Duration && e.Span.Start >= 10 && Regex.IsMatch(text.AsSpan(Math.Max(0, e.Span.Start - 11), Math.Min(11, e.Span.Start)).ToString(), @"\bthe (first|latest) $", RegexOptions.IgnoreCase))
        {
            int at = text.LastIndexOf("the ", e.Span.Start - 1, Math.Min(11, e.Span.Start), StringComparison.OrdinalIgnoreCase);
            if (at >= 0) e = e with { Span = TextSpan.FromBounds(at, e.Span.End) };
        }

        // "the year ended March 31": a period that ended is over, so its end date is on or before the publication date
        // (all 20 "ended <month-day>" dates in the TempEval-3 training file); the nearest reading may be next year's
        if (anchor is { } a9 && e.Date is { } end && end > a9 && !Regex.IsMatch(s, @"\d{4}")
            && Regex.IsMatch(text.AsSpan(Math.Max(0, e.Span.Start - 8), Math.Min(8, e.Span.Start)).ToString(), @"\bended\s+$", RegexOptions.IgnoreCase))
        {
            var earlier = end.AddYears(-1);
            string rest = e.Value.Length > 10 ? e.Value[10..] : "";
            return e with { Value = earlier.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + rest, Date = earlier };
        }
        // "the 1988 period", "the 1989 quarter" in an earnings report: the reported quarter of that year (TimeBank 3 of 4)
        if (anchor is { } a7 && s.Length == 4 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out int year7)
            && e.Span.Start >= 4 && text.AsSpan(e.Span.Start - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase)
            && YearPeriod().Match(text, e.Span.End) is { Success: true } period && period.Index == e.Span.End)
        {
            var (_, rq) = ReportedQuarter(text, a7);
            return e with { Span = TextSpan.FromBounds(e.Span.Start - 4, period.Index + period.Length), Value = $"{year7:D4}-Q{rq}", Date = null };
        }
        // "the last half of 1989", "the first two quarters of 1990": a half year (1989-H2), span included
        if (s.Length == 4 && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out int year10) && e.Span.Start > 0)
        {
            int from = Math.Max(0, e.Span.Start - 32);
            var half = HalfOf().Match(text.Substring(from, e.Span.Start - from));
            if (half.Success)
            {
                int h = half.Groups["first"].Success ? 1 : 2;
                return e with { Span = TextSpan.FromBounds(from + half.Index, e.Span.End), Value = $"{year10:D4}-H{h}", Date = null };
            }
        }
        // "the full year" is the current year, not a length of time (TimeBank 2 of 2)
        if (anchor is { } a8 && s.Equals("full year", StringComparison.OrdinalIgnoreCase)
            && e.Span.Start >= 4 && text.AsSpan(e.Span.Start - 4, 4).Equals("the ", StringComparison.OrdinalIgnoreCase))
            return e with { Span = TextSpan.FromBounds(e.Span.Start - 4, e.Span.End), Type = TimexType.Date, Value = a8.Year.ToString("D4", CultureInfo.InvariantCulture), Date = null };
        // "mid-afternoon": TIMEX3 has no clock time for it, only the part of day
        if (e.Type == TimexType.Time && Regex.IsMatch(s, @"^mid[- ]?afternoon\b", RegexOptions.IgnoreCase) && e.Value.Length >= 10)
            return e with { Value = e.Value[..10] + "TAF" };
        // "three days later": TimeBank marks the length "three days" (DURATION), not the day it leads to
        if (Regex.Match(s, @"^(?<len>.+?)\s+later$", RegexOptions.IgnoreCase) is { Success: true } later)
        {
            string length = later.Groups["len"].Value;
            string? d3 = DurationOf(length) ?? (VagueDuration().Match(length) is { Success: true } v
                ? "P" + (v.Groups["unit"].Value.ToLowerInvariant() switch { "hour" => "TXH", "minute" => "TXM", "decade" => "XDE", var u => "X" + char.ToUpperInvariant(u[0]) })
                : null);
            if (d3 is not null)
                return e with { Span = new TextSpan(e.Span.Start, length.Length), Type = TimexType.Duration, Value = d3, Date = null };
        }
        // "will one day be", "some day": an unstated time ahead, not a day's length (TimeBank: "will one day be" FUTURE_REF;
        // the recognizer says P1D, and reads "some day" as three days)
        if (SomeDay().IsMatch(s) && (s.StartsWith("some", StringComparison.OrdinalIgnoreCase)
            || ModalBefore().IsMatch(text.AsSpan(Math.Max(sentence.Start, e.Span.Start - 12), e.Span.Start - Math.Max(sentence.Start, e.Span.Start - 12)).ToString())))
            return e with { Type = TimexType.Date, Value = "FUTURE_REF", Date = null };
        // "several years ago", "a few months ago": an unstated number of units back is no particular year or month;
        // TIMEX3 writes the vague past (TimeBank: "several years ago" PAST_REF; the recognizer counts three)
        if (e.Type == TimexType.Date && VagueAgo().IsMatch(s))
            return e with { Value = "PAST_REF", Date = null };
        // "a day earlier", "two weeks earlier": like "three days later", the length back from the story's last time,
        // which TimeBank marks as the duration (1 of 1, span kept whole); "a year earlier" stays a date (earnings convention)
        if (Regex.Match(s, @"^(?<len>.+?)\s+earlier$", RegexOptions.IgnoreCase) is { Success: true } lengthBack
            && Regex.IsMatch(lengthBack.Groups["len"].Value, @"\b(?:days?|weeks?|hours?|minutes?)$", RegexOptions.IgnoreCase)
            && DurationOf(lengthBack.Groups["len"].Value) is { } d4)
            return e with { Type = TimexType.Duration, Value = d4, Date = null };
        // "two years ago" is a year, "two months ago" a month: the unit sets the granularity
        if (anchor is { } a && e.Date is { } day && Ago().Match(s) is { Success: true } ago)
        {
            string unit = ago.Groups["unit"].Value.ToLowerInvariant();
            bool quarterly = quarterlyReport || text.AsSpan(sentence.Start, sentence.Length).Contains("quarter", StringComparison.OrdinalIgnoreCase);
            if (unit == "year")
            {
                if (quarterly && Regex.IsMatch(s, @"^(a|one)\s", RegexOptions.IgnoreCase))
                {
                    var (qy, q) = ReportedQuarter(text, a);
                    return e with { Value = $"{qy - 1:D4}-Q{q}", Date = null };
                }
                return e with { Value = day.Year.ToString("D4", CultureInfo.InvariantCulture), Date = null };
            }
            if (unit == "month") return e with { Value = day.ToString("yyyy-MM", CultureInfo.InvariantCulture), Date = null };
        }
        // "last June" in a November article is this year's June; the recognizer takes last year's
        if (anchor is { } a3 && LastMonth().Match(s) is { Success: true } lm
            && DateTime.TryParseExact(lm.Groups[1].Value, "MMMM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            int year = month.Month < a3.Month ? a3.Year : a3.Year - 1;
            return e with { Value = $"{year:D4}-{month.Month:D2}", Date = null };
        }
        // "the year ended March 31" is a fiscal year: a length of time in TimeBank
        if (s.Equals("the year", StringComparison.OrdinalIgnoreCase) && FiscalYearEnd().IsMatch(text.AsSpan(e.Span.End, Math.Min(10, text.Length - e.Span.End)).ToString()))
            return e with { Type = TimexType.Duration, Value = "P1Y", Date = null };
        // "several years": an unknown number of years
        if (e.Type == TimexType.Duration && VagueDuration().Match(s) is { Success: true } vague)
            return e with { Value = "P" + (vague.Groups["unit"].Value.ToLowerInvariant() switch
            {
                "hour" => "TXH", "minute" => "TXM", "decade" => "XDE", var u => "X" + char.ToUpperInvariant(u[0]),
            }) };
        // "the coming weeks": an unknown number of weeks (the recognizer says one)
        if (e.Type == TimexType.Duration && ComingPlural().Match(s) is { Success: true } coming)
            return e with { Value = coming.Groups["unit"].Value.ToLowerInvariant() switch
            {
                "years" => "PXY", "months" => "PXM", "weeks" => "PXW", "days" => "PXD", _ => "PXDE",
            } };
        // "the 20th century" is the hundred years 19xx: TIMEX3 writes the two leading digits
        if (OrdinalCentury().Match(s) is { Success: true } century && int.Parse(century.Groups["n"].Value, CultureInfo.InvariantCulture) is >= 1 and <= 30 and var n)
            return e with { Type = TimexType.Date, Value = (n - 1).ToString("D2", CultureInfo.InvariantCulture), Date = null };
        // fiscal years: "fiscal 1989" is 1989; "the current fiscal year" this year; "the fiscal year" (ended …) a length of time
        if (e.Value.StartsWith("FY", StringComparison.Ordinal))
        {
            if (e.Value.Length == 6 && char.IsAsciiDigit(e.Value[2])) return e with { Value = e.Value[2..] };
            if (anchor is { } a5 && Regex.IsMatch(s, @"\b(current|this)\b", RegexOptions.IgnoreCase))
                return e with { Value = a5.Year.ToString("D4", CultureInfo.InvariantCulture) };
            return e with { Type = TimexType.Duration, Value = "P1Y", Date = null };
        }
        // "the weekend" without a future cue is the one just past (TimeBank: 4 of 5 on Monday documents)
        if (anchor is { } a6 && WeekendValue().IsMatch(e.Value) && !Regex.IsMatch(s, @"\b(next|this|coming)\b", RegexOptions.IgnoreCase)
            && RecognizersTenseDetector.Detect(text, sentence, e.Span) != Tense.Future)
        {
            int back = a6.DayOfWeek switch { DayOfWeek.Saturday => 0, DayOfWeek.Sunday => 1, var dw => (int)dw + 1 };
            var saturday = a6.AddDays(-back).ToDateTime(TimeOnly.MinValue);
            return e with { Value = $"{ISOWeek.GetYear(saturday):D4}-W{ISOWeek.GetWeekOfYear(saturday):D2}-WE", Date = null };
        }
        // "Sunday night", "Thursday morning", "tonight": TimeBank and AQUAINT mostly give the day (2000-04-16), not
        // 2000-04-16TNI; "Friday evening" keeps its part of day (TEV in all 3 gold cases, TimeBank and AQUAINT)
        if (e.Type == TimexType.Time && e.Date is { } d2 && PartOfDay().IsMatch(e.Value) && !e.Value.EndsWith("TEV", StringComparison.Ordinal)
            && (StartsWithWeekday().IsMatch(s) || s.Equals("tonight", StringComparison.OrdinalIgnoreCase)))
            return e with { Type = TimexType.Date, Value = d2.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        // TimeBank writes clock times with minutes: 1998-02-11T22:00
        if (e.Type == TimexType.Time && HourOnly().IsMatch(e.Value))
            e = e with { Value = e.Value + ":00" };
        // "the summer" is this year's
        if (anchor is { } a4 && e.Value is "SP" or "SU" or "FA" or "WI")
            e = e with { Value = $"{a4.Year:D4}-{e.Value}" };
        // "the late 1970s", "the mid-1990s": the part of the decade belongs to the expression, valued as the decade 197
        if (Decade().Match(s) is { Success: true } whole && e.Span.Start > 0)
        {
            int from = Math.Max(0, e.Span.Start - 12);
            var part = DecadePart().Match(text.Substring(from, e.Span.Start - from));
            if (part.Success)
            {
                // with the article TimeBank writes the decade 197 ("the 1990s" below), without it 197X
                bool article = part.Value.StartsWith("the", StringComparison.OrdinalIgnoreCase);
                return e with { Span = TextSpan.FromBounds(from + part.Index, e.Span.End), Type = TimexType.Date, Value = whole.Groups[2].Value + (article ? "" : "X"), Date = null };
            }
        }
        // "the nineties", "the '80s": the decade 199, 198 (the recognizer reads ten years)
        if (DecadeWord().Match(s) is { Success: true } word)
        {
            int digit = word.Groups["word"].Success
                ? Array.IndexOf(DecadeWords, word.Groups["word"].Value.ToLowerInvariant()) + 2
                : word.Groups["digit"].Value[0] - '0';
            return e with { Type = TimexType.Date, Value = "19" + digit.ToString(CultureInfo.InvariantCulture), Date = null };
        }
        // "the 1990s" -> 199, "1980s" -> 198X (both TimeBank forms for a decade)
        if (Decade().Match(s) is { Success: true } dec)
            return e with { Type = TimexType.Date, Value = dec.Groups[2].Value + (dec.Groups[1].Success ? "" : "X"), Date = null };
        return e;
    }

    /// <summary>"72 hours" -> PT72H, "two weeks" -> P2W, "a month" -> P1M; null when the text is not a number and a unit.</summary>
    internal static string? DurationOf(string s)
    {
        if (NumberWords.Read(s, 0, LanguagePacks.English.Numbers) is not { } n) return null;
        int i = n.End;
        while (i < s.Length && s[i] is ' ' or '-') i++;
        var unit = NumberWords.WordAt(s, i)?.ToLowerInvariant().TrimEnd('s');
        string number = n.Value.ToString(CultureInfo.InvariantCulture);
        return unit switch
        {
            "year" => $"P{number}Y", "month" => $"P{number}M", "week" => $"P{number}W", "day" => $"P{number}D",
            "hour" => $"PT{number}H", "minute" => $"PT{number}M", "decade" => $"P{number}DE",
            _ => null,
        };
    }

    /// <summary>
    /// The quarter an earnings report is about: the first quarter it names by ordinal ("third-quarter profit",
    /// "the fiscal first quarter"), the latest such quarter begun by the anchor; else the last one that ended.
    /// "The quarter" and "a year ago" refer to it.
    /// </summary>
    internal static (int Year, int Quarter) ReportedQuarter(string text, DateOnly anchor)
    {
        var m = OrdinalQuarter().Match(text);
        if (!m.Success) return PreviousQuarter(anchor);
        int q = m.Groups[1].Value.ToLowerInvariant() switch { "first" => 1, "second" => 2, "third" => 3, _ => 4 };
        int startMonth = 3 * (q - 1) + 1;
        return (startMonth <= anchor.Month ? anchor.Year : anchor.Year - 1, q);
    }

    [GeneratedRegex(@"\b(first|second|third|fourth)[- ](?:fiscal[- ])?quarter\b", RegexOptions.IgnoreCase)]
    private static partial Regex OrdinalQuarter();

    /// <summary>The Tuesday after the first Monday of November of <paramref name="year"/>.</summary>
    internal static DateOnly ElectionDayOf(int year)
    {
        var first = new DateOnly(year, 11, 1);
        int toMonday = ((int)DayOfWeek.Monday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(toMonday + 1);
    }

    /// <summary>The last quarter that ended before <paramref name="anchor"/>: what "the quarter" means in an earnings report.</summary>
    internal static (int Year, int Quarter) PreviousQuarter(DateOnly anchor)
    {
        int q = (anchor.Month - 1) / 3; // current quarter, zero-based
        return q == 0 ? (anchor.Year - 1, 4) : (anchor.Year, q);
    }

    private static TextSpan At(TextSpan sentence, Match m) => new(sentence.Start + m.Index, m.Length);

    private static void Add(List<TimeExpression> found, TimeExpression e, bool overrides)
    {
        if (overrides)
            found.RemoveAll(f => f.Span.Overlaps(e.Span));
        else if (found.Exists(f => f.Span.Overlaps(e.Span)))
            return;
        found.Add(e);
    }
}
