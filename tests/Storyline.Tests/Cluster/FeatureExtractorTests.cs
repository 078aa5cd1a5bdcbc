using Storyline.Articles;
using Storyline.Cluster;
using static Storyline.Tests.Cluster.ArticleFactory;

namespace Storyline.Tests.Cluster;

public sealed class FeatureExtractorTests
{
    private static ArticleFeatures Extract(Article article, StoryClustererSettings? settings = null) =>
        new FeatureExtractor(settings ?? StoryClustererSettings.Default, CopyDetectorSettings.Default).Extract(article);

    [Fact]
    public void ADecimalNumberIsOneTerm()
    {
        var features = Extract(Make("a", "The phone maker shipped version 7.1 of its software to 3,500 testers."));
        Assert.Contains(StableHash.Of("7.1"), features.Terms);
        Assert.Contains(StableHash.Of("3,500"), features.Terms);
        Assert.DoesNotContain(StableHash.Of("7"), features.Terms);
    }

    [Fact]
    public void SlugWordsOfTheUrlAreTerms()
    {
        var article = Make("a", "Big day for the harbour", url: "https://news.example/2024/05/06/ferry-strike-halts-harbour-crossings-4471.html?ref=rss");
        var features = Extract(article);
        Assert.Contains(StableHash.Of("ferri"), features.Terms); // stemmed
        Assert.Contains(StableHash.Of("strike"), features.Terms);
        Assert.DoesNotContain(StableHash.Of("2024"), features.Terms); // dates and ids are not slug words
        Assert.DoesNotContain(StableHash.Of("4471"), features.Terms);
        Assert.DoesNotContain(StableHash.Of("ref"), features.Terms);
        var off = Extract(article, StoryClustererSettings.Default with { SlugWeight = 0 });
        Assert.DoesNotContain(StableHash.Of("strike"), off.Terms);
    }

    [Fact]
    public void APathWithoutASlugAddsNoTerms()
    {
        var plain = Extract(Make("a", "Big day for the harbour", url: "https://news.example/stories/201403110246.html"));
        Assert.DoesNotContain(StableHash.Of("stori"), plain.Terms);
        Assert.DoesNotContain(StableHash.Of("stories"), plain.Terms);
    }

    [Fact]
    public void SlugWordsLinkAHeadlineToItsStory()
    {
        // two punning headlines with no content word in common; their slugs name the same event
        var a = Make("a", "Sea change at the docks", "Sea change at the docks", 0, url: "https://one.example/ferry-strike-halts-harbour-crossings");
        var b = Make("b", "All hands on deck? Not today", "All hands on deck? Not today", 1, url: "https://two.example/news/harbour-ferry-strike-enters-second-day");
        Assert.Single(new OnlineStoryGrouper().Group([a, b]).Stories);
        Assert.Equal(2, new OnlineStoryGrouper(StoryClustererSettings.Default with { SlugWeight = 0 }).Group([a, b]).Stories.Length);
    }
}
