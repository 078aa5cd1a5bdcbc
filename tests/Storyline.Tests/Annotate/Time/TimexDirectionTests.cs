using Storyline.Annotate.Time;
using Storyline.Text;
using Storyline.Language;

namespace Storyline.Tests.Annotate.Time;

/// <summary>
/// Which side of the publication date a year-less month, a weekday and a named day fall on, and words that look like
/// months but are not (own sentences; the anchor is given per test).
/// </summary>
public sealed class TimexDirectionTests
{
    private static readonly DateTimeOffset MidMay = new(1999, 5, 7, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Monday = new(2019, 1, 28, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset LateOctober = new(2018, 10, 22, 9, 0, 0, TimeSpan.Zero);

    private static TimeExpression? Find(string text, string phrase, DateTimeOffset anchor)
    {
        int at = text.IndexOf(phrase, StringComparison.Ordinal);
        return TimexStageTests.Tag(text, anchor).Cast<TimeExpression?>().SingleOrDefault(e => e!.Value.Span.Overlaps(new TextSpan(at, phrase.Length)));
    }

    [Fact]
    public void FarMonthDayInThePastTenseIsTheOneBefore() =>
        // six months either way: the nearest reading is next November, the past tense wants last November
        Assert.Equal("1998-11-03", Find("The surveyor was last seen Nov. 3 near the harbour.", "Nov. 3", MidMay)?.Value);

    [Fact]
    public void FarMonthInTheFutureTenseIsTheOneAfter() =>
        Assert.Equal("1999-12", Find("The crew will fly the next mission in December, the agency said.", "December", MidMay)?.Value);

    [Fact]
    public void NearMonthDayStaysTheNearestWhateverTheVerb() =>
        // a notice three weeks ahead: "was set" is past, but the record date is the coming one
        Assert.Equal("1999-05-28", Find("The dividend was set for holders of record May 28.", "May 28", MidMay)?.Value);

    [Fact]
    public void AsEarlyAsWeekdayIsTheComingOneWithoutTheCueInTheSpan()
    {
        const string text = "The father could travel to the capital as early as Tuesday, officials said.";
        var e = Find(text, "Tuesday", Monday) ?? throw new Xunit.Sdk.XunitException("no expression on Tuesday");
        Assert.Equal(("Tuesday", "2019-01-29"), (text.Substring(e.Span.Start, e.Span.Length), e.Value));
    }

    [Fact]
    public void PlanningToIsAFutureCue() =>
        Assert.Equal("2019-02-01", Find("Supporters were planning to gather outside the court on Friday.", "Friday", Monday)?.Value);

    [Fact]
    public void PlannedBeforeTheWeekdayIsAFutureCue() =>
        Assert.Equal("2019-02-01", Find("The volunteers planned to reopen the library on Friday.", "Friday", Monday)?.Value);

    [Fact]
    public void PlannedAfterTheWeekdayIsNotAFutureCue() =>
        // the planning happened on Friday; what was planned is not the day
        Assert.Equal("2019-01-25", Find("On Friday, the council planned to open the bridge to cyclists.", "Friday", Monday)?.Value);

    [Fact]
    public void LowerCaseMonthIsNotADate()
    {
        Assert.Null(Find("Dozens were detained at this march in every one of the past three years.", "march", Monday));
        Assert.Null(Find("Veterans led the last march of the season through the old town.", "march", Monday));
    }

    [Fact]
    public void ElectionDayIsTheTuesdayAfterTheFirstMondayOfNovember()
    {
        Assert.Equal("2018-11-06", Find("Both campaigns will spend heavily from now to Election Day.", "Election Day", LateOctober)?.Value);
        Assert.Equal(new DateOnly(2000, 11, 7), LanguagePacks.English.Time.Holidays["election day"].In(2000));
        Assert.Equal(new DateOnly(2022, 11, 8), LanguagePacks.English.Time.Holidays["election day"].In(2022)); // 1 November 2022 was a Tuesday
    }

    [Fact]
    public void PastElectionDayInThePastTense() =>
        Assert.Equal("2018-11-06", Find("Turnout on Election Day was the highest in decades.", "Election Day", new DateTimeOffset(2019, 1, 10, 9, 0, 0, TimeSpan.Zero))?.Value);
}
