using Storyline.Annotate.Time;
using Storyline.Text;
using Storyline.Language;

namespace Storyline.Tests.Annotate.Time;

/// <summary>
/// Each rule family of <see cref="TimexEngine"/> with what it reads and what it must leave alone (own sentences;
/// the anchor is Monday 28 January 2019 unless a test says otherwise).
/// </summary>
public sealed class TimexEngineRuleTests
{
    private static readonly DateOnly Monday = new(2019, 1, 28);

    private static List<(string Text, TimexType Type, string Value)> Tag(string text, DateOnly? anchor = null)
    {
        var sentences = SentenceSplitter.Split(text, LanguagePacks.English.Sentences).Select(s => s.Span);
        return TimexTagger.Tag(text, sentences, anchor ?? Monday)
            .Select(e => (text.Substring(e.Span.Start, e.Span.Length), e.Type, e.Value)).ToList();
    }

    private static void Reads(string text, string span, TimexType type, string value) =>
        Assert.Contains((span, type, value), Tag(text));

    private static void ReadsNothing(string text) => Assert.Empty(Tag(text));

    // ---- calendar dates ----

    [Theory]
    [InlineData("The treaty was signed on Nov. 9, 1989, in Berlin.", "Nov. 9, 1989", "1989-11-09")]
    [InlineData("The treaty was signed on 9 November 1989 in Berlin.", "9 November 1989", "1989-11-09")]
    [InlineData("Talks resumed in March 2017 after a pause.", "March 2017", "2017-03")]
    [InlineData("Talks resumed in July last year after a pause.", "July last year", "2018-07")]
    [InlineData("The court heard the case on Friday, Jan. 25, in public.", "Friday, Jan. 25", "2019-01-25")]
    [InlineData("The filing is dated 10/5/98 on its cover.", "10/5/98", "1998-10-05")]
    [InlineData("The filing is dated 1998-10-05 on its cover.", "1998-10-05", "1998-10-05")]
    [InlineData("Work on the dam stopped in mid-November.", "mid-November", "2018-11")]
    [InlineData("The bank reported a loss for the year ended March 31.", "March 31", "2018-03-31")]
    public void CalendarDatesAreRead(string text, string span, string value) => Reads(text, span, TimexType.Date, value);

    [Theory]
    [InlineData("The board may decide to sell the plant.")]
    [InlineData("Prime Minister Theresa May spoke to reporters.")]
    [InlineData("The paper was bought by the Sun last year in a deal.", "last year")]
    [InlineData("Jan Kavan met the envoy in Prague.")]
    public void WordsThatLookLikeMonthsOrDaysAreNot(string text, string? allowed = null) =>
        Assert.All(Tag(text), e => Assert.Equal(allowed, e.Text));

    // ---- years, decades, centuries, seasons ----

    [Theory]
    [InlineData("The mine opened in 1998 near the border.", "1998", "1998")]
    [InlineData("In fiscal 1989 the company earned $3 million.", "fiscal 1989", "1989")]
    [InlineData("The plant will not reopen until 2024 or later.", "2024 or later", "2024")]
    [InlineData("Rents doubled in the 1990s across the city.", "the 1990s", "199")]
    [InlineData("Rents doubled in the 1980s and 1990s.", "1990s", "199X")]
    [InlineData("The church dates from the 11th century.", "the 11th century", "10")]
    [InlineData("Prices rose this summer, the agency said.", "this summer", "2019-SU")]
    [InlineData("Prices rose last fall, the agency said.", "last fall", "2018-FA")]
    [InlineData("The storm struck in the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1994-WI")]
    public void YearsDecadesAndSeasonsAreRead(string text, string span, string value) => Reads(text, span, TimexType.Date, value);

    [Theory]
    [InlineData("The index closed at 2045.3 on heavy volume.")]
    [InlineData("The agency paid $1998 for each licence.")]
    [InlineData("About 2000 people marched through the town.")]
    [InlineData("He drove a 4x4 built by Orion 1980 in the desert.")]
    [InlineData("The school hall was full in the fall of the regime.")]
    public void NumbersThatAreNotYearsAreLeftAlone(string text) => ReadsNothing(text);

    // ---- quarters and earnings periods ----

    [Theory]
    [InlineData("Profit rose in the third quarter, the bank said.", "the third quarter", "2018-Q3")]
    [InlineData("Third-quarter profit rose 5%, the bank said.", "Third-quarter", "2018-Q3")]
    [InlineData("Profit rose in the third quarter of 2017, the bank said.", "the third quarter of 2017", "2017-Q3")]
    [InlineData("Sales fell in the first half of 2018, the retailer said.", "the first half of 2018", "2018-H1")]
    [InlineData("Third-quarter profit rose 5%. It earned $2 million in the year-ago quarter.", "the year-ago quarter", "2017-Q3")]
    [InlineData("Third-quarter profit rose 5%. Sales in the quarter reached $9 million.", "the quarter", "2018-Q3")]
    public void QuartersAreRead(string text, string span, string value) => Reads(text, span, TimexType.Date, value);

    [Fact]
    public void FractionsAreNotQuarters() =>
        ReadsNothing("Three-quarters of the shares were sold to a quarter of the buyers.");

    // ---- weekdays and days ----

    [Theory]
    [InlineData("The mayor resigned on Saturday after the vote.", "Saturday", "2019-01-26")]
    [InlineData("The council will vote on Saturday on the budget.", "Saturday", "2019-02-02")]
    [InlineData("The envoy arrived last Friday from Lima.", "last Friday", "2019-01-25")]
    [InlineData("The envoy arrives next Friday from Lima.", "next Friday", "2019-02-01")]
    [InlineData("Thousands gathered Sunday night in the square.", "Sunday night", "2019-01-27")]
    [InlineData("The ferry sank yesterday off the coast.", "yesterday", "2019-01-27")]
    [InlineData("The ferry leaves today for the island.", "today", "2019-01-28")]
    [InlineData("Wednesday's ruling angered the unions.", "Wednesday", "2019-01-23")]
    public void DaysAreRead(string text, string span, string value) => Reads(text, span, TimexType.Date, value);

    [Fact]
    public void PartOfTheDayIsATime()
    {
        Reads("The strike began this morning at the port.", "this morning", TimexType.Time, "2019-01-28TMO");
        Reads("The strike began last night at the port.", "last night", TimexType.Time, "2019-01-27TNI");
        Reads("The strike began yesterday afternoon at the port.", "yesterday afternoon", TimexType.Time, "2019-01-27TAF");
    }

    [Fact]
    public void WeekdayPluralsAndAbbreviationsWithoutAPeriodAreNoDays()
    {
        Assert.DoesNotContain(Tag("The Sun reported the deal on its front page."), e => e.Type == TimexType.Date);
        Assert.Contains(("Mondays", TimexType.Set, "XXXX-WXX-1"), Tag("The market is closed on Mondays."));
    }

    // ---- relative expressions ----

    [Theory]
    [InlineData("Sales rose last year, the firm said.", "last year", "2018")]
    [InlineData("Sales will rise next year, the firm said.", "next year", "2020")]
    [InlineData("The two leaders met last week in a border town.", "last week", "2019-W04")]
    [InlineData("Prices fell last month across Europe.", "last month", "2018-12")]
    [InlineData("Prices fell earlier this year across Europe.", "earlier this year", "2019")]
    [InlineData("The rains came last June after a dry spring.", "last June", "2018-06")]
    [InlineData("Rates rose two years ago and fell since.", "two years ago", "2017")]
    [InlineData("Rates rose three months ago and fell since.", "three months ago", "2018-10")]
    [InlineData("The ship sank ten days ago off the cape.", "ten days ago", "2019-01-18")]
    [InlineData("The two banks hope to finish the merger by year-end.", "year-end", "2019-12-31")]
    public void RelativeExpressionsAreOnTheAnchor(string text, string span, string value) => Reads(text, span, TimexType.Date, value);

    [Fact]
    public void NarrativeExpressionsAreOnTheStorysTime()
    {
        Reads("The mine opened in May 2011. Output doubled later that year.", "later that year", TimexType.Date, "2011");
        Reads("The deal closed on Oct. 25, 2018. The next day, shares fell.", "The next day", TimexType.Date, "2018-10-26");
        // without an earlier time the anchor stands
        Reads("The next day, shares fell again.", "The next day", TimexType.Date, "2019-01-29");
    }

    // ---- references ----

    [Theory]
    [InlineData("The streets are quiet now, police said.", "now", "PRESENT_REF")]
    [InlineData("Prices have fallen recently in the region.", "recently", "PAST_REF")]
    [InlineData("Prices will rise in the near future, analysts said.", "the near future", "FUTURE_REF")]
    [InlineData("Such floods were rare in the past, farmers say.", "the past", "PAST_REF")]
    [InlineData("Engineers hope the tunnel will one day link the islands.", "one day", "FUTURE_REF")]
    public void ReferencesAreRead(string text, string span, string value) => Reads(text, span, TimexType.Date, value);

    [Theory]
    [InlineData("The vote will decide the future of the harbour.")]
    [InlineData("Output rose over the past few weeks.")]
    [InlineData("The current fiscal year ends in June.")]
    [InlineData("The recent years of drought emptied the valley.")]
    public void ReferenceWordsInsideOtherPhrasesAreNotReferences(string text) =>
        Assert.DoesNotContain(Tag(text), e => e.Value.EndsWith("_REF", StringComparison.Ordinal));

    // ---- lengths ----

    [Theory]
    [InlineData("The envoys were told to leave within 72 hours.", "72 hours", "PT72H")]
    [InlineData("The airport stayed closed for the past three years.", "the past three years", "P3Y")]
    [InlineData("Profit rose in the first nine months of the year.", "the first nine months", "P9M")]
    [InlineData("The two-year project ran late.", "two-year", "P2Y")]
    [InlineData("The tenants waited 2 1/2 years for repairs.", "2 1/2 years", "P2Y6M")]
    [InlineData("The tenants waited a year and a half for repairs.", "a year and a half", "P1Y6M")]
    [InlineData("The talks went on for several weeks.", "several weeks", "PXW")]
    [InlineData("The feud has gone on for years.", "years", "PXY")]
    [InlineData("Rebels held the town for nearly two months.", "nearly two months", "P2M")]
    [InlineData("The band played for two decades.", "two decades", "P20Y")]
    [InlineData("The search lasted the last 24 hours.", "the last 24 hours", "P1D")]
    [InlineData("The ship left port. Three days later it reached the coast.", "Three days", "P3D")]
    public void LengthsAreRead(string text, string span, string value) => Reads(text, span, TimexType.Duration, value);

    [Theory]
    [InlineData("Mr. Lane, 52 years old, will lead the board.")]
    [InlineData("A 6-year-old boy was found safe.")]
    [InlineData("The plan saves $500 million a year in costs.")]
    [InlineData("The programme aired on CBS's 60 Minutes in the evening.")]
    [InlineData("A second buyer stepped in at the auction.")]
    public void AgesRatesTitlesAndOrdinalsAreNoLengths(string text) =>
        Assert.DoesNotContain(Tag(text), e => e.Type == TimexType.Duration);

    // ---- clock times ----

    [Theory]
    [InlineData("The polls close at 8 p.m. in the capital.", "8 p.m.", "2019-01-28T20:00")]
    [InlineData("The polls close at 10:30 a.m. EST in the capital.", "10:30 a.m. EST", "2019-01-28T10:30")]
    [InlineData("Bids must arrive by 3 p.m. EST Feb. 4, officials said.", "3 p.m. EST Feb. 4", "2019-02-04T15:00")]
    [InlineData("The offer was set to expire at noon Friday, the bank said.", "noon Friday", "2019-01-25T12:00")]
    public void ClockTimesAreRead(string text, string span, string value) => Reads(text, span, TimexType.Time, value);

    [Fact]
    public void BareNumbersAreNoClockTimes() =>
        ReadsNothing("The jobless rate fell to 4 from 5 as 3 plants reopened.");

    // ---- recurrences ----

    [Theory]
    [InlineData("The ferry runs every day in summer.", "every day", "P1D")]
    [InlineData("The utility pays a dividend every quarter.", "every quarter", "P1Q")]
    [InlineData("The market opens each Thursday at dawn.", "each Thursday", "XXXX-WXX-4")]
    [InlineData("The board meets weekly in the capital.", "weekly", "P1W")]
    public void RecurrencesAreSets(string text, string span, string value) => Reads(text, span, TimexType.Set, value);

    [Fact]
    public void AmountsPerPeriodAreNoRecurrences() =>
        ReadsNothing("Annual sales rose and the quarterly dividend was raised.");

    // ---- no anchor ----

    [Fact]
    public void WithoutAnAnchorValuesAreUnderspecified()
    {
        var text = "The mayor resigned last week and the vote was on Jan. 25, 2019.";
        var all = TimexTagger.Tag(text, [new TextSpan(0, text.Length)], null);
        Assert.Contains(all, e => e.Value.StartsWith("XXXX-W", StringComparison.Ordinal) && e.Date is null);
        Assert.Contains(all, e => e.Value == "2019-01-25" && e.Date is null);
    }

    // ---- the vocabulary is data ----

    [Fact]
    public void AnEngineReadsTheWordsItsVocabularyGivesIt()
    {
        // a vocabulary with one more month name: the rules read it like any other, nothing else changes
        var english = LanguagePacks.English.Time;
        var months = english.Months.ToDictionary(StringComparer.OrdinalIgnoreCase);
        months["brumaire"] = 10;
        var engine = new TimexEngine(english with { Months = System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(months, StringComparer.OrdinalIgnoreCase) });
        const string text = "The coup took place on Brumaire 18, 1799, in Paris.";
        var found = engine.Tag(text, [new TextSpan(0, text.Length)], Monday);
        Assert.Contains(found, e => e.Value == "1799-10-18");
        Assert.Empty(TimexTagger.Tag(text, [new TextSpan(0, text.Length)], Monday).Where(e => e.Value == "1799-10-18"));
    }
}
