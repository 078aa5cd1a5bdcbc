using Storyline.Annotate.Time;
using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.Recognizers.Text;
using Storyline.Text;

namespace Storyline.Lab.Baselines.Recognizers;

/// <summary>
/// The time tagger built on Microsoft.Recognizers.Text, kept as the baseline the own engine
/// (<see cref="TimexTagger"/>) is measured against: the evaluation's <c>recognizers</c> row and the agreement test.
/// The product pipeline does not call it. Microsoft.Recognizers.Text proposes expressions and readings
/// sentence by sentence (under a process-wide lock), <see cref="RecognizersNormalizer"/> maps them to TimeBank's
/// TIMEX3 conventions choosing past or future by tense, and <see cref="RecognizersNewsRules"/> adds what the
/// recognizer misses or gets wrong. Self-contained (this folder only) so that it can move to a lab project whole.
/// </summary>
public static partial class RecognizersTimexTagger
{
    // Words without which a sentence holds no expression the recognizer finds: skipping the others saves most of
    // its cost (measured in docs/time-and-figures.md) without changing the TempEval-3 scores.
    [System.Text.RegularExpressions.GeneratedRegex(@"\d|\b(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|century|centuries|quarters?|now|today|tonight|yesterday|tomorrow|ago|recent|recently|current|currently|future|past|present|previous|previously|soon|later|earlier|early|late|once|then|season|spring|summer|fall|autumn|winter|weekend|weekly|daily|monthly|annual|annually|yearly|quarterly|hourly|morning|afternoon|evening|night|nights|noon|midnight|dawn|dusk|time|times|period|moment|monday|tuesday|wednesday|thursday|friday|saturday|sunday|jan|feb|mar|apr|(?-i:May)|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|christmas|easter|thanksgiving|halloween|new year|ramadan|holiday|fiscal|o'clock|annually|biannual|fortnight|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|nineteen|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex TemporalCue();

    // Any fixed day serves when no anchor is known: values that depend on it are made underspecified.
    private static readonly DateTime Placeholder = new(2000, 6, 15);

    /// <summary>Tags every sentence of <paramref name="text"/>, anchored at <paramref name="anchor"/> (the publication date) when known.</summary>
    public static ImmutableArray<TimeExpression> Tag(string text, IEnumerable<TextSpan> sentences, DateOnly? anchor)
    {
        var result = ImmutableArray.CreateBuilder<TimeExpression>();
        bool quarterly = IsQuarterlyReport(text);
        foreach (var sentence in sentences)
            TagSentence(text, sentence, anchor, result, quarterly);
        AnchorToNarrative(text, result);
        return result.ToImmutable();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:later|earlier)\s+)?(?<rel>that|the following)\s+year$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex NarrativeYear();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:later|earlier)\s+)?(?:(?<rel>that)|the\s+(?<rel>following|next|previous|preceding|prior|same))\s+(?<unit>month|day)$|^the\s+(?<unit>day)\s+(?<rel>before|after)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex NarrativeMonthOrDay();

    [System.Text.RegularExpressions.GeneratedRegex(@"^the\s+(?<rel>following|previous|preceding|prior)\s+(?<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex NarrativeWeekday();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:the\s+)?(?<part>morning|afternoon|evening|night)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex BarePartOfDay();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b\d{4}\b")]
    private static partial System.Text.RegularExpressions.Regex WrittenYear();

    /// <summary>
    /// "that year", "the following month", "the day before", "the previous Friday" refer to the story's last
    /// mentioned time ("in June 1998 … later that year", "Oct. 26 … the previous Friday"), not the publication date:
    /// TIMEX3 anchors them on the previous expression (years: 3 of 4 in the TempEval-3 training file; TimeBank's
    /// "the following month" after March and "the previous Friday" after a Thursday night, 2 of 2). Deictic forms
    /// without the article ("next month", "last Friday") stay on the publication date.
    /// </summary>
    private static void AnchorToNarrative(string text, ImmutableArray<TimeExpression>.Builder found)
    {
        int? lastYear = null;
        (int Year, int Month)? lastMonth = null;
        DateOnly? lastDay = null;
        for (int i = 0; i < found.Count; i++)
        {
            var e = found[i];
            string s = text.Substring(e.Span.Start, e.Span.Length);
            if (NarrativeYear().Match(s) is { Success: true } m)
            {
                if (lastYear is { } y && e.Type == TimexType.Date)
                {
                    int year = m.Groups["rel"].Value.Equals("that", StringComparison.OrdinalIgnoreCase) ? y : y + 1;
                    found[i] = e with { Value = year.ToString("D4", CultureInfo.InvariantCulture), Date = null };
                }
                continue;
            }
            if (e.Type == TimexType.Date && NarrativeMonthOrDay().Match(s) is { Success: true } md)
            {
                int shift = md.Groups["rel"].Value.ToLowerInvariant() switch
                {
                    "following" or "next" or "after" => 1, "previous" or "preceding" or "prior" or "before" => -1, _ => 0,
                };
                bool month = md.Groups["unit"].Value.Equals("month", StringComparison.OrdinalIgnoreCase);
                if (month && lastMonth is { } lm)
                {
                    var first = new DateOnly(lm.Year, lm.Month, 1).AddMonths(shift);
                    found[i] = e with { Value = first.ToString("yyyy-MM", CultureInfo.InvariantCulture), Date = null };
                    lastMonth = (first.Year, first.Month);
                }
                else if (!month && lastDay is { } ld)
                {
                    var day = ld.AddDays(shift);
                    found[i] = e with { Value = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Date = day };
                    lastDay = day;
                }
                continue;
            }
            // "in the morning", "the night": a part of the day the story is telling, not of the publication day
            if (e.Type == TimexType.Time && BarePartOfDay().Match(s) is { Success: true } part)
            {
                if (lastDay is { } ld)
                {
                    string code = part.Groups["part"].Value.ToLowerInvariant() switch { "morning" => "TMO", "afternoon" => "TAF", "evening" => "TEV", _ => "TNI" };
                    found[i] = e with { Value = ld.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + code, Date = ld };
                }
                continue;
            }
            if (e.Type == TimexType.Date && NarrativeWeekday().Match(s) is { Success: true } wd)
            {
                if (lastDay is { } ld && Enum.TryParse<DayOfWeek>(wd.Groups["day"].Value, ignoreCase: true, out var weekday))
                {
                    bool forward = wd.Groups["rel"].Value.Equals("following", StringComparison.OrdinalIgnoreCase);
                    int gap = forward ? ((int)weekday - (int)ld.DayOfWeek + 7) % 7 : ((int)ld.DayOfWeek - (int)weekday + 7) % 7;
                    if (gap == 0) gap = 7;
                    var day = ld.AddDays(forward ? gap : -gap);
                    found[i] = e with { Value = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Date = day };
                    lastDay = day;
                }
                continue;
            }
            if (e.Value.Length >= 4 && int.TryParse(e.Value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int written))
            {
                if (WrittenYear().Match(s) is { Success: true } w && w.Value == e.Value[..4]) lastYear = written;
                if (e.Type is TimexType.Date or TimexType.Time && e.Value.Length >= 7 && e.Value[4] == '-'
                    && int.TryParse(e.Value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int mo) && mo is >= 1 and <= 12)
                    lastMonth = (written, mo);
                if (e.Date is { } d) lastDay = d;
            }
        }
    }

    /// <summary>Tags one sentence, appending to <paramref name="output"/> in text order.</summary>
    public static void TagSentence(string text, TextSpan sentence, DateOnly? anchor, ICollection<TimeExpression> output, bool quarterlyReport = false)
    {
        if (sentence.Length > RecognizersSettings.MaxSentenceChars)
            sentence = new TextSpan(sentence.Start, RecognizersSettings.MaxSentenceChars);
        var found = new List<TimeExpression>();
        string piece = text.Substring(sentence.Start, sentence.Length);
        var reference = anchor?.ToDateTime(TimeOnly.MinValue) ?? Placeholder;
        var results = TemporalCue().IsMatch(piece) ? RecognizerModels.ParseDateTime(piece, reference) : [];
        foreach (var r in results)
        {
            var span = new TextSpan(sentence.Start + r.Start, r.End - r.Start + 1);
            if (span.End > sentence.End || span.Length <= 0) continue;
            if (SplitRange(text, sentence, span, reference, anchor, quarterlyReport, found)) continue;
            if (FromRecognizer(text, sentence, span, r, anchor, quarterlyReport) is { } expression)
            {
                if (!ReadWithoutStrayNumbers(text, sentence, span, r, reference, anchor, quarterlyReport, found))
                    found.Add(expression);
            }
            else
                ReadInnerDate(text, sentence, span, reference, anchor, quarterlyReport, found);
        }
        RecognizersNewsRules.Apply(text, sentence, anchor, quarterlyReport, found);
        found.Sort((a, b) => a.Span.CompareTo(b.Span));
        MergeClockAndDay(text, found);
        for (int i = 0; i < found.Count; i++)
            if (PrenominalWithArticle().Match(text, found[i].Span.Start, found[i].Span.Length) is { Success: true } m)
                found[i] = found[i] with { Span = TextSpan.FromBounds(found[i].Span.Start + m.Groups["rest"].Index - m.Index, found[i].Span.End) };
        IncludeOrSo(text, sentence, anchor, found);
        foreach (var e in found) output.Add(e);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s+or\s+so\b(?<ago>\s+ago\b)?", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex OrSo();

    [System.Text.RegularExpressions.GeneratedRegex(@"^P(?<n>\d+)(?<u>[DWMY])$")]
    private static partial System.Text.RegularExpressions.Regex SimpleLength();

    // a clock time in a TIMEX value ("2024-03-05T14:00", "XXXX-XX-XXT10"), not a length's time part ("PT3H")
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<!P)T\d")]
    private static partial System.Text.RegularExpressions.Regex ClockValue();

    /// <summary>
    /// "the next year or so", "a week or so ago": TimeBank keeps the approximation in the expression (3 of 3), and
    /// with "ago" the whole is the point that far back from the publication date, as "a week ago" would be.
    /// </summary>
    private static void IncludeOrSo(string text, TextSpan sentence, DateOnly? anchor, List<TimeExpression> found)
    {
        for (int i = 0; i < found.Count; i++)
        {
            var e = found[i];
            var m = OrSo().Match(text, e.Span.End, sentence.End - e.Span.End);
            if (!m.Success || (i + 1 < found.Count && found[i + 1].Span.Start < m.Index + m.Length)) continue;
            var span = TextSpan.FromBounds(e.Span.Start, m.Index + m.Length);
            if (!m.Groups["ago"].Success)
            {
                found[i] = e with { Span = span };
                continue;
            }
            if (e.Type != TimexType.Duration || anchor is not { } a) continue;
            var d = SimpleLength().Match(e.Value);
            if (!d.Success) continue;
            int n = int.Parse(d.Groups["n"].Value, CultureInfo.InvariantCulture);
            string unit = d.Groups["u"].Value;
            if (unit is "D" or "W")
            {
                var day = a.AddDays(-n * (unit == "W" ? 7 : 1));
                found[i] = e with { Span = span, Type = TimexType.Date, Value = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Date = day };
            }
            else
                found[i] = e with
                {
                    Span = span, Type = TimexType.Date, Date = null,
                    Value = unit == "M" ? a.AddMonths(-n).ToString("yyyy-MM", CultureInfo.InvariantCulture) : (a.Year - n).ToString("D4", CultureInfo.InvariantCulture),
                };
        }
    }

    /// <summary>
    /// "the eight-year war", "the third-quarter loss", "the fiscal second-quarter": a hyphenated length or quarter
    /// used as an adjective. The article belongs to the noun after it, and TimeBank leaves it out (8 of 8).
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^the\s+(?<rest>(?:fiscal[- ])?[\w]+-(?:year|day|week|month|hour|minute|quarter))$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PrenominalWithArticle();

    [System.Text.RegularExpressions.GeneratedRegex(@"\d:\d\d|\d\s*[ap]\.?m\b|o'clock|\bnoon\b|\bmidnight\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ClockMarker();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:\d+(?:[.,]\d+)*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\b)(?![\s-]*(?:(?:one|two|three|four|five|six|seven|eight|nine)\b[\s-]*)?(?:hours?|minutes?|seconds?|days?|weeks?|months?|years?|decades?)\b)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex StrayNumber();

    /// <summary>
    /// "eased to 2.9 percent last month from 3", "this evening, one more trip": the recognizer reads a number
    /// that is no hour as a clock time and swallows the real expression into it. When a clock reading has no clock
    /// marker (a.m., "10:30", o'clock, noon), the numbers that count no unit ("3.8 percent", not "24 hours") are blanked
    /// (offsets kept) and the span read again, so "last month" and "this evening" come out alone. False when the
    /// reading is no such clock time.
    /// </summary>
    private static bool ReadWithoutStrayNumbers(string text, TextSpan sentence, TextSpan span, ModelResult r, DateTime reference, DateOnly? anchor, bool quarterlyReport, List<TimeExpression> found)
    {
        var values = ReadValues(r);
        string timex = values.Count > 0 ? values[0].GetValueOrDefault("timex") ?? "" : "";
        if (!ClockValue().IsMatch(timex)) return false;
        string spanText = text.Substring(span.Start, span.Length);
        if (ClockMarker().IsMatch(spanText) || !StrayNumber().IsMatch(spanText)) return false;
        string masked = StrayNumber().Replace(spanText, m => new string(' ', m.Length));
        if (string.IsNullOrWhiteSpace(masked)) return false;
        foreach (var inner in RecognizerModels.ParseDateTime(masked, reference))
        {
            var sub = new TextSpan(span.Start + inner.Start, inner.End - inner.Start + 1);
            if (sub.End > span.End || sub.Length <= 0) continue;
            if (FromRecognizer(text, sentence, sub, inner, anchor, quarterlyReport) is { } e) found.Add(e);
        }
        return true;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\s+[A-Z]{2,4}T)?,?\s+$")]
    private static partial System.Text.RegularExpressions.Regex ClockToDay();

    /// <summary>
    /// "5 p.m. EST Nov. 9", "4 a.m. EDT Thursday": the recognizer reads the clock time on the publication day and the
    /// day apart; TIMEX3 marks one TIME expression on that day (TempEval-3 training file: 4 of 4 such phrases are one).
    /// </summary>
    private static void MergeClockAndDay(string text, List<TimeExpression> found)
    {
        for (int i = 0; i + 1 < found.Count; i++)
        {
            var (clock, day) = (found[i], found[i + 1]);
            int t = clock.Value.IndexOf('T');
            if (clock.Type != TimexType.Time || t < 0 || day.Type != TimexType.Date || day.Value.Length != 10 || day.Span.Start <= clock.Span.End
                || !ClockToDay().IsMatch(text.AsSpan(clock.Span.End, day.Span.Start - clock.Span.End).ToString()))
                continue;
            found[i] = clock with { Span = TextSpan.FromBounds(clock.Span.Start, day.Span.End), Value = day.Value + clock.Value[t..], Date = day.Date };
            found.RemoveAt(i + 1);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?<between>between)\s+)?(?<a>.+?)\s+(?<conj>and|through|to)\s+(?<b>.+)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex RangeParts();

    /// <summary>
    /// "between 1985 and 1987", "today through Nov. 17": TimeBank marks the two ends as two expressions, where the
    /// recognizer reads one length of time. Each end is read on its own; false when an end yields nothing.
    /// </summary>
    private static bool SplitRange(string text, TextSpan sentence, TextSpan span, DateTime reference, DateOnly? anchor, bool quarterlyReport, List<TimeExpression> found)
    {
        var m = RangeParts().Match(text.Substring(span.Start, span.Length));
        if (!m.Success || !(m.Groups["between"].Success || !m.Groups["conj"].Value.Equals("and", StringComparison.OrdinalIgnoreCase)))
            return false;
        var parts = new List<TimeExpression>();
        foreach (var g in new[] { m.Groups["a"], m.Groups["b"] })
        {
            var partSpan = new TextSpan(span.Start + g.Index, g.Length);
            int before = parts.Count;
            foreach (var r in RecognizerModels.ParseDateTime(g.Value, reference))
            {
                var sub = new TextSpan(partSpan.Start + r.Start, r.End - r.Start + 1);
                if (sub.End > partSpan.End || sub.Length <= 0) continue;
                if (FromRecognizer(text, sentence, sub, r, anchor, quarterlyReport) is { } e) parts.Add(e);
            }
            if (parts.Count == before) return false;
        }
        found.AddRange(parts);
        return true;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?<core>.+?)(?:(?<mod>\s+or\s+(?:later|earlier|sooner|after|before))|\s+at\s+\d+)\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ModifiedDate();

    /// <summary>
    /// "until 1994 or later", "after Jan. 1, 1990 at 1,015 francs": the recognizer reads an open range with no value
    /// or swallows a following number as a clock time, and the reading is dropped. TimeBank marks the date inside
    /// ("1994 or later" → 1994, "Jan. 1, 1990" → 1990-01-01): the core is read again on its own, and an "or later"
    /// stays in the span as TimeBank has it.
    /// </summary>
    private static void ReadInnerDate(string text, TextSpan sentence, TextSpan span, DateTime reference, DateOnly? anchor, bool quarterlyReport, List<TimeExpression> found)
    {
        var m = ModifiedDate().Match(text.Substring(span.Start, span.Length));
        if (!m.Success) return;
        var core = m.Groups["core"];
        var coreSpan = new TextSpan(span.Start + core.Index, core.Length);
        foreach (var r in RecognizerModels.ParseDateTime(core.Value, reference))
        {
            var sub = new TextSpan(coreSpan.Start + r.Start, r.End - r.Start + 1);
            if (sub.End > coreSpan.End || sub.Length <= 0) continue;
            if (FromRecognizer(text, sentence, sub, r, anchor, quarterlyReport) is not { } e) continue;
            if (m.Groups["mod"].Success && e.Span.End == coreSpan.End)
                e = e with { Span = TextSpan.FromBounds(e.Span.Start, span.Start + m.Groups["mod"].Index + m.Groups["mod"].Length) };
            found.Add(e);
        }
    }

    private static TimeExpression? FromRecognizer(string text, TextSpan sentence, TextSpan span, ModelResult r, DateOnly? anchor, bool quarterlyReport)
    {
        string subtype = r.TypeName.StartsWith("datetimeV2.", StringComparison.Ordinal) ? r.TypeName["datetimeV2.".Length..] : r.TypeName;
        var values = ReadValues(r);
        if (values.Count == 0) return null;
        string timex = values[0].GetValueOrDefault("timex") ?? "";
        var candidates = new List<Candidate>();
        foreach (var v in values)
        {
            if (v.TryGetValue("value", out var one) && TryDate(one, out var d)) candidates.Add(new Candidate(d, d));
            else if (v.TryGetValue("start", out var s) && TryDate(s, out var start))
                candidates.Add(new Candidate(start, v.TryGetValue("end", out var e) && TryDate(e, out var end) ? end : start));
            else if (v.TryGetValue("end", out var e2) && TryDate(e2, out var end2)) // "by Dec. 15": only an end
                candidates.Add(new Candidate(end2, end2));
        }
        if (timex.StartsWith("XXXX-WXX-", StringComparison.Ordinal)) AddNeighbourWeeks(candidates);
        string spanText = text.Substring(span.Start, span.Length);
        var tense = RecognizersTenseDetector.Detect(text, sentence, span);
        var normal = RecognizersNormalizer.Normalize(subtype, timex, candidates, spanText, anchor, tense);
        if (normal is not { } n) return null;
        string value = n.Value;
        if (anchor is null) value = Underspecify(value, spanText);
        return RecognizersNewsRules.Fix(text, sentence, new TimeExpression(span, n.Type, value, anchor is null ? null : n.Date), anchor, quarterlyReport);
    }

    /// <summary>
    /// "late Tuesday", "early Monday": for a weekday with a part-of-day modifier the recognizer offers only the next
    /// one, so the tense rule (past by default) had nothing to choose and news of what happened late Tuesday landed a
    /// week ahead. The same weekday a week either side gives every weekday reading both directions.
    /// </summary>
    private static void AddNeighbourWeeks(List<Candidate> candidates)
    {
        int n = candidates.Count;
        for (int i = 0; i < n; i++)
        {
            var c = candidates[i];
            foreach (int days in (ReadOnlySpan<int>)[-7, 7])
            {
                var shifted = new Candidate(c.Start.AddDays(days), c.End.AddDays(days));
                if (!candidates.Exists(x => x.Start.Date == shifted.Start.Date)) candidates.Add(shifted);
            }
        }
    }

    /// <summary>
    /// An earnings report ("quarter" at least <see cref="RecognizersSettings.QuarterlyMentions"/> times): there "a year
    /// earlier" means the same quarter a year before, as TimeBank annotates it.
    /// </summary>
    internal static bool IsQuarterlyReport(string text)
    {
        int count = 0;
        for (int i = text.IndexOf("quarter", StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf("quarter", i + 7, StringComparison.OrdinalIgnoreCase))
            if (++count >= RecognizersSettings.QuarterlyMentions) return true;
        return false;
    }

    /// <summary>Without an anchor, a year the text does not state is unknown: "last week" stays XXXX-W…, not a guess.</summary>
    private static string Underspecify(string value, string spanText)
    {
        if (value.Length >= 4 && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[3]) && !spanText.Contains(value[..4], StringComparison.Ordinal))
            return "XXXX" + value[4..];
        return value;
    }

    private static List<IReadOnlyDictionary<string, string>> ReadValues(ModelResult r)
    {
        var list = new List<IReadOnlyDictionary<string, string>>();
        if (r.Resolution is not null && r.Resolution.TryGetValue("values", out var raw) && raw is IEnumerable items)
            foreach (var item in items)
                if (item is IDictionary<string, string> d) list.Add(d.AsReadOnly());
        return list;
    }

    private static bool TryDate(string s, out DateTime d) =>
        DateTime.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.None, out d);
}
