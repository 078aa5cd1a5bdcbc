using System.Globalization;
using Storyline.Language;

namespace Storyline.Annotate.Time;

public sealed partial class TimexEngine
{
    private sealed partial class Scan
    {
        /// <summary>A count read before a unit: its value (null when vague: "several", "a few") and tokens.</summary>
        private readonly record struct Count(double? Value, int First, int Last, bool Article, bool Vague);

        /// <summary>"72", "2 1/2", "1/2", "two", "twenty-four", "a hundred", "a", "half an", "several", "a few", "a couple of".</summary>
        private Count? ReadCount(int i)
        {
            if (!In(i)) return null;
            var t = _t[i];
            if (t.Shape == Shape.Digits)
            {
                if (!double.TryParse(Text(i), NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out double v)) return null;
                bool Glued(int a) => In(a) && _t[a].Start == _t[a - 1].End;
                if (IsShape(i + 1, Shape.Digits) && IsShape(i + 2, Shape.Slash) && IsShape(i + 3, Shape.Digits) && Glued(i + 2) && Glued(i + 3) && _t[i + 3].Number > 0)
                    return new Count(v + _t[i + 1].Number / (double)_t[i + 3].Number, i, i + 3, false, false);
                if (IsShape(i + 1, Shape.Slash) && IsShape(i + 2, Shape.Digits) && Glued(i + 1) && Glued(i + 2) && _t[i + 2].Number > 0)
                    return new Count(v / _t[i + 2].Number, i, i + 2, false, false);
                return new Count(v, i, i, false, false);
            }
            if (t.Shape != Shape.Word || t.Info is not { } info) return null;
            if ((info.Roles & Role.Article) != 0)
            {
                if (Has(i + 1, Role.VagueCount))
                {
                    // "a couple of years" counts two; "a few" is vague
                    if (Has(i + 2, Role.Of)) return new Count(2, i, i + 2, false, false);
                    return new Count(null, i, i + 1, false, true);
                }
                if (Has(i + 1, Role.Scale)) return new Count(Info(i + 1)!.Scale, i, i + 1, false, false);
                return new Count(1, i, i, true, false);
            }
            if ((info.Roles & Role.Half) != 0 && Has(i + 1, Role.Article)) return new Count(0.5, i, i + 1, false, false);
            if ((info.Roles & Role.VagueCount) != 0) return new Count(null, i, i, false, true);
            if ((info.Roles & Role.Number) == 0) return null;
            double value = info.Number;
            int last = i;
            while (true)
            {
                int k = SkipHyphen(last + 1);
                if (Info(k) is not { } next) break;
                if ((next.Roles & Role.Number) != 0 && next.Number is >= 1 and <= 9 && value >= 20 && value % 10 == 0 && value < 100) { value += next.Number; last = k; }
                else if ((next.Roles & Role.Scale) != 0 && k == last + 1) { value *= next.Scale; last = k; }
                else if ((next.Roles & Role.And) != 0 && value >= 100 && Info(k + 1) is { } after && (after.Roles & Role.Number) != 0) { value += after.Number; last = k + 1; }
                else if ((next.Roles & Role.Number) != 0 && next.Number < 100 && value >= 100 && value % 100 == 0 && k == last + 1) { value += next.Number; last = k; }
                else break;
            }
            return new Count(value, i, last, false, false);
        }

        /// <summary>
        /// Lengths of time and points that far from the anchor: "three years", "72 hours", "the past two months", "the
        /// first nine months", "two-year", "2 1/2 years", "a year and a half", "several years", "the coming weeks",
        /// "for years"; "two years ago" (a year), "a week ago" (a day), "a year ago" (in an earnings report the quarter);
        /// "three days later" (the length), "a day earlier". Ages ("52 years old", "6-year-old") are no time.
        /// </summary>
        private Found? Lengths(int i)
        {
            int first = i, k = i;
            bool definite = Has(k, Role.Definite);
            if (definite) k++;
            bool stretch = false;
            if (Has(k, Role.StretchRelation) && !Has(k + 1, Role.Of)) { stretch = true; k++; }
            bool recent = !stretch && Has(k, Role.Reference) && Info(k)!.Reference == Reference.Past && Has(k + 1, Role.Unit) && IsPlural(k + 1);
            if (recent) k++;
            var count = recent ? null : ReadCount(k);
            if (count is not { } c)
            {
                if (!Has(k, Role.Unit) || !IsPlural(k)) return null;
                var plural = Info(k)!.Unit;
                if (stretch || recent)
                    return Make(first, k, TimexType.Duration, TimexValues.Duration(null, plural));
                if (definite && Has(k + 1, Role.Ahead))
                    return Make(first, k + 1, TimexType.Duration, TimexValues.Duration(null, plural));
                // "for years", "within weeks", "over the years": an unknown number of them
                if (Has(first - 1, Role.PluralLengthLead) && k == first + (definite ? 1 : 0) && !Has(k + 1, Role.Of) && !Has(k + 1, Role.Ago))
                    return Make(first, k, TimexType.Duration, TimexValues.Duration(null, plural));
                return null;
            }
            k = c.Last + 1;
            bool hyphen = IsShape(k, Shape.Hyphen);
            k = SkipHyphen(k);
            while (Has(k, Role.CountQualifier) && !Has(k, Role.Unit)) k++;
            if (!Has(k, Role.Unit)) return null;
            // "60 Minutes": a title-cased unit inside a sentence is a name
            if (_t[k].Capitalized && k > From && !_t[k - 1].Capitalized) return null;
            var unit = Info(k)!.Unit;
            if (unit == TimeUnit.Half || (unit == TimeUnit.Weekend && c.Article)) return null;
            // "the 1988 quarter": a year before a period noun (the year rule reads it)
            if (unit == TimeUnit.Quarter && _t[c.First].Shape == Shape.Digits && _t[c.First].DigitCount == 4) return null;
            // "three-quarters of the shares", "a quarter point": a fraction, not a length of time
            if (unit == TimeUnit.Quarter && (c.Article || (!c.Vague && !stretch && (Has(k + 1, Role.Of) || c.Value < 2)))) return null;
            // "a second group": the ordinal, not a length of one second
            if (unit == TimeUnit.Second && c.Article && IsWordAfter(k) && !Has(k + 1, Role.Ago) && !Has(k + 1, Role.Shift)) return null;

            bool pluralUnit = IsPlural(k);
            if ((c.Article || c.Value == 1) && pluralUnit && !c.Vague && !hyphen) return null;
            if (c.Vague && !pluralUnit && !hyphen) return null;
            int last = k;
            // "a year-earlier quarter": the unit begins another expression
            if (IsShape(k + 1, Shape.Hyphen) && (Has(k + 2, Role.Ago) || Has(k + 2, Role.Shift))) return null;
            double? value = c.Vague ? null : c.Value;
            if (Has(k + 1, Role.And) && Has(k + 2, Role.Article) && Has(k + 3, Role.Half) && value is { } whole) { value = whole + 0.5; last = k + 3; }
            // ages: "52 years old", "a 6-year-old"
            if (Has(last + 1, Role.Age) || (IsShape(last + 1, Shape.Hyphen) && Has(last + 2, Role.Age))) return null;
            // "the eight-year war": the article belongs to the noun after the adjective
            if (hyphen && definite && !stretch) first = c.First;
            // "will one day": an unstated time ahead, not a day's length
            if (unit == TimeUnit.Day && !pluralUnit && c.Value == 1 && !c.Article && Has(first - 1, Role.Modal))
                return Make(first, last, TimexType.Date, "FUTURE_REF");

            if (Has(last + 1, Role.Ago) && !stretch)
                return Ago(first, last + 1, value, unit, c);
            // "a week or so ago"
            if (!stretch && PhraseAt(last + 1, PhraseKind.Trailing) is { } orSo && Has(orSo.Last + 1, Role.Ago))
                return Ago(first, orSo.Last + 1, value, unit, c);
            if (Has(last + 1, Role.Shift) && !stretch && (Has(last + 1, Role.WithinPeriod) || !IsWordAfter(last + 1)))
            {
                if (Info(last + 1)!.Shift == Relation.Ahead)
                    return Make(first, last, TimexType.Duration, LengthValue(value, unit));
                if (unit is TimeUnit.Year or TimeUnit.Month)
                    return Ago(first, last + 1, value, unit, c);
                return Make(first, last + 1, TimexType.Duration, LengthValue(value, unit));
            }
            // "$1.76 a year", "$2 million a year", "four flights a week": a rate; TimeBank marks few of them
            if (c.Article && !definite && !stretch && (IsShape(first - 1, Shape.Digits) || IsShape(first - 2, Shape.Digits) || Has(first - 2, Role.Number))) return null;
            // "24 hours a day": the length of a rate
            if (Has(last + 1, Role.Article) && Has(last + 2, Role.Unit) && !IsPlural(last + 2) && !IsWordAfter(last + 2)) return null;
            return Make(first, last, TimexType.Duration, LengthValue(value, unit));
        }

        /// <summary>TimeBank writes a whole day as a day: "the last 24 hours" is P1D, but "72 hours" stays PT72H.</summary>
        private static string LengthValue(double? value, TimeUnit unit)
        {
            string v = TimexValues.Duration(value, unit);
            return v == "PT24H" ? "P1D" : v;
        }

        /// <summary>A point a length back from the anchor, at the unit's granularity: "two years ago" 1997, "two months ago" 1998-12, "ten days ago" a day.</summary>
        private Found? Ago(int first, int last, double? value, TimeUnit unit, Count c)
        {
            if (value is null) return Make(first, last, TimexType.Date, "PAST_REF");
            int n = (int)Math.Round(value.Value);
            if (n != value.Value) return Make(first, last, TimexType.Date, "PAST_REF");
            switch (unit)
            {
                case TimeUnit.Year:
                    // in an earnings report "a year ago" is the reported quarter a year before
                    if (n == 1 && (_doc.Quarterly || SentenceMentionsQuarter()))
                        return Make(first, last, TimexType.Date, TimexValues.Quarter(_doc.Reported.Year - 1, _doc.Reported.Quarter));
                    return Make(first, last, TimexType.Date, TimexValues.Year(Anchor.Year - n));
                case TimeUnit.Month:
                    var m = Anchor.AddMonths(-n);
                    return Make(first, last, TimexType.Date, TimexValues.Month(m.Year, m.Month));
                case TimeUnit.Week:
                    return Make(first, last, TimexType.Date, TimexValues.Day(Anchor.AddDays(-7 * n)));
                case TimeUnit.Day:
                    return Make(first, last, TimexType.Date, TimexValues.Day(Anchor.AddDays(-n)));
                case TimeUnit.Decade:
                    return Make(first, last, TimexType.Date, TimexValues.Year(Anchor.Year - 10 * n));
                case TimeUnit.Quarter:
                    return Make(first, last, TimexType.Date, QuarterFrom(-n));
                default:
                    return Make(first, last, TimexType.Duration, LengthValue(value, unit));
            }
        }

        private bool SentenceMentionsQuarter()
        {
            for (int k = From; k < To; k++) if (Has(k, Role.Unit) && _t[k].Info!.Unit == TimeUnit.Quarter) return true;
            return false;
        }

        /// <summary>
        /// Clock times: "3 p.m.", "10:30 a.m. EST", "3 o'clock", "noon", "midnight", with the day after them when one
        /// follows ("5 p.m. EST Nov. 9", "noon Thursday", "midnight Friday": one TIME on that day).
        /// </summary>
        private Found? Clock(int i)
        {
            int first = i, k = i;
            int hour, minute = 0;
            bool clock = false;
            var t = T(i);
            string? code = null;
            if (t.Shape == Shape.Clock && In(i))
            {
                hour = (int)(t.Number / 100);
                minute = (int)(t.Number % 100);
                if (hour > 24 || minute > 59) return null;
                clock = true;
                k++;
            }
            else if (t.Shape == Shape.Digits && In(i) && t.DigitCount <= 2 && t.Number is >= 1 and <= 12)
            {
                hour = (int)t.Number;
                k++;
            }
            else if (t.Shape == Shape.DigitWord && In(i) && t.DigitCount <= 2 && t.Number is >= 1 and <= 12
                     && _lex.Find(_doc.Text.AsSpan(t.SuffixStart, t.End - t.SuffixStart).TrimEnd('.')) is { } suffix && (suffix.Roles & Role.Meridiem) != 0)
            {
                hour = (int)t.Number % 12 + suffix.Meridiem;
                clock = true;
                k++;
                goto zone;
            }
            else if (Has(i, Role.DayPart) && Info(i)!.DayPart is DayPart.Noon or DayPart.Midnight)
            {
                code = ClockOf(Info(i)!.DayPart);
                hour = 0;
                clock = true;
                k++;
                goto zone;
            }
            else return null;
            if (Has(k, Role.Meridiem))
            {
                if (hour > 12) return null;
                hour = hour % 12 + Info(k)!.Meridiem;
                clock = true;
                k++;
            }
            else if (Has(k, Role.OClock))
            {
                clock = true;
                k++;
            }
            if (!clock) return null;
            zone:
            if (Has(k, Role.TimeZone)) k++;
            int last = k - 1;
            string day = TimexValues.Day(Anchor);
            int d = Skip(k, Shape.Comma);
            if ((DayDeixis(d) ?? CalendarDates(d) ?? Weekdays(d)) is { } on && on.Value.Length >= 10 && TimexValues.DayOf(on.Value) is not null && on.Narrative.Kind == NarrativeKind.None)
            {
                day = on.Value[..10];
                last = on.Last;
            }
            code ??= $"T{hour:D2}:{minute:D2}";
            return Make(first, last, TimexType.Time, day + code);
        }

        /// <summary>
        /// Recurrences: "every day", "each year", "every quarter" (P1Q), "each Thursday", "each July", "daily", "weekly",
        /// "annually", "on Mondays", "Tuesday nights".
        /// </summary>
        private Found? Recurrences(int i)
        {
            if (Has(i, Role.SetQuantifier))
            {
                int k = i + 1;
                double n = 1;
                if (ReadCount(k) is { Article: false, Vague: false, Value: { } v } c && Has(c.Last + 1, Role.Unit)) { n = v; k = c.Last + 1; }
                if (Has(k, Role.Unit) && Info(k)!.Unit is not TimeUnit.Half)
                    return Make(i, k, TimexType.Set, TimexValues.Duration(n, Info(k)!.Unit));
                if (Has(k, Role.Weekday))
                {
                    string value = $"XXXX-WXX-{WeekdayNumber(Info(k)!.Weekday)}";
                    if (Has(k + 1, Role.DayPart)) return Make(i, k + 1, TimexType.Set, value + "T" + TimexValues.DayPartCode(Info(k + 1)!.DayPart));
                    return Make(i, k, TimexType.Set, value);
                }
                if (Has(k, Role.Month) && Capitalised(k)) return Make(i, k, TimexType.Set, $"XXXX-{Info(k)!.Month:D2}");
                if (Has(k, Role.DayPart)) return Make(i, k, TimexType.Set, "T" + TimexValues.DayPartCode(Info(k)!.DayPart));
                return null;
            }
            // "the Communist Party daily Granma": a newspaper
            if (Has(i, Role.Frequency) && !Has(i, Role.AttributiveFrequency) && !(In(i + 1) && _t[i + 1].Capitalized && _t[i + 1].Info is null))
                return Make(i, i, TimexType.Set, TimexValues.Duration(1, Info(i)!.Frequency));
            if (Has(i, Role.Weekday) && (IsPluralWeekday(i) || (Has(i + 1, Role.DayPart) && Base(i + 1).EndsWith("s", StringComparison.OrdinalIgnoreCase) && !_t[i + 1].Possessive)))
            {
                string value = $"XXXX-WXX-{WeekdayNumber(Info(i)!.Weekday)}";
                if (Has(i + 1, Role.DayPart)) return Make(i, i + 1, TimexType.Set, value + "T" + TimexValues.DayPartCode(Info(i + 1)!.DayPart));
                return Make(i, i, TimexType.Set, value);
            }
            return null;
        }

        private static int WeekdayNumber(DayOfWeek d) => d == DayOfWeek.Sunday ? 7 : (int)d;
    }
}
