using Storyline.Stages;
using Storyline.Articles;
using Storyline.Cluster;
using static Storyline.Tests.Cluster.ArticleFactory;

namespace Storyline.Tests.Cluster;

/// <summary>How the clusterer reads time: untrusted dates, undated articles, fast-moving stories.</summary>
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
    public void TrustingInferredDatesIsAnOption()
    {
        var inferred = InferredFromPrecedent("b", Quarry[1]);
        var dated = Make("c", Quarry[2]);
        var settings = StoryClustererSettings.Default with { UseInferredDates = true };
        var result = new OnlineStoryGrouper(settings).Group([inferred, dated]);
        Assert.Equal(2, result.Stories.Length); // 37 years apart: beyond the active window
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

    private static readonly string[] Burst =
    [
        "Brennfeld quarry shaft floods, two miners trapped underground",
        "Two miners trapped as water floods Brennfeld quarry shaft",
        "Rescue teams pump water from flooded Brennfeld quarry shaft",
        "Brennfeld quarry: pumps lower water in flooded shaft",
        "Trapped Brennfeld miners heard knocking in flooded shaft",
        "Brennfeld quarry rescuers reach flooded shaft gallery",
    ];

    private const string LateHeadline = "Brennfeld quarry owner faces inquiry over flooded shaft";

    private static Grouping BurstThenLate(StoryClustererSettings settings, double gapHours)
    {
        var articles = Burst.Select((h, i) => Make("b" + i, h, h, i * gapHours)).ToList();
        articles.Add(Make("late", LateHeadline, LateHeadline, (Burst.Length - 1) * gapHours + 9));
        return new OnlineStoryGrouper(settings).Group(articles);
    }

    [Fact]
    public void AStoryThatArrivedInABurstCoolsFasterThanASlowOne()
    {
        var rateScaled = StoryClustererSettings.Default with { DecayGaps = 10 };
        // six headlines five minutes apart, then a related one nine hours later: the burst is over
        var fast = BurstThenLate(rateScaled, 5 / 60.0);
        Assert.NotEqual(fast.StoryOf["b0"], fast.StoryOf["late"]);
        // the same headlines three hours apart: nine hours of silence is normal for this story
        var slow = BurstThenLate(rateScaled, 3);
        Assert.Equal(slow.StoryOf["b0"], slow.StoryOf["late"]);
        // and with the flat half-life (the default) the burst keeps the late headline too
        var flat = BurstThenLate(StoryClustererSettings.Default, 5 / 60.0);
        Assert.Equal(flat.StoryOf["b0"], flat.StoryOf["late"]);
    }
}
