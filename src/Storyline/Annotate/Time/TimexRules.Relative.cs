using Storyline.Language;
namespace Storyline.Annotate.Time;

public sealed partial class TimexEngine
{
    private sealed partial class Scan
    {
        /// <summary>Roles after which a reference word is part of a longer phrase ("the past two years", "current fiscal year").</summary>
        private const Role ReferenceFollowers = Role.Unit | Role.Fiscal | Role.Season | Role.Of | Role.VagueCount;

        private static string RefValue(Reference r) => r switch
        {
            Reference.Present => "PRESENT_REF",
            Reference.Past => "PAST_REF",
            _ => "FUTURE_REF",
        };

        /// <summary>
        /// References to the present, past or future: "now", "currently", attributive "current", "these days", "recently",
        /// "the past", "recent years", "the (near) future", "some day". Not when the word begins another phrase ("the past
        /// few weeks", "the future of the region", "current fiscal year").
        /// </summary>
        private Found? References(int i)
        {
            if (PhraseAt(i, PhraseKind.Reference) is { } p && !Has(p.Last + 1, ReferenceFollowers) && !IsBlocker(p.Last + 1))
                return Make(i, p.Last, TimexType.Date, RefValue(_v.ReferencePhrases[p.Key]));
            if (PhraseAt(i, PhraseKind.ReferenceAfter) is { } q && _v.ReferencesAfter[q.Key] is var (before, what)
                && In(i - 1) && Text(i - 1).Equals(before, StringComparison.OrdinalIgnoreCase)
                && !(In(q.Last + 1) && _t[q.Last + 1].Shape == Shape.Word && (_lex.IsClauseLink(Text(q.Last + 1)) || _t[q.Last + 1].Capitalized)))
                return Make(i, q.Last, TimexType.Date, RefValue(what));
            if (!Has(i, Role.Reference) || NameWord(i)) return null;
            if (Has(i + 1, ReferenceFollowers) || IsBlocker(i + 1)) return null;
            var reference = Info(i)!.Reference;
            return Make(i, i, TimexType.Date, RefValue(reference));
        }

        /// <summary>A capitalised time word right after a capitalised name is part of the name ("VOA Today", "This Week").</summary>
        private bool NameWord(int i) => _t[i].Capitalized && i - 1 > From && _t[i - 1].Capitalized && _t[i - 1].Info is null && !_t[i - 1].Possessive;

        private bool IsBlocker(int i) => In(i) && _t[i].Shape == Shape.Word && _lex.IsReferenceBlocker(Text(i));

        /// <summary>
        /// Relative expressions on the anchor: "last year", "this week", "next month", "earlier this year", "the end of this
        /// week", "this morning", "last night", "last June"; and on the story's time: "that year", "the following month",
        /// "the next day", "the day before", "that night".
        /// </summary>
        private Found? RelativeUnits(int i)
        {
            int first = i, k = i;
            if (Has(k, Role.Definite) && Has(k + 1, Role.PartNoun) && Has(k + 2, Role.Of)) k += 3;
            if (Has(k, Role.PartModifier) || Has(k, Role.WithinPeriod)) k = SkipHyphen(k + 1);

            // the story's time: "that year", "the following month", "the same day", "the day before", "that night"
            if (Has(k, Role.Demonstrative) && In(k + 1) && (Has(k + 1, Role.Unit) || Has(k + 1, Role.DayPart)))
                return NarrativeUnit(first, k + 1, 0);
            if (Has(k, Role.Definite) && Has(k + 1, Role.NarrativeRelation) && Has(k + 2, Role.Unit))
            {
                var unit = Info(k + 2)!.Unit;
                bool next = Text(k + 1).Equals("next", StringComparison.OrdinalIgnoreCase);
                // "the next year" is mostly the coming one in news; "the next day" the story's
                if (!(next && unit != TimeUnit.Day))
                    return NarrativeUnit(first, k + 2, Has(k + 1, Role.Relation) ? (int)Info(k + 1)!.Relation : 0);
            }
            if (Has(k, Role.Definite) && Has(k + 1, Role.Unit) && Info(k + 1)!.Unit == TimeUnit.Day && Has(k + 2, Role.Shift) && !Has(k + 3, Role.Weekday) && !IsWordAfter(k + 2))
                return NarrativeUnit(first, k + 2, (int)Info(k + 2)!.Shift);
            if (Has(k, Role.Definite) && Has(k + 1, Role.DayPart) && !Has(k + 2, Role.Of) && Info(k + 1)!.DayPart is not (DayPart.Noon or DayPart.Midnight))
                return NarrativeUnit(first, k + 1, 0);

            if (Has(k, Role.Definite) && DefiniteYearOrWeekend(first, k) is { } own) return own;
            // "by the end of the year", "the end of the month": the anchor's own period
            if (k > first && Has(k, Role.Definite) && Has(k + 1, Role.Unit) && !IsPlural(k + 1) && Info(k + 1)!.Unit is TimeUnit.Year or TimeUnit.Month or TimeUnit.Week)
                return Make(first, k + 1, TimexType.Date, Info(k + 1)!.Unit switch
                {
                    TimeUnit.Year => TimexValues.Year(Anchor.Year),
                    TimeUnit.Month => TimexValues.Month(Anchor.Year, Anchor.Month),
                    _ => TimexValues.Week(Anchor),
                });
            // "the current quarter", "the past year", "the last decade": the article stays in the span
            if (Has(k, Role.Definite) && Has(k + 1, Role.Relation) && !Has(k + 1, Role.NarrativeRelation)
                && (Info(k + 1)!.Relation != Relation.This || !Has(k + 1, Role.Demonstrative))) k++;
            if (!Has(k, Role.Relation)) return null;
            var relation = Info(k)!.Relation;
            int target = k + 1;
            if (Has(target, Role.Fiscal) && Has(target + 1, Role.Unit)) target++;
            if (Has(target, Role.DayPart))
            {
                var part = Info(target)!.DayPart;
                var day = relation == Relation.Back && part == DayPart.Night ? Anchor.AddDays(-1)
                    : relation == Relation.Ahead ? Anchor.AddDays(1) : Anchor;
                return Make(first, target, TimexType.Time, TimexValues.Day(day) + ClockOf(part));
            }
            if (Has(target, Role.Month) && Capitalised(target))
            {
                // "last Oct. 23": the relative word modifies a month-day the calendar rule reads
                if (ReadDay(Skip(target + 1, Shape.Period)) is not null) return null;
                int month = Info(target)!.Month;
                int year = relation switch
                {
                    // "last June" in a November article is this year's June
                    Relation.Back => month < Anchor.Month ? Anchor.Year : Anchor.Year - 1,
                    Relation.Ahead => month > Anchor.Month ? Anchor.Year : Anchor.Year + 1,
                    _ => Anchor.Year,
                };
                return Make(first, target, TimexType.Date, TimexValues.Month(year, month));
            }
            if (!Has(target, Role.Unit) || IsPlural(target)) return null;
            // ABC's "This Week": a title-cased "This Week" inside a sentence names the programme
            if (_t[k].Capitalized && _t[target].Capitalized && k > From) return null;
            var u = Info(target)!.Unit;
            int r = (int)relation;
            // "this quarter's loss" in an earnings report is the reported quarter (the earnings rule)
            if (u == TimeUnit.Quarter && relation == Relation.This && !Has(k - 1, Role.Definite)) return null;
            string? value = u switch
            {
                TimeUnit.Year => TimexValues.Year(Anchor.Year + r),
                TimeUnit.Month => TimexValues.Month(Anchor.AddMonths(r).Year, Anchor.AddMonths(r).Month),
                TimeUnit.Week => TimexValues.Week(Anchor.AddDays(7 * r)),
                TimeUnit.Weekend => TimexValues.Week(Weekend(r, first, target)) + "-WE",
                TimeUnit.Quarter => QuarterFrom(r),
                TimeUnit.Half => HalfFrom(r),
                TimeUnit.Decade => (Anchor.Year / 10 + r).ToString(System.Globalization.CultureInfo.InvariantCulture),
                TimeUnit.Century when r == 0 => (Anchor.Year / 100).ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => null,
            };
            if (value is null) return null;
            return Make(first, target, TimexType.Date, value);
        }

        /// <summary>
        /// "the weekend": the one just past unless the clause is in the future (TimeBank 4 of 5 on Monday documents);
        /// "the year ended March 31", "the fiscal year": an accounting year, a length of time (P1Y); "the full year": the
        /// anchor's year.
        /// </summary>
        private Found? DefiniteYearOrWeekend(int first, int k)
        {
            int u = k + 1;
            bool whole = Has(u, Role.Whole);
            if (whole) u++;
            bool fiscal = Has(u, Role.Fiscal);
            if (fiscal) u++;
            if (!Has(u, Role.Unit) || IsPlural(u)) return null;
            var unit = Info(u)!.Unit;
            if (unit == TimeUnit.Weekend && !whole && !fiscal)
            {
                var saturday = TenseAround(first, u) == Tense.Future
                    ? TimexValues.WeekdayFrom(Anchor, DayOfWeek.Saturday, back: false)
                    : TimexValues.WeekdayFrom(Anchor.AddDays(-1), DayOfWeek.Saturday, back: true);
                return Make(first, u, TimexType.Date, TimexValues.Week(saturday) + "-WE");
            }
            if (unit != TimeUnit.Year) return null;
            if (Has(u + 1, Role.PeriodEnding) || (fiscal && !whole))
                return Make(first, u, TimexType.Duration, "P1Y");
            // "the full year", and "for the year", "a high for the year" in results: the anchor's year (TimeBank: "the year" is
            // that year 4 times, a length 6 times, all of them "the year ended …", read above)
            if (!fiscal && !Has(u + 1, Role.Shift) && !Has(u + 1, Role.Of) && ReadYear(u + 1) is null && !(In(u + 1) && _t[u + 1].Shape == Shape.Digits))
                return Make(first, u, TimexType.Date, TimexValues.Year(Anchor.Year));
            return null;
        }

        /// <summary>"a year ago", "a year earlier", "last year" at <paramref name="i"/>: the last token, or null.</summary>
        private int? YearBackAfter(int i)
        {
            bool IsYear(int k) => Has(k, Role.Unit) && Info(k)!.Unit == TimeUnit.Year && !IsPlural(k);
            if (Has(i, Role.Article) && IsYear(i + 1) && (Has(i + 2, Role.Ago) || (Has(i + 2, Role.Shift) && Info(i + 2)!.Shift == Relation.Back)))
                return i + 2;
            if (Has(i, Role.Relation) && Info(i)!.Relation == Relation.Back && IsYear(i + 1)) return i + 1;
            return null;
        }

        /// <summary>
        /// "by year-end", "year's end", "around year end": the last day of the anchor's year; after a past cue ("since
        /// year-end") the year before's. Not "year-end net", an adjective.
        /// </summary>
        private Found? YearEnd(int i)
        {
            if (!Has(i, Role.Unit) || Info(i)!.Unit != TimeUnit.Year || IsPlural(i)) return null;
            int k = SkipHyphen(i + 1);
            if (!Has(k, Role.EndWord) || (IsShape(k + 1, Shape.Hyphen) && IsWordAfter(k + 1))) return null;
            if (IsShape(i + 1, Shape.Hyphen) && In(k + 1) && _t[k + 1].Shape == Shape.Word && !Has(k + 1, Role.Relation)
                && !Has(k + 1, Role.PastCue) && !Has(k + 1, Role.PresentCue) && char.IsLower(_doc.Text[_t[k + 1].Start]) && !Has(k + 1, Role.And)
                && Info(k + 1) is null) return null;
            int year = Has(i - 1, Role.PastCue) ? Anchor.Year - 1 : Anchor.Year;
            return Make(i, k, TimexType.Date, TimexValues.Day(new DateOnly(year, 12, 31)));
        }

        private bool IsWordAfter(int i) => In(i + 1) && _t[i + 1].Shape is Shape.Word or Shape.Digits;

        /// <summary>A unit word in the plural ("years", "centuries"; not the possessive "year's").</summary>
        private bool IsPlural(int i) => Info(i) is { } info && (info.Roles & Role.Unit) != 0 && !_t[i].Possessive
                                        && Base(i).EndsWith(info.Unit == TimeUnit.Century ? "ies" : "s", StringComparison.OrdinalIgnoreCase);

        /// <summary>The Saturday of the weekend "this/last/next weekend" (or "the weekend") names.</summary>
        private DateOnly Weekend(int relation, int first, int last)
        {
            var saturday = TimexValues.WeekdayFrom(Anchor, DayOfWeek.Saturday, back: false);
            if (Anchor.DayOfWeek == DayOfWeek.Sunday) saturday = Anchor.AddDays(-1);
            if (relation < 0) return saturday.AddDays(-7);
            if (relation > 0) return Anchor.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? saturday.AddDays(7) : saturday;
            return saturday;
        }

        private string QuarterFrom(int shift)
        {
            int index = Anchor.Year * 4 + TimexValues.QuarterOf(Anchor) - 1 + shift;
            return TimexValues.Quarter(index / 4, index % 4 + 1);
        }

        private string HalfFrom(int shift)
        {
            int index = Anchor.Year * 2 + (Anchor.Month - 1) / 6 + shift;
            return TimexValues.Half(index / 2, index % 2 + 1);
        }

        /// <summary>An expression tied to the story's last time; its value on the anchor stands when the story gives none.</summary>
        private Found? NarrativeUnit(int first, int last, int shift)
        {
            if (Has(last, Role.DayPart))
            {
                var part = Info(last)!.DayPart;
                return Make(first, last, TimexType.Time, TimexValues.Day(Anchor) + ClockOf(part), new Narrative(NarrativeKind.DayPart, 0, default, part));
            }
            int unitToken = Has(last, Role.Unit) ? last : last - 1;
            if (!Has(unitToken, Role.Unit) || IsPlural(unitToken)) return null;
            return Info(unitToken)!.Unit switch
            {
                TimeUnit.Year => Make(first, last, TimexType.Date, TimexValues.Year(Anchor.Year + shift), new Narrative(NarrativeKind.Year, shift)),
                TimeUnit.Month => Make(first, last, TimexType.Date, TimexValues.Month(Anchor.AddMonths(shift).Year, Anchor.AddMonths(shift).Month), new Narrative(NarrativeKind.Month, shift)),
                TimeUnit.Day => Make(first, last, TimexType.Date, TimexValues.Day(Anchor.AddDays(shift)), new Narrative(NarrativeKind.Day, shift)),
                TimeUnit.Week => Make(first, last, TimexType.Date, TimexValues.Week(Anchor.AddDays(7 * shift))),
                _ => null,
            };
        }

        /// <summary>
        /// Quarters and halves: "the third quarter", "third-quarter", "the fiscal first quarter", "the 1988 third quarter",
        /// "the third quarter of 1989", "this year's third quarter", "the first half", "the last half of 1989". Without a
        /// year, the latest such quarter begun by the anchor (earnings news reports quarters that have started).
        /// </summary>
        private Found? Quarters(int i)
        {
            int first = i, k = i;
            bool article = Has(k, Role.Definite);
            if (article) k++;
            int? year = null;
            if (ReadYear(k) is { } y) { year = y.Year; k = y.Last + 1; }
            else if (Has(k, Role.Relation) && Has(k + 1, Role.Unit) && Info(k + 1)!.Unit == TimeUnit.Year && _t[k + 1].Possessive)
            {
                year = Anchor.Year + (int)Info(k)!.Relation;
                k += 2;
            }
            if (Has(k, Role.Fiscal)) k = SkipHyphen(k + 1);
            if (!Has(k, Role.Ordinal)) return null;
            int ordinal = Info(k)!.Ordinal;
            int ordinalToken = k;
            k = SkipHyphen(k + 1);
            if (Has(k, Role.Fiscal)) k = SkipHyphen(k + 1);
            if (!Has(k, Role.Unit) || IsPlural(k)) return null;
            var unit = Info(k)!.Unit;
            if (unit is not (TimeUnit.Quarter or TimeUnit.Half)) return null;
            int last = k;
            if (Has(k + 1, Role.Of))
            {
                int o = k + 2;
                if (Has(o, Role.Fiscal)) o++;
                if (ReadYear(o) is { } oy) { year = oy.Year; last = oy.Last; }
            }
            int n = unit == TimeUnit.Quarter ? ordinal : ordinal == -1 ? 2 : ordinal;
            if (unit == TimeUnit.Quarter && n is < 1 or > 4) return null;
            if (unit == TimeUnit.Half && n is < 1 or > 2) return null;
            // "the third-quarter loss": the article belongs to the noun after the adjective (TimeBank 8 of 8)
            bool hyphenated = IsShape(ordinalToken + 1, Shape.Hyphen) && last == k && !Has(k + 1, Role.Of);
            if (article && hyphenated && year is null && first + 1 == ordinalToken) first++;
            if (unit == TimeUnit.Quarter)
                return Make(first, last, TimexType.Date, TimexValues.Quarter(year ?? TimexValues.LatestBegun(Anchor, n), n));
            int halfYear = year ?? (n == 2 && Anchor.Month < 7 ? Anchor.Year - 1 : Anchor.Year);
            return Make(first, last, TimexType.Date, TimexValues.Half(halfYear, n));
        }

        /// <summary>
        /// The periods of an earnings report: "the quarter", "the latest quarter", "the same period", "this quarter" → the
        /// reported quarter; "the year-ago quarter", "the year-earlier period", "year-earlier" → that quarter a year before
        /// (or the year before, outside earnings reports).
        /// </summary>
        private Found? EarningsPeriods(int i)
        {
            int first = i, k = i;
            bool determiner = Has(k, Role.Definite) || Has(k, Role.Demonstrative) || (Has(k, Role.Relation) && Info(k)!.Relation == Relation.This && !Has(k, Role.StretchRelation));
            if (determiner) k++;
            if (PhraseAt(k, PhraseKind.Latest) is { } latestPhrase) k = latestPhrase.Last + 1;
            else if (Has(k, Role.Latest)) k++;
            // "year-ago", "year-earlier"
            bool yearAgo = false;
            if (Has(k, Role.Unit) && Info(k)!.Unit == TimeUnit.Year && IsShape(k + 1, Shape.Hyphen) && (Has(k + 2, Role.Ago) || Has(k + 2, Role.Shift))
                && (Info(k + 2)!.Ago == Relation.Back && Has(k + 2, Role.Ago) || Has(k + 2, Role.Shift) && Info(k + 2)!.Shift == Relation.Back))
            {
                yearAgo = true;
                k += 3;
            }
            int last = k - 1;
            bool period = false;
            int ordinal = 0;
            if (Has(k, Role.Ordinal) && Info(k)!.Ordinal is >= 1 and <= 4 && Has(SkipHyphen(k + 1), Role.Unit) && Info(SkipHyphen(k + 1))!.Unit == TimeUnit.Quarter)
            {
                ordinal = Info(k)!.Ordinal;
                k = SkipHyphen(k + 1);
            }
            if (Has(k, Role.PeriodNoun) && !IsPlural(k)) { period = true; last = k; }
            if (!yearAgo && (!period || !determiner)) return null;
            if (!yearAgo && Info(k)!.Unit != TimeUnit.Quarter && !Has(first + 1, Role.Latest)) return null;
            var (ry, rq) = _doc.Reported;
            if (ordinal > 0) rq = ordinal;
            // "the quarter a year ago", "the corresponding period last year": that quarter a year before
            if (!yearAgo && YearBackAfter(last + 1) is int back)
                return Make(first, back, TimexType.Date, TimexValues.Quarter(ry - 1, rq));
            if (!yearAgo) return Make(first, last, TimexType.Date, TimexValues.Quarter(ry, rq));
            if (!determiner) first = i;
            bool quarterly = period || _doc.Quarterly;
            return Make(first, last, TimexType.Date, quarterly ? TimexValues.Quarter(ry - 1, rq) : TimexValues.Year(Anchor.Year - 1));
        }
    }
}
