using Storyline.Annotate.Time;
using Storyline.Text;

namespace Storyline.Tests.Annotate.Time;

/// <summary>
/// Fourth-round conventions: expressions anchored on the story's last mentioned time, part-of-day weekdays, ranges,
/// vague past and future, and span details (own sentences, anchor Monday 28 January 2019).
/// </summary>
public sealed class TimexNarrativeTests
{
    private static readonly DateTimeOffset Monday = new(2019, 1, 28, 9, 0, 0, TimeSpan.Zero);

    private static TimeExpression Single(string text, string phrase)
    {
        var all = TimexStageTests.Tag(text, Monday);
        int at = text.IndexOf(phrase, StringComparison.Ordinal);
        return Assert.Single(all, e => e.Span.Overlaps(new TextSpan(at, phrase.Length)));
    }

    private static string SpanText(string text, TimeExpression e) => text.Substring(e.Span.Start, e.Span.Length);

    [Fact]
    public void FollowingMonthIsTheMonthAfterTheLastMentionedOne() =>
        Assert.Equal("2017-04", Single("The minister resigned on March 3, 2017. The following month, his deputy was arrested.", "following month").Value);

    [Fact]
    public void DayBeforeIsTheDayBeforeTheLastMentionedDay() =>
        Assert.Equal("2018-10-11", Single("Rebels took the port on Oct. 12, 2018. The day before, the navy had sailed away.", "day before").Value);

    [Fact]
    public void PreviousWeekdayIsTheOneBeforeTheLastMentionedDay() =>
        Assert.Equal("2018-10-19", Single("The deal closed on Oct. 25, 2018. The previous Friday, shares had jumped.", "previous Friday").Value);

    [Fact]
    public void BareMorningIsOnTheLastMentionedDay() =>
        Assert.Equal("2019-01-25TMO", Single("Markets fell on Friday. Dealers had placed heavy orders in the morning to calm prices.", "morning").Value);

    [Fact]
    public void DeicticNextMonthStaysOnThePublicationDate() =>
        Assert.Equal("2019-02", Single("The minister resigned on March 3, 2017. The court will rule next month.", "next month").Value);

    [Fact]
    public void LateWeekdayWithoutFutureCueIsTheLastOne() =>
        Assert.Equal("2019-01-22", Single("The court ruled late Tuesday that the count can go ahead.", "Tuesday").Value);

    [Fact]
    public void EarlyWeekdayWithFutureCueIsTheNextOne() =>
        Assert.Equal("2019-01-29", Single("The council will vote early Tuesday on the budget.", "Tuesday").Value);

    [Fact]
    public void HyphenatedLengthBeforeANounLeavesTheArticleOut()
    {
        const string text = "Both sides signed a truce that ended the eight-year war along the border.";
        var e = Single(text, "eight-year");
        Assert.Equal(("eight-year", "P8Y"), (SpanText(text, e), e.Value));
    }

    [Fact]
    public void DayToMonthRangeIsTwoExpressions()
    {
        const string text = "After a revision Friday to December's sales figures, the index rose.";
        var all = TimexStageTests.Tag(text, Monday);
        Assert.Contains(all, e => SpanText(text, e) == "Friday" && e.Value == "2019-01-25");
        Assert.Contains(all, e => SpanText(text, e) == "December" && e.Value == "2018-12");
    }

    [Fact]
    public void AtTheTimeIsThePast()
    {
        const string text = "In a speech in 2015 the mayor said at the time he would not resign.";
        var e = Single(text, "the time");
        Assert.Equal(("the time", "PAST_REF"), (SpanText(text, e), e.Value));
    }

    [Fact]
    public void SeveralYearsAgoIsNoParticularYear() =>
        Assert.Equal("PAST_REF", Single("The old mill closed several years ago and was never sold.", "several years ago").Value);

    [Fact]
    public void WillOneDayIsTheFuture()
    {
        var e = Single("Engineers hope the tunnel will one day link the two islands.", "one day");
        Assert.Equal((TimexType.Date, "FUTURE_REF"), (e.Type, e.Value));
    }

    [Fact]
    public void OneDayAsALengthStaysADuration() =>
        Assert.Equal("P1D", Single("The new manager had been in the post for one day when the strike began.", "one day").Value);

    [Fact]
    public void PercentFigureIsNoClockTime()
    {
        const string text = "The ferry fare index eased to 2.9 percent last month from 3.4 percent in December.";
        var all = TimexStageTests.Tag(text, Monday);
        Assert.Contains(all, e => SpanText(text, e) == "last month" && e.Value == "2018-12");
        Assert.DoesNotContain(all, e => e.Value.Contains('T'));
    }

    [Fact]
    public void NumberAfterPartOfDayIsNoHour()
    {
        const string text = "At the end of the show this evening, one more guest walked in.";
        var e = Single(text, "this evening");
        Assert.Equal(("this evening", "2019-01-28TEV"), (SpanText(text, e), e.Value));
    }

    [Fact]
    public void FutureOfSomethingIsNoTime() =>
        Assert.Empty(TimexStageTests.Tag("The vote will decide the future of the harbour.", Monday));

    [Fact]
    public void OrSoAgoIsThePointThatFarBack()
    {
        const string text = "Then, a week or so ago, the general chose the date.";
        var e = Single(text, "a week");
        Assert.Equal(("a week or so ago", TimexType.Date, "2019-01-21"), (SpanText(text, e), e.Type, e.Value));
    }

    [Fact]
    public void OrSoStaysInTheSpan()
    {
        const string text = "The plant will close over the next year or so, a spokesman said.";
        var e = Single(text, "next year");
        Assert.EndsWith("or so", SpanText(text, e), StringComparison.Ordinal);
    }

    [Fact]
    public void AdditionalYearIsALength()
    {
        const string text = "The lease may be extended for an additional year at a higher rent.";
        var e = Single(text, "additional year");
        Assert.Equal(("an additional year", TimexType.Duration, "P1Y"), (SpanText(text, e), e.Type, e.Value));
    }

    [Fact]
    public void DayEarlierIsTheLengthBack()
    {
        var e = Single("A day earlier, the army had left the city.", "day earlier");
        Assert.Equal((TimexType.Duration, "P1D"), (e.Type, e.Value));
    }
}
