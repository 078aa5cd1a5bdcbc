using Storyline.Articles;
using Storyline.Stages;
using Storyline.Cluster;
using static Storyline.Tests.Cluster.ArticleFactory;

namespace Storyline.Tests.Cluster;

public sealed class CopyDetectionTests
{
    // Our own wire-style report, four paragraphs, ~260 words.
    private const string P1 = "The regional water authority in Valdoria ordered an emergency shutdown of the Kessler reservoir pumping station on Tuesday after engineers found a crack running along the northern retaining wall, officials said.";
    private const string P2 = "About forty thousand households in the towns of Marrow Bay and Ostfield were told to boil tap water until further notice, while tanker trucks carrying drinking water were sent to schools, clinics and the two care homes in the district.";
    private const string P3 = "Authority director Helena Brandt told reporters that the crack had been spotted during a routine drone inspection and that there was no immediate danger of the dam failing, but that the pumps would stay off until divers could examine the foundations below the waterline.";
    private const string P4 = "Residents queued for bottled water at supermarkets through the afternoon, and the local council opened a hotline for elderly people who cannot collect supplies themselves. Repairs are expected to take at least three weeks, the authority said in a statement posted on its website late in the evening.";
    private static readonly string Original = string.Join("\n\n", P1, P2, P3, P4);

    private static Grouping Run(params Storyline.Articles.Article[] articles) => new OnlineStoryGrouper().Group(articles);

    private static string? DuplicateOf(Grouping result, string id) =>
        result.Stories.SelectMany(s => s.Articles).Single(a => a.Id == id).DuplicateOf;

    [Fact]
    public void CopyWithReorderedParagraphsPointsToTheOriginal()
    {
        var result = Run(
            Make("a1", Original, "Crack shuts Kessler reservoir pumps"),
            Make("a2", string.Join("\n\n", P3, P1, P4, P2), "Crack shuts Kessler reservoir pumps", hours: 2));
        Assert.Equal("a1", DuplicateOf(result, "a2"));
        Assert.Null(DuplicateOf(result, "a1"));
    }

    [Fact]
    public void CopyWithChangedHeadlineAndFirstLineIsFound()
    {
        var result = Run(
            Make("a1", Original, "Crack shuts Kessler reservoir pumps"),
            Make("a2", "VALDORIA (Newswire) - Households face weeks of boiled water. " + string.Join("\n\n", P2, P3, P4),
                "Thousands told to boil water as dam wall cracks", hours: 1));
        Assert.Equal("a1", DuplicateOf(result, "a2"));
    }

    [Fact]
    public void CopyWithAppendedBoilerplateIsFound()
    {
        const string boilerplate = "\n\nSubscribe to our daily newsletter for the latest regional headlines. Comments on this story are closed. " +
                                   "All content is copyright of its owners and may not be reproduced, distributed or broadcast without written permission from the publisher.";
        var result = Run(
            Make("a1", Original),
            Make("a2", Original + boilerplate, hours: 3));
        Assert.Equal("a1", DuplicateOf(result, "a2"));
    }

    [Fact]
    public void TruncatedCopyIsFound()
    {
        var result = Run(
            Make("a1", Original),
            Make("a2", P1 + "\n\n" + P2 + " Read more on our partner site.", hours: 1));
        Assert.Equal("a1", DuplicateOf(result, "a2"));
    }

    [Fact]
    public void ACopyOfACopyPointsToTheEarliest()
    {
        var result = Run(
            Make("a1", Original),
            Make("a2", Original + "\n\nPosted by the city desk.", hours: 1),
            Make("a3", P1 + "\n\n" + P2 + "\n\n" + P3, hours: 2));
        Assert.Equal("a1", DuplicateOf(result, "a2"));
        Assert.Equal("a1", DuplicateOf(result, "a3"));
    }

    [Fact]
    public void DifferentArticlesOnTheSameEventAreNotCopies()
    {
        // same event, same names and a shared quote, but written independently
        const string other =
            "Engineers at the Kessler reservoir in Valdoria discovered a fracture in the dam's northern wall during a drone survey, " +
            "prompting the water authority to switch off its pumping station on Tuesday.\n\n" +
            "\"There was no immediate danger of the dam failing,\" authority director Helena Brandt said at an evening briefing, adding that divers " +
            "would inspect the structure this week. Households in Marrow Bay and Ostfield have been advised to boil their water.\n\n" +
            "Opposition councillors demanded an inquiry into maintenance spending, noting that the wall was last surveyed in detail eleven years ago. " +
            "Shops reported runs on bottled water, and volunteers organised deliveries for residents unable to leave their homes.";
        var result = Run(Make("a1", Original), Make("a2", other, hours: 2));
        Assert.Null(DuplicateOf(result, "a2"));
        Assert.Single(result.Stories); // not a copy, but the same story
    }

    [Fact]
    public void SameUrlIsAnExactResubmissionAndIsNotStored()
    {
        var result = Run(
            Make("a1", Original, url: "https://www.news.example/water?utm_source=feed"),
            Make("a2", Original, url: "http://news.example/water/", hours: 1));
        var dropped = Assert.Single(result.Dropped);
        Assert.Equal("a2", dropped.Article.Id);
        Assert.Equal("a1", dropped.DuplicateOf);
        Assert.Equal(1, result.Stories.Sum(s => s.Articles.Length));
        Assert.Equal(result.StoryOf["a1"], result.StoryOf["a2"]);
    }

    [Fact]
    public void SameTextFromTheSameOutletIsAnExactResubmission()
    {
        var result = Run(
            Make("a1", Original, outlet: "Valdoria Times", url: "https://vt.example/1"),
            Make("a2", Original.Replace("\n\n", "\n"), outlet: "Valdoria Times", url: "https://vt.example/2", hours: 1));
        Assert.Single(result.Dropped);
    }

    [Fact]
    public void SameTextFromAnotherOutletIsKeptAsACopy()
    {
        var result = Run(
            Make("a1", Original, outlet: "Valdoria Times"),
            Make("a2", Original, outlet: "Coastal Herald", hours: 1));
        Assert.Empty(result.Dropped);
        Assert.Equal("a1", DuplicateOf(result, "a2"));
    }

    [Theory]
    [InlineData("https://www.Example.com/a/b/?utm_source=x&id=3#top", "example.com/a/b?id=3")]
    [InlineData("http://example.com/a/b", "example.com/a/b")]
    [InlineData("example.com/a?track=rss", "example.com/a")]
    public void UrlsAreNormalised(string url, string expected) => Assert.Equal(expected, ArticleIds.UrlKey(url));
}
