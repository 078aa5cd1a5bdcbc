using Storyline.Stages;
using Storyline.Articles;
using Storyline.Cluster;
using static Storyline.Tests.Cluster.ArticleFactory;

namespace Storyline.Tests.Cluster;

/// <summary>How the clusterer reads time: dates inferred from the text, undated articles.</summary>
public sealed class StreamTimeTests
{
    private static Article Undated(string id, string text) =>
        new(id, id, text, new ArticleMetadata { Outlet = "outlet-" + id });

    private static readonly string[] Quarry =
    [
        "Rescuers pulled two miners alive from the flooded Brennfeld quarry shaft after a night of pumping.",
        "Two miners trapped in the flooded Brennfeld quarry shaft were rescued alive after pumps lowered the water.",
        "The Brennfeld quarry operator said the flooded shaft would stay closed after the two miners were rescued.",
    ];

    // a report that mentions a 1987 precedent, from which a cleaner inferred its publication date
    private static Article InferredFromPrecedent(string id, string text) => new(id, id, text, new ArticleMetadata
    {
        Outlet = "outlet-" + id,
        Published = new DateTimeOffset(1987, 3, 2, 0, 0, 0, TimeSpan.Zero),
        PublishedInferred = true,
    });

    [Fact]
    public void ADateInferredFromTheTextDoesNotSplitAStory()
    {
        var inferred = InferredFromPrecedent("b", Quarry[1]);
        var result = new OnlineStoryGrouper().Group([Undated("a", Quarry[0]), inferred, Undated("c", Quarry[2])]);
        Assert.Single(result.Stories);
        Assert.Equal(["a", "b", "c"], result.Stories[0].Articles.Select(a => a.Id));
    }

    [Fact]
    public void UndatedArticlesBeforeTheFirstDatedOneStayInTheirStory()
    {
        // a and b have no date and come first; c is dated: a and b must not count as idle since year 1
        var result = new OnlineStoryGrouper().Group([Undated("a", Quarry[0]), Undated("b", Quarry[1]), Make("c", Quarry[2])]);
        Assert.Single(result.Stories);
        Assert.Equal(3, result.Stories[0].Articles.Length);
    }

    [Fact]
    public void UndatedArticlesBeforeTheFirstDatedOneAreStillFoundAsCopies()
    {
        var stream = new StoryStream();
        stream.Add(Undated("a", Quarry[0]));
        var dated = new Article("a2", "a2", Quarry[0], new ArticleMetadata { Outlet = "outlet-a", Published = Day0 });
        var decision = stream.Add(dated);
        Assert.True(decision.ExactResubmission);
        Assert.Equal("a", decision.DuplicateOf);
    }
}
