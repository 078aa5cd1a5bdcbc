using Storyline.Stages;
using Storyline.Articles;
using Storyline.Cluster;
using static Storyline.Tests.Cluster.ArticleFactory;

namespace Storyline.Tests.Cluster;

/// <summary>
/// The local re-split: the first report of a new event joins its topical neighbour's story (same harbour, same cranes),
/// the event's later reports follow it there, and the story is split in two once each event has enough members.
/// </summary>
public sealed class StorySplitTests
{
    private const string DredgingReport =
        "The port authority chose a Rotterdam engineering firm to dredge deeper berths for the new Eastport container terminal and its automated cranes. " +
        "Work on the channel starts in June and should take eleven months, the authority said, and the firm will also build a quay wall of four hundred metres. " +
        "Shipping lines had asked for the deeper berths because the largest container ships now wait offshore for high tide before they can enter the harbour.";

    // a strike at the harbour and a new terminal at the same harbour, interleaved; b1 shares "Eastport harbour ... cranes"
    private static readonly Article[] Interleaved =
    [
        Make("a1", "Dockworkers at Eastport harbour walked out on Monday, the union said, demanding higher wages and shorter night shifts at the harbour cranes.", "Eastport dockworkers strike over wages", 0),
        Make("a2", "The Eastport dockworkers strike entered its second day as union leaders rejected the wage offer and pickets blocked the harbour cranes.", "Eastport harbour strike continues", 1),
        Make("b1", "Eastport harbour will open a new container terminal next spring, the port authority said, with deeper berths for larger ships and automated cranes.", "Eastport harbour plans container terminal", 2),
        Make("a3", "Union pickets and dockworkers rallied at Eastport as the strike over wages and night shifts stopped cargo handling for a third day.", "Eastport strike stops cargo", 3),
        Make("b2", DredgingReport, "Dredging contract for Eastport terminal", 4),
        Make("b2copy", DredgingReport + " Reporting by the regional desk; editing by the night team.", "UPDATE: Eastport terminal dredging", 4.5, outlet: "wire-reposter"),
        Make("b3", "Construction of the automated container terminal will cost the port authority 400 million, with deeper berths finished before spring.", "Eastport terminal to cost 400 million", 5),
        Make("a4", "Dockworkers ended the Eastport strike after the union accepted a wage rise and fewer night shifts, and cranes resumed cargo handling.", "Eastport dockworkers end strike", 6),
        Make("b4", "Larger container ships will berth at the new terminal once dredging of the deeper berths ends, the port authority told shipping lines.", "Shipping lines told of new terminal berths", 7),
    ];

    private static string[][] Stories(Grouping result) =>
        result.Stories.Select(s => s.Articles.Select(a => a.Id).Order(StringComparer.Ordinal).ToArray()).OrderBy(s => s[0], StringComparer.Ordinal).ToArray();

    [Fact]
    public void WithoutTheSplitTheNeighbourEventIsSwallowed()
    {
        // the premise: without the split check, the terminal reports end up in the strike's story
        var result = new OnlineStoryGrouper(StoryClustererSettings.Default with { SplitBar = 0 }).Group(Interleaved);
        Assert.Single(result.Stories);
    }

    [Fact]
    public void AStoryThatProvesToBeTwoEventsIsSplit()
    {
        var result = new OnlineStoryGrouper().Group(Interleaved);
        Assert.Equal([["a1", "a2", "a3", "a4"], ["b1", "b2", "b2copy", "b3", "b4"]], Stories(result));
    }

    [Fact]
    public void ACopyMovesWithItsOriginal()
    {
        var result = new OnlineStoryGrouper().Group(Interleaved);
        var copy = result.Stories.SelectMany(s => s.Articles).Single(a => a.Id == "b2copy");
        Assert.Equal("b2", copy.DuplicateOf);
        Assert.Equal(result.StoryOf["b2"], result.StoryOf["b2copy"]);
    }

    [Fact]
    public void TheStreamReportsTheStoryTheArticleEndsUpIn()
    {
        // the article whose join triggers the split is reported under the part it belongs to, and later
        // reports of each event go to that event's story
        var stream = new StoryStream();
        var decisions = Interleaved.Select(stream.Add).ToDictionary(d => d.ArticleId);
        Assert.NotEqual(decisions["a4"].StoryKey, decisions["b4"].StoryKey);
        Assert.Equal(decisions["a1"].StoryKey, decisions["a4"].StoryKey);
        var closed = stream.Flush();
        Assert.Equal(2, closed.Count);
        Assert.Equal(Interleaved.Length, closed.Sum(s => s.Size));
        Assert.Contains(closed, s => s.Key == decisions["b4"].StoryKey && s.Articles.Any(a => a.Id == "b1"));
    }

    [Fact]
    public void TheSplitIsDeterministicAndIndependentOfTheInputOrder()
    {
        var expected = Stories(new OnlineStoryGrouper().Group(Interleaved));
        var reversed = Interleaved.Reverse().ToArray();
        var results = new string[8][][];
        Parallel.For(0, results.Length, i => results[i] = Stories(new OnlineStoryGrouper().Group(i % 2 == 0 ? Interleaved : reversed)));
        foreach (var r in results) Assert.Equal(expected, r);
    }

    [Fact]
    public void OneEventIsNotSplit()
    {
        // eight reports of one strike, with varied wording: no two parts are far enough apart
        Article[] strike =
        [
            Make("s1", "Dockworkers at Eastport harbour walked out on Monday, demanding higher wages and shorter night shifts.", "Eastport dockworkers strike", 0),
            Make("s2", "The Eastport dockworkers strike entered its second day as union leaders rejected the wage offer.", "Eastport strike continues", 1),
            Make("s3", "Pickets blocked the Eastport harbour gates as striking dockworkers demanded higher wages.", "Pickets block Eastport harbour", 2),
            Make("s4", "Cargo piled up at Eastport as the dockworkers strike over wages and night shifts went on.", "Cargo piles up in Eastport strike", 3),
            Make("s5", "The union said the Eastport dockworkers would stay out until the harbour offered higher wages.", "Union vows to continue Eastport strike", 4),
            Make("s6", "Eastport harbour managers made a new wage offer to striking dockworkers on Thursday.", "New wage offer in Eastport strike", 5),
            Make("s7", "Striking Eastport dockworkers voted on the new wage offer and fewer night shifts.", "Eastport dockworkers vote on offer", 6),
            Make("s8", "Dockworkers ended the Eastport strike after accepting higher wages and fewer night shifts.", "Eastport dockworkers end strike", 7),
        ];
        Assert.Single(new OnlineStoryGrouper().Group(strike).Stories);
    }
}
