using Storyline.Stories;
using Storyline.Stages;
using Storyline.Articles;
using Storyline.Cluster;
using static Storyline.Tests.Cluster.ArticleFactory;

namespace Storyline.Tests.Cluster;

public sealed class OnlineStoryGrouperTests
{
    private static readonly Article[] Mixed =
    [
        Make("f1", "Flood waters cut the coastal railway near Eastport after the river Avel burst its banks overnight.", "Avel floods cut Eastport railway", 0),
        Make("t1", "The chess federation suspended grandmaster Ilya Voronin for six months over a cheating complaint.", "Voronin suspended by chess federation", 1),
        Make("f2", "Rail services between Eastport and Lindholm stay suspended as the Avel flood recedes slowly.", "Eastport railway still shut by Avel flood", 2),
        Make("t2", "Grandmaster Ilya Voronin will appeal his suspension, his lawyer told the chess federation.", "Voronin to appeal chess suspension", 3),
        Make("f3", "Engineers inspect flood damage on the Eastport line; the Avel river level fell by a metre.", "Avel flood damage inspected", 4),
    ];

    [Fact]
    public void DifferentEventsBecomeDifferentStories()
    {
        var result = new OnlineStoryGrouper().Group(Mixed);
        Assert.Equal(2, result.Stories.Length);
        Assert.Equal(["f1", "f2", "f3"], result.Stories[0].Articles.Select(a => a.Id));
        Assert.Equal(["t1", "t2"], result.Stories[1].Articles.Select(a => a.Id));
    }

    [Fact]
    public void StoriesAreListedBySizeThenRecency()
    {
        var result = new OnlineStoryGrouper().Group(Mixed);
        Assert.True(result.Stories[0].Articles.Length >= result.Stories[1].Articles.Length);
    }

    [Fact]
    public void A_story_is_named_after_its_founding_article_whatever_else_is_read()
    {
        // stable ids: the same story keeps its id when unrelated articles are read with it, or the input is reordered
        var all = new OnlineStoryGrouper().Group(Mixed);
        var reversed = new OnlineStoryGrouper().Group(Mixed.Reverse().ToArray());
        foreach (var story in all.Stories)
        {
            Assert.Equal(Story.IdFor(story.Articles[0]), story.Id);
            Assert.Contains(reversed.Stories, s => s.Id == story.Id && s.Articles.Select(a => a.Id).SequenceEqual(story.Articles.Select(a => a.Id)));
        }
        var first = all.Stories[0];
        var alone = new OnlineStoryGrouper().Group(first.Articles);
        Assert.Equal(first.Id, Assert.Single(alone.Stories).Id);
    }

    [Fact]
    public void ArticlesAreTakenInPublicationOrderWhateverTheInputOrder()
    {
        var forward = new OnlineStoryGrouper().Group(Mixed);
        var reversed = new OnlineStoryGrouper().Group(Mixed.Reverse().ToArray());
        Assert.Equal(Describe(forward), Describe(reversed));
    }

    private static readonly Article[] FloodAMonthApart =
    [
        Make("a", "Flood waters cut the coastal railway near Eastport after the river Avel burst its banks.", "Avel floods cut Eastport railway", 0),
        Make("b", "Rail services near Eastport stay suspended as the Avel flood recedes.", "Eastport railway shut by Avel flood", 5),
        Make("c", "Flood waters cut the coastal railway near Eastport again as the river Avel burst its banks.", "Avel floods cut Eastport railway again", 24 * 30),
    ];

    [Fact]
    public void SameWordsAMonthLaterCloseTheStoryWhenQuietStoriesAreForgotten()
    {
        // the active window alone: without the archive of quiet stories, a month of silence ends the story
        var result = new OnlineStoryGrouper(StoryClustererSettings.Default with { DormantCapacity = 0 }).Group(FloodAMonthApart);
        Assert.Equal(2, result.Stories.Length);
        Assert.NotEqual(result.StoryOf["a"], result.StoryOf["c"]);
        Assert.Equal(result.StoryOf["a"], result.StoryOf["b"]);
    }

    [Fact]
    public void SameWordsAMonthLaterResumeTheQuietStory()
    {
        // with the archive (the default), the same words a month later resume the story. A recurrence told in the same
        // words (the line flooded again) is taken as the story resuming: words alone cannot tell it from a continuation
        var result = new OnlineStoryGrouper().Group(FloodAMonthApart);
        Assert.Single(result.Stories);
        Assert.Equal(1, result.Resumed);
    }

    [Fact]
    public void TheSameFollowUpWithinTheWindowJoinsTheStory()
    {
        var result = new OnlineStoryGrouper().Group(
        [
            Make("a", "Flood waters cut the coastal railway near Eastport after the river Avel burst its banks.", "Avel floods cut Eastport railway", 0),
            Make("c", "Flood waters cut the coastal railway near Eastport again as the river Avel burst its banks.", "Avel floods cut Eastport railway again", 30),
        ]);
        Assert.Single(result.Stories);
    }

    [Fact]
    public void StoriesThatProveToBeOneAreMerged()
    {
        // two reports with no word in common open two stories; later reports use both vocabularies,
        // so the centroids converge and the stories merge into one, with every article exactly once
        var result = new OnlineStoryGrouper().Group(
        [
            Make("m1", "Quarantine imposed on Brenwick poultry farms after avian influenza detected.", "Brenwick bird flu quarantine", 0),
            Make("m2", "Egg prices jumped at Tollmarket wholesalers as supplies dwindled.", "Tollmarket egg prices jump", 1),
            Make("m3", "Brenwick avian influenza quarantine sends Tollmarket egg prices higher as supplies dwindle.", "Bird flu quarantine lifts egg prices", 2),
            Make("m4", "Tollmarket wholesalers blame the Brenwick poultry quarantine for dwindling egg supplies and higher prices.", "Egg supplies dwindle after quarantine", 3),
            Make("m5", "Avian influenza quarantine on Brenwick farms keeps Tollmarket egg prices high.", "Quarantine keeps egg prices high", 4),
        ]);
        Assert.True(result.Merges >= 1, "expected the two stories to merge");
        var story = Assert.Single(result.Stories);
        Assert.Equal(["m1", "m2", "m3", "m4", "m5"], story.Articles.Select(a => a.Id));
        Assert.All(new[] { "m1", "m2", "m3", "m4", "m5" }, id => Assert.Equal(story.Id, result.StoryOf[id]));
    }

    [Fact]
    public void WithoutMergingTheSameInputStaysSplit()
    {
        // the guard for the test above: with merging off, the first two stories never become one
        var settings = StoryClustererSettings.Default with { MergeThreshold = 2 };
        var result = new OnlineStoryGrouper(settings).Group(
        [
            Make("m1", "Quarantine imposed on Brenwick poultry farms after avian influenza detected.", "Brenwick bird flu quarantine", 0),
            Make("m2", "Egg prices jumped at Tollmarket wholesalers as supplies dwindled.", "Tollmarket egg prices jump", 1),
            Make("m3", "Brenwick avian influenza quarantine sends Tollmarket egg prices higher as supplies dwindle.", "Bird flu quarantine lifts egg prices", 2),
        ]);
        Assert.Equal(0, result.Merges);
        Assert.NotEqual(result.StoryOf["m1"], result.StoryOf["m2"]);
    }

    [Fact]
    public void SameInputGivesTheSameStories()
    {
        var grouper = new OnlineStoryGrouper();
        Assert.Equal(Describe(grouper.Group(Mixed)), Describe(grouper.Group(Mixed)));
    }

    [Fact]
    public void ConcurrentRunsOnOneGrouperGiveTheSameStories()
    {
        // the grouper keeps no state between calls, so threads cannot change a result
        var grouper = new OnlineStoryGrouper();
        var expected = Describe(grouper.Group(Mixed));
        var results = new string[8];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => results[i] = Describe(grouper.Group(Mixed)));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void UndatedArticlesKeepTheirInputPlace()
    {
        var undated = new Article("u", "u", "Flood waters around Eastport rise as the Avel overflows.", new ArticleMetadata { Title = "Avel overflows" });
        var ordered = OnlineStoryGrouper.InPublicationOrder([Mixed[2], undated, Mixed[0]]);
        Assert.Equal(["f1", "f2", "u"], ordered.Select(a => a.Id));
    }

    [Fact]
    public void NoArticlesGiveNoStories() => Assert.Empty(new OnlineStoryGrouper().Group([]).Stories);

    private static string Describe(Grouping result) =>
        string.Join(" | ", result.Stories.Select(s => s.Id + ":" + string.Join(",", s.Articles.Select(a => a.Id + (a.DuplicateOf is null ? "" : "<" + a.DuplicateOf)))));
}
