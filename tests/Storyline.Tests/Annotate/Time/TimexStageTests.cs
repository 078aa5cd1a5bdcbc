using Storyline.Annotate.Time;
using Storyline.Articles;
using Storyline.Text;

namespace Storyline.Tests.Annotate.Time;

public sealed class TimexStageTests
{
    // Monday 28 January 2019
    private static readonly DateTimeOffset Monday = new(2019, 1, 28, 9, 0, 0, TimeSpan.Zero);

    internal static List<TimeExpression> Tag(string text, DateTimeOffset? published)
    {
        var article = new Article("t1", "test", text, new ArticleMetadata { Published = published });
        article = new SentenceStage().Process(article);
        return new TimexStage().Process(article).Get(TimeExpression.Layer).ToList();
    }

    private static TimeExpression Single(string text, string phrase, DateTimeOffset? published = null)
    {
        var all = Tag(text, published ?? Monday);
        int at = text.IndexOf(phrase, StringComparison.Ordinal);
        return Assert.Single(all, e => e.Span.Overlaps(new TextSpan(at, phrase.Length)));
    }

    [Fact]
    public void PastTenseWeekdayIsTheOneBeforeTheAnchor()
    {
        var e = Single("The mayor resigned on Saturday after weeks of protests.", "Saturday");
        Assert.Equal("2019-01-26", e.Value);
        Assert.Equal(new DateOnly(2019, 1, 26), e.Date);
        Assert.Equal(TimexType.Date, e.Type);
    }

    [Fact]
    public void FutureTenseWeekdayIsTheOneAfterTheAnchor()
    {
        var e = Single("The council will vote on Saturday on the new budget.", "Saturday");
        Assert.Equal("2019-02-02", e.Value);
    }

    [Fact]
    public void LastWeekIsTheIsoWeekBeforeTheAnchor()
    {
        var e = Single("Last week the two leaders met in a border town.", "Last week");
        Assert.Equal("2019-W04", e.Value);
    }

    [Fact]
    public void WithinSeventyTwoHoursIsADurationWithoutThePreposition()
    {
        const string text = "The envoys were told to go home within 72 hours of the decision.";
        var e = Single(text, "72 hours");
        Assert.Equal(TimexType.Duration, e.Type);
        Assert.Equal("PT72H", e.Value);
        Assert.Equal("72 hours", text.Substring(e.Span.Start, e.Span.Length));
    }

    [Fact]
    public void MonthDayWithoutYearTakesTheNearestYear()
    {
        Assert.Equal("2019-01-25", Single("The ferry sank on Jan. 25, officials said.", "Jan. 25").Value);
        Assert.Equal("2019-02-03", Single("The festival opens Feb. 3 in the old harbour.", "Feb. 3").Value);
    }

    [Fact]
    public void BareYearIsAYearValue()
    {
        var e = Single("The embassies were reopened in 2015 after long talks.", "2015");
        Assert.Equal("2015", e.Value);
        Assert.Null(e.Date);
    }

    [Fact]
    public void DurationsAreNormalisedToIsoPeriods()
    {
        var e = Single("The airport stayed closed for the past three years.", "three years");
        Assert.Equal(TimexType.Duration, e.Type);
        Assert.Equal("P3Y", e.Value);
    }

    [Fact]
    public void NowIsThePresentReference() =>
        Assert.Equal("PRESENT_REF", Single("Now the streets are quiet again.", "Now").Value);

    [Fact]
    public void LatestQuarterIsTheLastQuarterThatEnded() =>
        Assert.Equal("2018-Q4", Single("Sales rose 4% in the latest quarter, the firm said.", "the latest quarter").Value);

    [Fact]
    public void ModalMayAndAgesAreNotTimeExpressions()
    {
        Assert.DoesNotContain(Tag("The board may decide soon on the claim of the 6-year-old girl.", Monday),
            e => e.Value.Contains("-05") || e.Value == "P6Y");
    }

    [Fact]
    public void WithoutAPublicationDateValuesStayUnderspecified()
    {
        // no anchor: the tagger must not invent a day
        var all = Tag("The mayor resigned on Saturday.", null);
        var sat = Assert.Single(all);
        Assert.StartsWith("XXXX", sat.Value);
        Assert.Null(sat.Date);
    }

    [Fact]
    public void ResolverPlacesAnExpressionByTheGivenTense()
    {
        Assert.Equal("2019-01-26", TimeResolver.Resolve("on Saturday", Monday, Tense.Past)?.Value);
        Assert.Equal("2019-02-02", TimeResolver.Resolve("on Saturday", Monday, Tense.Future)?.Value);
        Assert.Null(TimeResolver.Resolve("the blue house", Monday));
    }
}
