using Storyline.Language;
namespace Storyline.Annotate.Time;

public sealed partial class TimexEngine
{
    private sealed partial class Scan
    {
        // ---- readers of calendar parts ----

        /// <summary>A month name at <paramref name="i"/> (with the period of an abbreviation): its number and last token.</summary>
        private (int Month, int Last)? ReadMonth(int i, bool needsDayOrYear = false)
        {
            if (!Has(i, Role.Month) || !Capitalised(i)) return null;
            int last = IsShape(i + 1, Shape.Period) && Has(i, Role.Abbreviation) ? i + 1 : i;
            bool followed = ReadDay(last + 1) is not null || ReadYear(Skip(last + 1, Shape.Comma)) is not null;
            if (Has(i, Role.Abbreviation) && last == i && !followed) return null;
            if (Has(i, Role.AmbiguousMonth) && !followed && In(i - 1) && _t[i - 1].Capitalized && i - 1 > From) return null;
            if (needsDayOrYear && !followed) return null;
            return (Info(i)!.Month, last);
        }

        /// <summary>A day of the month: "9", "9th", "ninth".</summary>
        private (int Day, int Last)? ReadDay(int i)
        {
            if (!In(i)) return null;
            var t = _t[i];
            if (t.Shape == Shape.Digits && t.DigitCount <= 2 && !t.Separated && t.Number is >= 1 and <= 31
                && !(IsShape(i + 1, Shape.Slash) || Has(i + 1, Role.Unit) || Has(i + 1, Role.Meridiem) || IsShape(i + 1, Shape.Hyphen)))
                return ((int)t.Number, i);
            if (t.Shape == Shape.DigitWord && t.DigitCount <= 2 && t.Number is >= 1 and <= 31 && IsOrdinalSuffix(i))
                return ((int)t.Number, i);
            if (t.Shape == Shape.Word && t.Info is { } info && (info.Roles & Role.Ordinal) != 0 && info.Ordinal is >= 1 and <= 31 && !Has(i + 1, Role.Unit))
                return (info.Ordinal, i);
            return null;
        }

        private bool IsOrdinalSuffix(int i) =>
            _lex.IsOrdinalSuffix(_doc.Text.AsSpan(_t[i].SuffixStart, _t[i].End - _t[i].SuffixStart));

        /// <summary>A year: "1998", "'98", "nineteen ninety-six" (and "two thousand" when <paramref name="spokenMillennium"/>).</summary>
        private (int Year, int Last)? ReadYear(int i, bool spokenMillennium = false)
        {
            if (!In(i)) return null;
            var t = _t[i];
            if (t.Shape == Shape.Digits && t.DigitCount == 4 && !t.Separated && t.Number is >= 1000 and <= 2199)
                return ((int)t.Number, i);
            if (t.Shape == Shape.Apostrophe && IsShape(i + 1, Shape.Digits) && _t[i + 1].DigitCount == 2 && _t[i + 1].Start == t.End)
                return (1900 + (int)_t[i + 1].Number, i + 1);
            return ReadSpokenYear(i, spokenMillennium);
        }

        /// <summary>"nineteen ninety-six", "nineteen hundred and ninety", "two thousand (and) one" in broadcast transcripts.</summary>
        private (int Year, int Last)? ReadSpokenYear(int i, bool millennium)
        {
            if (Info(i) is not { } first || (first.Roles & Role.Number) == 0) return null;
            if (first.Number == 19)
            {
                int k = i + 1;
                if (Has(k, Role.Scale) && Info(k)!.Scale == 100) { k++; if (Has(k, Role.And)) k++; }
                if (Info(k) is not { } tens || (tens.Roles & Role.Number) == 0 || tens.Number is < 10 or > 90) return null;
                int year = 1900 + tens.Number, last = k;
                if (tens.Number >= 20 && tens.Number % 10 == 0)
                {
                    int o = SkipHyphen(k + 1);
                    if (Info(o) is { } ones && (ones.Roles & Role.Number) != 0 && ones.Number is >= 1 and <= 9) { year += ones.Number; last = o; }
                }
                return (year, last);
            }
            if (millennium && first.Number == 2 && Has(i + 1, Role.Scale) && Info(i + 1)!.Scale == 1000)
            {
                int k = i + 2, year = 2000, last = i + 1;
                int o = Has(k, Role.And) ? k + 1 : k;
                if (Info(o) is { } ones && (ones.Roles & Role.Number) != 0 && ones.Number is >= 1 and <= 19) { year += ones.Number; last = o; }
                return (year, last);
            }
            return null;
        }

        /// <summary>"early", "late", "mid-" before a period, or "the end of", "the beginning of": where the period starts.</summary>
        private int SkipPartPrefix(int i)
        {
            if (Has(i, Role.PartModifier) || (Has(i, Role.WithinPeriod) && !Has(i + 1, Role.Relation)))
            {
                int k = SkipHyphen(i + 1);
                return k;
            }
            if (Has(i, Role.Definite) && Has(i + 1, Role.PartNoun) && Has(i + 2, Role.Of)) return i + 3;
            if (Has(i, Role.Definite) && Has(i + 1, Role.PartModifier) && !Has(i + 2, Role.Unit)) return SkipHyphen(i + 2);
            return i;
        }

        // ---- month, day and year ----

        /// <summary>
        /// Calendar dates: "Nov. 9, 1989", "Friday, Nov. 9", "9 November 1989", "November 1989", "June last year",
        /// "mid-November", "the end of November", "10/5/98", "1998-10-05", and a month alone ("in March").
        /// </summary>
        private Found? CalendarDates(int i)
        {
            if (NumericDate(i) is { } numeric) return numeric;
            int first = i, k = i;
            DayOfWeek? weekday = null;
            if (Has(k, Role.Weekday) && !IsPluralWeekday(k))
            {
                weekday = Info(k)!.Weekday;
                k = Skip(k + 1, Shape.Comma);
                if (!Has(k, Role.Month) && ReadDay(k) is null) return null;
            }
            k = SkipPartPrefix(k);
            // day before month: "9 November 1989", "the 9th of November"
            if (ReadDay(k) is { } lead && ReadMonth(Has(lead.Last + 1, Role.Of) ? lead.Last + 2 : lead.Last + 1) is { } m0)
            {
                var y0 = ReadYear(Skip(m0.Last + 1, Shape.Comma));
                return MonthDay(first, y0?.Last ?? m0.Last, m0.Month, lead.Day, y0?.Year, weekday);
            }
            if (ReadMonth(k, needsDayOrYear: weekday is not null) is not { } m) return null;
            k = m.Last + 1;
            if (ReadDay(k) is { } d)
            {
                int after = Skip(d.Last + 1, Shape.Comma);
                if (ReadYear(after) is { } y) return MonthDay(first, y.Last, m.Month, d.Day, y.Year, weekday);
                return MonthDay(first, d.Last, m.Month, d.Day, null, weekday);
            }
            if (ReadYear(Skip(k, Shape.Comma), spokenMillennium: true) is { } year)
                return Make(first, year.Last, TimexType.Date, TimexValues.Month(year.Year, m.Month));
            if (Has(k, Role.Of) && ReadYear(k + 1, spokenMillennium: true) is { } ofYear)
                return Make(first, ofYear.Last, TimexType.Date, TimexValues.Month(ofYear.Year, m.Month));
            // "June last year", "January this year"
            if (Has(k, Role.Relation) && Info(k + 1) is { Unit: TimeUnit.Year } u && (u.Roles & Role.Unit) != 0 && !Text(k + 1).EndsWith("s", StringComparison.OrdinalIgnoreCase))
                return Make(first, k + 1, TimexType.Date, TimexValues.Month(Anchor.Year + (int)Info(k)!.Relation, m.Month));
            int yearOf = TimexValues.YearOfMonth(Anchor, m.Month, 0, TenseAround(first, m.Last));
            return Make(first, m.Last, TimexType.Date, TimexValues.Month(yearOf, m.Month));
        }

        private Found? MonthDay(int first, int last, int month, int day, int? year, DayOfWeek? weekday)
        {
            if (year is { } y)
                return TimexValues.ValidDay(y, month, day) ? Make(first, last, TimexType.Date, TimexValues.Day(new DateOnly(y, month, day))) : null;
            if (day > DateTime.DaysInMonth(2000, month)) return null;
            int chosen = TimexValues.YearOfMonth(Anchor, month, day, TenseAround(first, last));
            // a weekday written with the date names the year ("Friday, Nov. 9")
            if (weekday is { } wd && !(TimexValues.ValidDay(chosen, month, day) && new DateOnly(chosen, month, day).DayOfWeek == wd))
                foreach (int candidate in (ReadOnlySpan<int>)[Anchor.Year, Anchor.Year - 1, Anchor.Year + 1])
                    if (TimexValues.ValidDay(candidate, month, day) && new DateOnly(candidate, month, day).DayOfWeek == wd) { chosen = candidate; break; }
            if (!TimexValues.ValidDay(chosen, month, day)) return null;
            var date = new DateOnly(chosen, month, day);
            // "the year ended March 31": a period that ended is over, so its end is not after the publication date
            if (date > Anchor && Has(first - 1, Role.PeriodEnded) && TimexValues.ValidDay(chosen - 1, month, day))
                date = new DateOnly(chosen - 1, month, day);
            return Make(first, last, TimexType.Date, TimexValues.Day(date));
        }

        /// <summary>"10/5/98", "10/05/1998" (month first, as US news writes them) and "1998-10-05".</summary>
        private Found? NumericDate(int i)
        {
            if (!IsShape(i, Shape.Digits) || _t[i].Separated) return null;
            bool Glued(int a) => In(a) && In(a - 1) && _t[a].Start == _t[a - 1].End;
            if (_t[i].DigitCount == 4 && IsShape(i + 1, Shape.Hyphen) && IsShape(i + 2, Shape.Digits) && IsShape(i + 3, Shape.Hyphen) && IsShape(i + 4, Shape.Digits)
                && Glued(i + 1) && Glued(i + 2) && Glued(i + 3) && Glued(i + 4))
            {
                int y = (int)_t[i].Number, m = (int)_t[i + 2].Number, d = (int)_t[i + 4].Number;
                return TimexValues.ValidDay(y, m, d) ? Make(i, i + 4, TimexType.Date, TimexValues.Day(new DateOnly(y, m, d))) : null;
            }
            if (_t[i].DigitCount <= 2 && IsShape(i + 1, Shape.Slash) && IsShape(i + 2, Shape.Digits) && IsShape(i + 3, Shape.Slash) && IsShape(i + 4, Shape.Digits)
                && Glued(i + 1) && Glued(i + 2) && Glued(i + 3) && Glued(i + 4) && _t[i + 4].DigitCount is 2 or 4)
            {
                int m = (int)_t[i].Number, d = (int)_t[i + 2].Number, y = (int)_t[i + 4].Number;
                if (y < 100) y += y < 50 ? 2000 : 1900;
                return TimexValues.ValidDay(y, m, d) ? Make(i, i + 4, TimexType.Date, TimexValues.Day(new DateOnly(y, m, d))) : null;
            }
            return null;
        }

        /// <summary>
        /// Years: "1998", "fiscal 1989", "early 1990", "mid-1996", "the end of 1990", "1994 or later", spoken years,
        /// and in an earnings report "the 1988 period" (that year's reported quarter).
        /// </summary>
        private Found? Years(int i)
        {
            int first = i;
            int k = SkipPartPrefix(i);
            bool article = k == i && Has(k, Role.Definite);
            if (article) k++;
            bool fiscal = false;
            if (Has(k, Role.Fiscal)) { fiscal = true; k++; }
            bool yearWord = Has(k, Role.Unit) && Info(k)!.Unit == TimeUnit.Year && Has(i, Role.Definite);
            if (yearWord) k++;
            var year = ReadYear(k, spokenMillennium: yearWord);
            if (year is null && fiscal && IsShape(k, Shape.Digits) && _t[k].DigitCount == 2)
                year = (1900 + (int)_t[k].Number, k);
            if (year is not { } y) return null;
            if (yearWord && !(y.Year >= 2000 && ReadSpokenYear(k, true) is not null)) return null;
            int last = y.Last;
            bool reportPeriod = Has(last + 1, Role.PeriodNoun) && Has(i, Role.Definite);
            if (!fiscal && !yearWord && !reportPeriod && !LooksLikeYear(k)) return null;
            // "the 1988 period", "the 1989 quarter" in an earnings report: that year's reported quarter
            if (reportPeriod)
            {
                if (!_doc.Quarterly) return null;
                return Make(first, last + 1, TimexType.Date, TimexValues.Quarter(y.Year, _doc.Reported.Quarter));
            }
            if (article && !fiscal && !yearWord) first = k; // "the 1990 budget": the article belongs to the noun
            return Make(first, last, TimexType.Date, TimexValues.Year(y.Year));
        }

        /// <summary>
        /// A bare four-digit number is a year unless it is an amount ("$1998", "2000 people", "1,998") or part of a name
        /// ("Orion 1980", "'60 Minutes").
        /// </summary>
        private bool LooksLikeYear(int k)
        {
            var t = _t[k];
            if (Has(k + 1, Role.Unit) || Has(k + 2, Role.Unit) && t.Shape == Shape.Apostrophe) return false;
            if (In(k - 1) && k - 1 > From && _t[k - 1].Capitalized && _t[k - 1].Info is null && !_t[k - 1].Possessive) return false;
            if (t.Shape != Shape.Digits) return true; // "'98", spoken years
            // "about 2000 people": an approximate count
            if (Has(k - 1, Role.Approximator) && In(k + 1) && _t[k + 1].Shape == Shape.Word && !_t[k + 1].Capitalized && _t[k + 1].Info is null) return false;
            if (t.Number is < 1800 or > 2100) return false;
            if (In(k - 1) && _t[k - 1].Shape == Shape.OtherPunct && _t[k - 1].End == t.Start) return false; // "$1998", "#2000"
            if (In(k + 1) && _t[k + 1].Shape == Shape.OtherPunct && _doc.Text[_t[k + 1].Start] == '%') return false;
            if (Has(k + 1, Role.Unit) || Has(k + 1, Role.Scale)) return false;
            return true;
        }

        /// <summary>"the 1990s" → 199, "1980s" → 198X, "the late 1970s" → 197, "the '80s", "the nineties" → 198, 199; "the 20th century" → 19.</summary>
        private Found? Decades(int i)
        {
            int first = i, k = i;
            bool article = Has(k, Role.Definite);
            if (article) k++;
            bool part = false;
            if (Has(k, Role.PartModifier)) { part = true; k = SkipHyphen(k + 1); }
            var t = T(k);
            if (In(k) && t.Shape == Shape.DigitWord && t.DigitCount == 4 && t.Number % 10 == 0 && t.End - t.SuffixStart == 1
                && _doc.Text[t.SuffixStart] is 's' or 'S')
            {
                string decade = (t.Number / 10).ToString(System.Globalization.CultureInfo.InvariantCulture);
                // with the article TimeBank writes the decade 199, without it 199X
                return Make(first, k, TimexType.Date, article ? decade : decade + "X");
            }
            // centuries: "the 20th century", "a 20th century democrat", "the 11th century temple"
            int? ordinal = t.Shape == Shape.DigitWord && t.DigitCount <= 2 && IsOrdinalSuffix(k) ? (int)t.Number
                : Info(k) is { } o && (o.Roles & Role.Ordinal) != 0 && o.Ordinal > 0 ? o.Ordinal : null;
            if (ordinal is >= 1 and <= 30 && Has(k + 1, Role.Unit) && Info(k + 1)!.Unit == TimeUnit.Century && !IsPlural(k + 1))
                return Make(first, k + 1, TimexType.Date, (ordinal.Value - 1).ToString("D2", System.Globalization.CultureInfo.InvariantCulture));
            if (!article && !part) return null;
            if (t.Shape == Shape.Apostrophe && IsShape(k + 1, Shape.DigitWord) && _t[k + 1].DigitCount == 2 && _t[k + 1].Number % 10 == 0)
                return Make(first, k + 1, TimexType.Date, "19" + (_t[k + 1].Number / 10).ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (Info(k) is { } n && (n.Roles & Role.Number) != 0 && n.Number == 19 && Has(k + 1, Role.DecadeWord)) k++;
            if (Has(k, Role.DecadeWord))
                return Make(first, k, TimexType.Date, "19" + Info(k)!.Decade.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return null;
        }

        /// <summary>"this summer", "last fall", "this past spring", "the summer of 1998", "summer 1998", "the winter of nineteen ninety-four".</summary>
        private Found? Seasons(int i)
        {
            int first = i, k = i;
            Relation? relation = null;
            bool pastThis = false, determiner = false;
            if (Has(k, Role.Definite)) { determiner = true; k++; }
            else if (Has(k, Role.Relation))
            {
                relation = Info(k)!.Relation;
                determiner = true;
                k++;
                // "this past spring": the latest one begun
                if (relation == Relation.This && Has(k, Role.Relation) && Info(k)!.Relation == Relation.Back) { pastThis = true; k++; }
            }
            if (Has(k, Role.PartModifier)) k = SkipHyphen(k + 1);
            if (!Has(k, Role.Season)) return null;
            var season = Info(k)!.Season;
            int last = k;
            int? year = null;
            if (ReadYear(k + 1) is { } y) (year, last) = (y.Year, y.Last);
            else if (Has(k + 1, Role.Of) && ReadYear(k + 2, spokenMillennium: true) is { } oy) (year, last) = (oy.Year, oy.Last);
            if (year is null && !determiner) return null;
            // a bare "fall" or "spring" after "the" is mostly the noun ("the fall of the wall"): only with a year or a relative word
            if (year is null && relation is null && Has(k + 1, Role.Of)) return null;
            int startMonth = season switch { Season.Spring => 3, Season.Summer => 6, Season.Fall => 9, _ => 12 };
            int value = year ?? (pastThis ? (Anchor.Month >= startMonth ? Anchor.Year : Anchor.Year - 1)
                : relation switch
                {
                    Relation.Back => Anchor.Year - 1,
                    Relation.Ahead => startMonth > Anchor.Month ? Anchor.Year : Anchor.Year + 1,
                    _ => Anchor.Year,
                });
            return Make(first, last, TimexType.Date, $"{TimexValues.Year(value)}-{TimexValues.SeasonCode(season)}");
        }

        /// <summary>Named days: "Christmas", "Thanksgiving Day", "Election Day" (optionally with a year).</summary>
        private Found? Holidays(int i)
        {
            if (!Capitalised(i)) return null;
            string key;
            int last;
            if (PhraseAt(i, PhraseKind.Holiday) is { } p) (key, last) = p;
            else if (Has(i, Role.HolidayWord)) (key, last) = (Text(i).ToString(), i);
            else return null;
            // every word of a holiday's name is capitalised ("Labor Day", not "labor day" the noun phrase)
            for (int k = i; k <= last; k++) if (_t[k].Shape == Shape.Word && !_t[k].Capitalized) return null;
            var holiday = _v.Holidays[key];
            if (ReadYear(last + 1) is { } y)
                return Make(i, y.Last, TimexType.Date, TimexValues.Day(holiday.In(y.Year)));
            var tense = TenseAround(i, last);
            var day = holiday.In(Anchor.Year);
            if (tense == Tense.Past) { if (day > Anchor) day = holiday.In(Anchor.Year - 1); }
            else if (tense == Tense.Future || day < Anchor.AddDays(-31)) { if (day < Anchor) day = holiday.In(Anchor.Year + 1); }
            return Make(i, last, TimexType.Date, TimexValues.Day(day));
        }

        /// <summary>"April 24 and 25", "Nov. 9-10": the second day of the month just written is a date of its own.</summary>
        private Found? ConjoinedDay(int i)
        {
            if (!IsShape(i, Shape.Digits) || ReadDay(i) is not { } d || !(Has(i - 1, Role.And) || IsShape(i - 1, Shape.Hyphen) || Has(i - 1, Role.RangeJoiner))) return null;
            if (ReadDay(i - 2) is null || i - 3 < From) return null;
            int m = IsShape(i - 3, Shape.Period) ? i - 4 : i - 3;
            if (ReadMonth(m) is not { } month) return null;
            var year = ReadYear(Skip(i + 1, Shape.Comma));
            return MonthDay(i, year?.Last ?? i, month.Month, d.Day, year?.Year, null);
        }

        // ---- days ----

        private bool IsPluralWeekday(int i) => !_t[i].Possessive && Base(i).EndsWith("s", StringComparison.OrdinalIgnoreCase) && !Has(i, Role.Abbreviation);

        /// <summary>"today", "yesterday", "late yesterday", "yesterday morning", "tonight", "mid-afternoon yesterday".</summary>
        private Found? DayDeixis(int i)
        {
            int first = i, k = i;
            if (Has(k, Role.PartModifier) || Has(k, Role.WithinPeriod)) k = SkipHyphen(k + 1);
            DayPart before = DayPart.None;
            if (Has(k, Role.DayPart) && Has(k + 1, Role.DayDeixis)) { before = Info(k)!.DayPart; k++; }
            if (Has(k, Role.Tonight)) return Make(first, k, TimexType.Date, TimexValues.Day(Anchor));
            // "by mid-afternoon", "in the late afternoon": a part of the publication day
            if (k > first && Has(first, Role.PartModifier) && Has(k, Role.DayPart) && !Has(k + 1, Role.DayDeixis) && !Has(k + 1, Role.Weekday)
                && Info(k)!.DayPart is not (DayPart.Noon or DayPart.Midnight) && !Base(k).EndsWith("s", StringComparison.OrdinalIgnoreCase))
                return Make(first, k, TimexType.Time, TimexValues.Day(Anchor) + ClockOf(Info(k)!.DayPart));
            if (!Has(k, Role.DayDeixis) || NameWord(k)) return null;
            var day = Anchor.AddDays(Info(k)!.Deixis);
            var part = before != DayPart.None ? before : Has(k + 1, Role.DayPart) ? Info(k + 1)!.DayPart : DayPart.None;
            int last = before == DayPart.None && part != DayPart.None ? k + 1 : k;
            if (part == DayPart.None) return Make(first, last, TimexType.Date, TimexValues.Day(day));
            return Make(first, last, TimexType.Time, TimexValues.Day(day) + ClockOf(part));
        }

        /// <summary>The TIMEX3 time part of a part of day: "TMO", "T12:00" for noon, "T24" for midnight.</summary>
        private static string ClockOf(DayPart part) => part switch
        {
            DayPart.Noon => "T12:00",
            DayPart.Midnight => "T24",
            _ => "T" + TimexValues.DayPartCode(part),
        };

        /// <summary>
        /// Weekdays: "Friday", "last Friday", "next Tuesday", "late Tuesday", "Friday night", "the previous Friday".
        /// A bare weekday is the last one unless the clause is in the future (news reports what happened).
        /// </summary>
        private Found? Weekdays(int i)
        {
            int first = i, k = i;
            if (Has(k, Role.PartModifier) || Has(k, Role.WithinPeriod)) k = SkipHyphen(k + 1);
            Relation? relation = null;
            bool narrative = false;
            if (Has(k, Role.Definite) && Has(k + 1, Role.NarrativeRelation) && Has(k + 1, Role.Relation))
            {
                narrative = true;
                relation = Info(k + 1)!.Relation;
                k += 2;
            }
            else if (Has(k, Role.Relation) && Has(k + 1, Role.Weekday))
            {
                relation = Info(k)!.Relation;
                k++;
            }
            if (!Has(k, Role.Weekday) || IsPluralWeekday(k)) return null;
            if (Has(k, Role.Abbreviation) && !IsShape(k + 1, Shape.Period)) return null;
            // a capitalised weekday inside a name ("Black Monday", "Ash Wednesday") is still the day, but not "Friday" as a name
            var weekday = Info(k)!.Weekday;
            int last = k;
            // "Tuesday nights" is a recurrence (the recurrence rule)
            if (Has(k + 1, Role.DayPart) && Base(k + 1).EndsWith("s", StringComparison.OrdinalIgnoreCase) && !_t[k + 1].Possessive) return null;
            var part = Has(k + 1, Role.DayPart) ? Info(k + 1)!.DayPart : DayPart.None;
            if (part != DayPart.None) last = k + 1;
            if (narrative)
                return Make(first, last, TimexType.Date, TimexValues.Day(Anchor), new Narrative(NarrativeKind.Weekday, (int)relation!.Value, weekday));
            DateOnly day = relation switch
            {
                Relation.Back => TimexValues.WeekdayFrom(Anchor, weekday, back: true, sameDayCounts: false),
                Relation.Ahead => TimexValues.WeekdayFrom(Anchor, weekday, back: false, sameDayCounts: false),
                Relation.This => TimexValues.WeekdayFrom(Anchor, weekday, back: TenseAround(first, last) == Tense.Past),
                _ => TenseAround(first, last) == Tense.Future
                    ? TimexValues.WeekdayFrom(Anchor, weekday, back: false, sameDayCounts: false)
                    : TimexValues.WeekdayFrom(Anchor, weekday, back: true),
            };
            // "Sunday night", "Thursday morning": TimeBank and AQUAINT mostly give the day; "Friday evening" keeps TEV (3 of 3)
            if (part is DayPart.Evening)
                return Make(first, last, TimexType.Time, TimexValues.Day(day) + "TEV");
            if (part is DayPart.Noon or DayPart.Midnight)
                return Make(first, last, TimexType.Time, TimexValues.Day(day) + ClockOf(part));
            return Make(first, last, TimexType.Date, TimexValues.Day(day));
        }
    }
}
