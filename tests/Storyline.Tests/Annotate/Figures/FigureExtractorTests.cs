using Storyline.Annotate.Figures;
using Storyline.Annotate.Time;
using Storyline.Articles;
using Storyline.Text;

namespace Storyline.Tests.Annotate.Figures;

public sealed class FigureExtractorTests
{
    internal static List<Figure> Figures(string text, DateTimeOffset? published = null)
    {
        var article = new Article("f1", "test", text, new ArticleMetadata { Published = published ?? new DateTimeOffset(2019, 1, 28, 0, 0, 0, TimeSpan.Zero) });
        article = new SentenceStage().Process(article);
        article = new TimexStage().Process(article);
        return new FigureStage().Process(article).Get(Figure.Layer).ToList();
    }

    [Fact]
    public void DigitsWithTimeUnitAreDurations()
    {
        var f = Assert.Single(Figures("The crews were ordered to clear the north dock within 72 hours."));
        Assert.Equal(72, f.Value);
        Assert.Equal("hour", f.Unit);
        Assert.Equal("clear the north dock", f.About);
    }

    [Fact]
    public void HyphenatedUnitTakesTheFollowingPhraseAsAbout()
    {
        var f = Assert.Single(Figures("He set a 72-hour deadline for the envoys to leave."));
        Assert.Equal(72, f.Value);
        Assert.Equal("hour", f.Unit);
        Assert.StartsWith("deadline", f.About);
    }

    [Fact]
    public void ArticleBeforeATimeUnitIsOne()
    {
        var f = Assert.Single(Figures("The truce held for a month before fighting resumed."));
        Assert.Equal(1, f.Value);
        Assert.Equal("month", f.Unit);
    }

    [Fact]
    public void WordNumbersAndDozens()
    {
        var f = Assert.Single(Figures("Two dozen soldiers crossed the bridge."));
        Assert.Equal(24, f.Value);
        Assert.Equal("soldier", f.Unit);
    }

    [Fact]
    public void VaguePluralsAreApproximateRanges()
    {
        var f = Assert.Single(Figures("Tens of thousands of marchers filled the avenue."));
        Assert.True(f.Approximate);
        Assert.Equal(10_000, f.Low);
        Assert.Equal("marcher", f.Unit);
        var h = Assert.Single(Figures("Hundreds of families fled the valley."));
        Assert.Equal(200, h.Low);
        Assert.Equal(999, h.High);
    }

    [Fact]
    public void MoneyWithScaleWord()
    {
        var f = Assert.Single(Figures("The fund pledged $4 billion in loans."));
        Assert.Equal(4e9, f.Value);
        Assert.Equal("USD", f.Unit);
    }

    [Fact]
    public void PercentagesInDigitsAndWords()
    {
        Assert.Equal("percent", Assert.Single(Figures("Prices rose 12% last month.")).Unit);
        var f = Assert.Single(Figures("Turnout fell by seven percent."));
        Assert.Equal(7, f.Value);
        Assert.Equal("percent", f.Unit);
    }

    [Fact]
    public void PeopleKilledWithLowerBound()
    {
        var f = Assert.Single(Figures("At least 14 people have been hurt in the storm."));
        Assert.Equal(14, f.Value);
        Assert.Equal("person", f.Unit);
        Assert.Equal(FigureBound.AtLeast, f.Bound);
        Assert.Equal("people hurt in the storm", f.About);
    }

    [Fact]
    public void AboutStopsAtACoordinator()
    {
        var f = Assert.Single(Figures("Fourteen people were treated for minor injuries and no deaths were reported."));
        Assert.Equal("people treated for minor injuries", f.About);
    }

    [Theory]
    [InlineData("The flood forced about 1,200 residents from their homes, officials said.", "residents from their homes")]
    [InlineData("Some 1,500 residents had to leave their homes on Tuesday.", "residents had to leave their homes")]
    [InlineData("About 300 families fled the valley overnight.", "families fled the valley overnight")]
    [InlineData("The new hall has room for 400 residents and their pets.", "residents")]
    public void AboutSaysWhatTheCountedPeopleHadToLeave(string sentence, string about) =>
        Assert.Equal(about, Assert.Single(Figures(sentence)).About);

    [Fact]
    public void CasualtyWordAfterTheNumberCountsPeople()
    {
        var figures = Figures("The blast left 14 dead and 30 wounded near the market.");
        Assert.Equal(2, figures.Count);
        Assert.All(figures, f => Assert.Equal("person", f.Unit));
        Assert.Equal("dead", figures[0].About);
        Assert.Equal(30, figures[1].Value);
    }

    [Fact]
    public void CountedNounWithParticiplePostModifier()
    {
        var f = Assert.Single(Figures("Officials counted around 400 foreign contractors stationed in the port."));
        Assert.Equal(400, f.Value);
        Assert.Equal("contractor", f.Unit);
        Assert.Equal(FigureBound.Approximate, f.Bound);
        Assert.Equal("foreign contractors stationed in the port", f.About);
    }

    [Fact]
    public void MembersOfAnOrganisationAreAboutTheOrganisation()
    {
        var f = Assert.Single(Figures("The summit gathers a regional alliance of 12 states next month."));
        Assert.Equal(12, f.Value);
        Assert.Equal("state", f.Unit);
        Assert.Equal("regional alliance", f.About);
    }

    [Theory]
    [InlineData("The embassy reopened in 2015 after the war.")]
    [InlineData("The vote was held on Jan. 23 in the capital.")]
    [InlineData("The update came at 6:56 in the morning.")]
    [InlineData("She finished 3rd in the race.")]
    [InlineData("A 44-year-old driver was questioned.")]
    [InlineData("The 2014 protests were larger.")]
    public void YearsDatesTimesOrdinalsAndAgesAreNotFigures(string text) =>
        Assert.Empty(Figures(text));
}
