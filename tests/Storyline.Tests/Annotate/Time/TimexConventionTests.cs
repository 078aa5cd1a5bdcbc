using Storyline.Annotate.Time;
using Storyline.Text;

namespace Storyline.Tests.Annotate.Time;

/// <summary>TimeBank/TIMEX3 value conventions the news rules follow (own sentences, anchor Monday 28 January 2019).</summary>
public sealed class TimexConventionTests
{
    private static readonly DateTimeOffset Monday = new(2019, 1, 28, 9, 0, 0, TimeSpan.Zero);

    private static TimeExpression Single(string text, string phrase)
    {
        var all = TimexStageTests.Tag(text, Monday);
        int at = text.IndexOf(phrase, StringComparison.Ordinal);
        return Assert.Single(all, e => e.Span.Overlaps(new TextSpan(at, phrase.Length)));
    }

    [Fact]
    public void RecentWeeksIsAnUnknownNumberOfWeeks()
    {
        var e = Single("Prices have climbed in recent weeks across the region.", "recent weeks");
        Assert.Equal((TimexType.Duration, "PXW"), (e.Type, e.Value));
    }

    [Fact]
    public void ComingMonthsIsAnUnknownNumberOfMonths() =>
        Assert.Equal("PXM", Single("The board will decide in the coming months whether to sell.", "coming months").Value);

    [Fact]
    public void OrdinalCenturyIsItsTwoLeadingDigits() =>
        Assert.Equal("19", Single("The bridge was one of the great works of the 20th century.", "20th century").Value);

    [Fact]
    public void DecadeWordIsTheDecade() =>
        Assert.Equal("199", Single("Membership grew steadily through the nineties.", "nineties").Value);

    [Fact]
    public void LateDecadeKeepsTheArticleAndPart()
    {
        const string text = "The plant was built in the late 1970s by a local firm.";
        var e = Single(text, "1970s");
        Assert.Equal(("the late 1970s", "197"), (text.Substring(e.Span.Start, e.Span.Length), e.Value));
    }

    [Fact]
    public void SpokenMonthAndYearIsTheMonth() =>
        Assert.Equal("1997-01", Single("January nineteen ninety-seven. The second storm arrived.", "nineteen").Value);

    [Fact]
    public void FiscalYearWithNumberIsThatYear() =>
        Assert.Equal("2018", Single("In fiscal 2018, the company earned $3 million.", "2018").Value);

    [Fact]
    public void BareWeekendInAMondayReportIsTheOneJustPast() =>
        Assert.Equal("2019-W04-WE", Single("Protesters gathered in the square over the weekend, police said.", "weekend").Value);

    [Fact]
    public void YearAgoInAnEarningsReportIsTheNamedQuarterAYearBefore()
    {
        const string text = "The firm said its second-quarter profit rose 8%. Profit was $2 million a year ago.";
        Assert.Equal("2017-Q2", Single(text, "a year ago").Value);
    }

    [Fact]
    public void YearPeriodInAnEarningsReportIsThatYearsReportedQuarter()
    {
        const string text = "Third-quarter sales rose 5%. In the 2017 period, the company lost $1 million.";
        var e = Single(text, "2017");
        Assert.Equal(("the 2017 period", "2017-Q3"), (text.Substring(e.Span.Start, e.Span.Length), e.Value));
    }

    [Fact]
    public void BeToFutureTakesTheNextWeekday() =>
        Assert.Equal("2019-01-29", Single("The shares are to resume trading in Paris Tuesday.", "Tuesday").Value);

    [Fact]
    public void DateAfterEndedIsNotInTheFuture() =>
        Assert.Equal("2018-03-31", Single("Revenue reached $9 million in the year ended March 31.", "March 31").Value);

    [Fact]
    public void AttributiveCurrentIsThePresent() =>
        Assert.Equal("PRESENT_REF", Single("Under current rules the mill cannot expand.", "current").Value);

    [Fact]
    public void ThatYearIsTheStorysLastWrittenYear() =>
        Assert.Equal("2011", Single("The mine opened in May 2011. Output doubled later that year.", "that year").Value);

    [Fact]
    public void DaysLaterIsTheLengthOfTime()
    {
        const string text = "The ship left port. Three days later it reached the coast.";
        var e = Single(text, "Three days");
        Assert.Equal(("Three days", "P3D"), (text.Substring(e.Span.Start, e.Span.Length), e.Value));
    }

    [Fact]
    public void AgeIsNotADuration() =>
        Assert.DoesNotContain(TimexStageTests.Tag("Mr. Lane, 52 years old, will lead the board.", Monday), e => e.Value == "P52Y");

    [Fact]
    public void BetweenTwoYearsIsTwoDates()
    {
        var all = TimexStageTests.Tag("The plant shipped most of its output between 2009 and 2012.", Monday);
        Assert.Contains(all, e => e.Value == "2009");
        Assert.Contains(all, e => e.Value == "2012");
    }

    [Fact]
    public void OpenEndedYearIsTheYearWithItsModifier()
    {
        const string text = "The mill will not reopen until 2024 or later.";
        var e = Single(text, "2024");
        Assert.Equal(("2024 or later", "2024"), (text.Substring(e.Span.Start, e.Span.Length), e.Value));
    }

    [Fact]
    public void DateBeforeAPriceIsTheDateNotAClockTime()
    {
        const string text = "Holders can sell the shares to the bank after March 1, 2020 at 9 euros each.";
        var e = Single(text, "March 1, 2020");
        Assert.Equal(("March 1, 2020", TimexType.Date, "2020-03-01"), (text.Substring(e.Span.Start, e.Span.Length), e.Type, e.Value));
    }

    [Fact]
    public void ClockTimeBeforeADayIsOneTimeOnThatDay()
    {
        const string text = "Bids must reach the agency by 3 p.m. EST Feb. 4, officials said.";
        var e = Single(text, "Feb. 4");
        Assert.Equal(("3 p.m. EST Feb. 4", TimexType.Time, "2019-02-04T15:00"), (text.Substring(e.Span.Start, e.Span.Length), e.Type, e.Value));
    }

    [Fact]
    public void YearEndIsTheLastDayOfTheYear()
    {
        Assert.Equal("2019-12-31", Single("The two banks hope to finish the merger by year-end.", "year-end").Value);
        Assert.Equal("2018-12-31", Single("The index has gained 4% since year-end.", "year-end").Value);
    }

    [Fact]
    public void ProgrammeCalledThisWeekIsNoWeek() =>
        Assert.DoesNotContain(TimexStageTests.Tag("The minister said on NBC's \"This Week\" program that talks would go on.", Monday),
            e => e.Value.Contains("-W", StringComparison.Ordinal));

    [Fact]
    public void SeveralQuartersIsAnUnknownNumberOfQuarters()
    {
        Assert.Equal("PXQ", Single("The bakery chain turned a profit after several quarters of losses.", "several quarters").Value);
        Assert.Equal("PXY", Single("She returns after a several-year stint abroad.", "several-year").Value);
    }

    [Fact]
    public void EveryQuarterIsASetOfQuarters()
    {
        var e = Single("The utility pays a dividend every quarter to its holders.", "every quarter");
        Assert.Equal((TimexType.Set, "P1Q"), (e.Type, e.Value));
    }

    [Fact]
    public void InLessThanAnHourIsTheLengthOfTime()
    {
        const string text = "The ministry replied in less than one hour, rejecting the claim.";
        var e = Single(text, "one hour");
        Assert.Equal(("less than one hour", TimexType.Duration, "PT1H"), (text.Substring(e.Span.Start, e.Span.Length), e.Type, e.Value));
    }

    [Fact]
    public void PastYearsWithoutArticleIsThePast() =>
        Assert.Equal("PAST_REF", Single("Floods like this hit the valley in past years as well.", "past years").Value);

    [Fact]
    public void ThisPastSeasonIsTheLatestOneBegun()
    {
        const string text = "The club sold its stadium this past summer, the mayor said.";
        var e = Single(text, "summer");
        Assert.Equal(("this past summer", "2018-SU"), (text.Substring(e.Span.Start, e.Span.Length), e.Value));
    }

    [Fact]
    public void WholeAndAHalfYearsIsYearsAndSixMonths()
    {
        const string text = "The tenants waited 3 1/2 years for the repairs.";
        var e = Single(text, "1/2 years");
        Assert.Equal(("3 1/2 years", TimexType.Duration, "P3Y6M"), (text.Substring(e.Span.Start, e.Span.Length), e.Type, e.Value));
    }

    [Fact]
    public void SpokenYearTwoThousandIsOneExpression()
    {
        const string text = "Engineers feared that clocks would fail in the year two thousand across the world.";
        var e = Single(text, "two thousand");
        Assert.Equal(("the year two thousand", "2000"), (text.Substring(e.Span.Start, e.Span.Length), e.Value));
    }

    [Fact]
    public void OverTheYearsIsAnUnknownNumberOfYears()
    {
        const string text = "The village has changed a great deal over the years, residents say.";
        var e = Single(text, "the years");
        Assert.Equal(("the years", TimexType.Duration, "PXY"), (text.Substring(e.Span.Start, e.Span.Length), e.Type, e.Value));
    }

    [Fact]
    public void IndexLevelsAndCountsAreNotDates()
    {
        var all = TimexStageTests.Tag("The index closed at 2045.3 as 12 million shares changed hands. A second buyer stepped in.", Monday);
        Assert.Empty(all);
    }

    [Fact]
    public void TradingDaysAreALengthOfDays()
    {
        const string text = "Five trading days after the merger news, the shares had doubled.";
        var e = Single(text, "trading days");
        Assert.Equal(("Five trading days", TimexType.Duration, "P5D"), (text.Substring(e.Span.Start, e.Span.Length), e.Type, e.Value));
    }
}
