using System.Collections.Immutable;
using System.Text.Json;
using Storyline.Articles;
using Storyline.Cluster;
using Storyline.Report;
using Storyline.Stories;
using Storyline.Tests.Support;
using static Storyline.Tests.Cluster.ArticleFactory;

namespace Storyline.Tests.Cluster;

/// <summary>Stories that go quiet and come back: resumed on a strong match, linked as a thread on a moderate one, and
/// neither for another event on the same topic.</summary>
public sealed class StoryResumeTests
{
    private const double Week = 24 * 7;

    // a dam gives way in Veltmark: three reports over a day
    private static readonly Article[] DamBurst =
    [
        Make("d1", "The Veltmark dam collapsed overnight and the reservoir flooded the lower Orsa valley, forcing the evacuation of Brill and Hollum.", "Veltmark dam collapses, Orsa valley flooded", 0),
        Make("d2", "Engineers blamed seepage under the Veltmark dam after its collapse flooded Brill and Hollum in the Orsa valley.", "Seepage blamed for Veltmark dam collapse", 6),
        Make("d3", "Residents of Brill and Hollum returned to flooded homes in the Orsa valley two days after the Veltmark dam collapsed.", "Orsa valley residents return after dam collapse", 30),
    ];

    // three weeks later, the same event: the inquiry into the Veltmark dam collapse
    private static readonly Article[] DamInquiry =
    [
        Make("d4", "An inquiry into the Veltmark dam collapse found that seepage under the dam was reported a year before it flooded the Orsa valley, Brill and Hollum.", "Veltmark dam inquiry: seepage was reported", 3 * Week),
        Make("d5", "The Veltmark dam inquiry said engineers ignored seepage warnings before the collapse that flooded Brill and Hollum.", "Veltmark dam warnings ignored, inquiry says", 3 * Week + 5),
    ];

    // four weeks later, another dam on another river: same topic, another event
    private static readonly Article[] OtherDam =
    [
        Make("k1", "The Karsk dam on the Tamar river burst after storms, flooding Dunmere and Pell; rescuers evacuated three thousand people.", "Karsk dam bursts on the Tamar", 4 * Week),
        Make("k2", "Rescuers in Dunmere and Pell searched flooded streets after the Karsk dam on the Tamar river burst in the storms.", "Rescuers search Dunmere after Karsk dam burst", 4 * Week + 4),
    ];

    // five weeks later, a related development of the Veltmark thread, not the collapse itself: the rebuilding vote
    private static readonly Article Rebuild =
        Make("r1", "County voters approved a bond that pays for a new Veltmark dam with a larger spillway, and for two schools, a bypass road, " +
            "a clinic and broadband across the district. Turnout was the highest in a decade, the county clerk said, and the treasurer expects to " +
            "sell the first bonds in spring at a rate near four percent.", "Voters approve bond for new Veltmark dam and schools", 5 * Week);

    [Fact]
    public void A_story_that_went_quiet_resumes_when_the_same_event_returns_weeks_later()
    {
        var result = new OnlineStoryGrouper().Group([.. DamBurst, .. DamInquiry]);
        var story = Assert.Single(result.Stories);
        Assert.Equal(["d1", "d2", "d3", "d4", "d5"], story.Articles.Select(a => a.Id));
        Assert.Equal("s-d1", story.Id); // named after its founding article, as before the quiet spell
        Assert.Equal(1, result.Resumed);
        // its timeline runs across the quiet spell
        Assert.Equal(3 * 7, (story.Articles[^1].Metadata.Published!.Value - story.Articles[0].Metadata.Published!.Value).Days);
    }

    [Fact]
    public void Without_the_archive_the_same_stream_splits_at_the_quiet_spell()
    {
        // the guard for the test above: a grouper that forgets quiet stories opens a second story three weeks later
        var result = new OnlineStoryGrouper(StoryClustererSettings.Default with { DormantCapacity = 0 }).Group([.. DamBurst, .. DamInquiry]);
        Assert.Equal(2, result.Stories.Length);
        Assert.Equal(0, result.Resumed);
        Assert.NotEqual(result.StoryOf["d1"], result.StoryOf["d4"]);
    }

    [Fact]
    public void Another_event_on_the_same_topic_is_not_resumed_into_the_quiet_story()
    {
        var result = new OnlineStoryGrouper().Group([.. DamBurst, .. OtherDam]);
        Assert.Equal(2, result.Stories.Length);
        Assert.Equal(0, result.Resumed);
        Assert.NotEqual(result.StoryOf["d1"], result.StoryOf["k1"]);
        Assert.Equal(result.StoryOf["k1"], result.StoryOf["k2"]);
    }

    [Fact]
    public void A_related_development_opens_a_new_story_linked_to_the_quiet_one()
    {
        var result = new OnlineStoryGrouper().Group([.. DamBurst, Rebuild]);
        Assert.Equal(2, result.Stories.Length);
        Assert.Equal(0, result.Resumed);
        var burst = result.Stories.Single(s => s.Id == result.StoryOf["d1"]);
        var rebuild = result.Stories.Single(s => s.Id == result.StoryOf["r1"]);
        var earlier = Assert.Single(rebuild.Threads);
        Assert.Equal((burst.Id, StoryThreadLink.Earlier), (earlier.StoryId, earlier.Relation));
        Assert.InRange(earlier.Similarity, StoryClustererSettings.Default.LinkThreshold, StoryClustererSettings.Default.ResumeThreshold);
        var later = Assert.Single(burst.Threads);
        Assert.Equal((rebuild.Id, StoryThreadLink.Later), (later.StoryId, later.Relation));
    }

    [Fact]
    public void Without_a_link_bar_the_related_story_stands_alone()
    {
        var settings = StoryClustererSettings.Default with { LinkThreshold = 2 };
        var result = new OnlineStoryGrouper(settings).Group([.. DamBurst, Rebuild]);
        Assert.Equal(2, result.Stories.Length);
        Assert.All(result.Stories, s => Assert.Empty(s.Threads));
    }

    [Fact]
    public void A_true_date_change_resumes_but_a_date_inferred_from_the_text_does_not_close_the_story()
    {
        // an article dated from a 1987 precedent it mentions counts as undated: it stays with the story it follows and
        // does not make the story look quiet; the real three-week gap does, and the inquiry resumes the story
        var inferred = new Article("d3b", "d3b", "Officials compared the Veltmark dam collapse in the Orsa valley with the 1987 Karsk flood as Brill and Hollum were evacuated.",
            new ArticleMetadata { Outlet = "outlet-d3b", Published = new DateTimeOffset(1987, 3, 2, 0, 0, 0, TimeSpan.Zero), PublishedInferred = true });
        var result = new OnlineStoryGrouper().Group([DamBurst[0], DamBurst[1], inferred, DamBurst[2], .. DamInquiry]);
        var story = Assert.Single(result.Stories);
        Assert.Equal(["d1", "d2", "d3b", "d3", "d4", "d5"], story.Articles.Select(a => a.Id));
        Assert.Equal(1, result.Resumed);
    }

    // a report 30 hours after the first, with nothing between, in other words: the time decay keeps it out of the first one's story
    private static readonly Article[] BurstWithAHole = [DamBurst[0], Make("d2", "Seepage had been reported under the Veltmark dam for a year, engineers at the regional water board said on Tuesday, as pumps drained what was left of the reservoir.", "Water board knew of seepage", 30), Make("x1", "The Lindqvist quartet opened the winter concert season at the Harbour Hall with Brahms and Janacek.", "Lindqvist quartet opens season", 24 * 10)];

    [Fact]
    public void Fragments_of_one_burst_join_when_they_go_quiet()
    {
        var result = new OnlineStoryGrouper().Group(BurstWithAHole);
        Assert.Equal(result.StoryOf["d1"], result.StoryOf["d2"]);
        Assert.Equal(["d1", "d2"], result.Stories.Single(s => s.Id == result.StoryOf["d1"]).Articles.Select(a => a.Id));
    }

    [Fact]
    public void Without_joining_at_rest_the_fragments_stay_apart()
    {
        var result = new OnlineStoryGrouper(StoryClustererSettings.Default with { RestMergeThreshold = 0 }).Group(BurstWithAHole);
        Assert.NotEqual(result.StoryOf["d1"], result.StoryOf["d2"]);
    }

    [Fact]
    public void The_same_input_gives_the_same_stories_and_threads_whatever_the_input_order()
    {
        Article[] all = [.. DamBurst, .. DamInquiry, .. OtherDam, Rebuild];
        var first = Describe(new OnlineStoryGrouper().Group(all));
        Assert.Equal(first, Describe(new OnlineStoryGrouper().Group(all)));
        Assert.Equal(first, Describe(new OnlineStoryGrouper().Group(all.Reverse().ToArray())));
        var random = new Random(7);
        Assert.Equal(first, Describe(new OnlineStoryGrouper().Group(all.OrderBy(_ => random.Next()).ToArray())));
    }

    [Fact]
    public void The_archive_of_quiet_stories_is_bounded()
    {
        var stream = new StoryStream(StoryClustererSettings.Default with { DormantCapacity = 3 });
        for (int i = 0; i < 12; i++)
        {
            // twelve unrelated stories, each going quiet before the next
            stream.Add(Make("q" + i, $"{Word(i)} {Word(i + 100)} {Word(i + 200)} {Word(i + 300)}.", null, i * 24 * 5));
            stream.TakeClosed();
            Assert.True(stream.DormantStories <= 3);
        }
        Assert.Equal(3, stream.DormantStories);
    }

    [Fact]
    public void Thread_links_are_in_the_report_and_every_view_escapes_them()
    {
        var burst = new Story("s-old", [Make("o1", "The old story.", "Veltmark <script>alert(1)</script> dam", 0)])
        {
            Threads = [new StoryThreadLink("s-new", StoryThreadLink.Later, 0.18)],
        };
        var rebuild = new Story("s-new", [Make("n1", "The new story.", "Rebuild vote", 5 * Week)])
        {
            Threads = [new StoryThreadLink("s-old", StoryThreadLink.Earlier, 0.18), new StoryThreadLink("s-gone", StoryThreadLink.Earlier, 0.2)],
        };
        var report = ReportBuilder.Build(new DigestResult([.. burst.Articles, .. rebuild.Articles], [new StoryDocument(burst), new StoryDocument(rebuild)], []));
        var newStory = report.Stories.Single(s => s.Id == "s-new");
        // a link to a story not in the report is left out: every storyId resolves
        var link = Assert.Single(newStory.Threads);
        Assert.Equal(("s-old", "earlier", "2024-05-06"), (link.StoryId, link.Relation, link.FirstPublished));

        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedData.RepoRoot, "docs", "contract", "thread-additions.schema.json")));
        using var json = JsonDocument.Parse(JsonReportWriter.Write(report));
        foreach (var story in json.RootElement.GetProperty("stories").EnumerateArray())
            Assert.Empty(MiniJsonSchema.Validate(schema.RootElement, story));
        Assert.Equal("s-old", json.RootElement.GetProperty("stories").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "s-new").GetProperty("threads")[0].GetProperty("storyId").GetString());

        var html = HtmlReportWriter.Write(report);
        Assert.Contains("earlier story: <a href=\"#story-s-old\">", html);
        Assert.DoesNotContain("<script>alert", html);
        var md = MarkdownReportWriter.Write(report);
        Assert.Contains("### Thread", md);
        Assert.Contains("earlier story: **Veltmark", md);
        Assert.Contains("later story: **Rebuild vote** (s-new, from 2024-06-10)", md);
        Assert.DoesNotContain("<script>", md);
    }

    /// <summary>A made-up word of its own for every i below 676 (two letters in base 26 between fixed ones).</summary>
    private static string Word(int i) => "zq" + (char)('a' + i / 26 % 26) + "u" + (char)('a' + i % 26) + "x";

    private static string Describe(Stages.Grouping result) =>
        string.Join(" | ", result.Stories.Select(s => s.Id + ":" + string.Join(",", s.Articles.Select(a => a.Id)) + "~" + string.Join(",", s.Threads.Select(t => $"{t.Relation}:{t.StoryId}:{t.Similarity}"))));
}
