using Storyline.Cluster;
using Storyline.Language;
using Storyline.Stages;
using Storyline.Tests.Support;
using static Storyline.Tests.Cluster.ArticleFactory;
using static Storyline.Tests.Compare.StoryFixture;

namespace Storyline.Tests.Cluster;

/// <summary>
/// Issue 17, point 4: the original of a group of copies is the article the others credit in a dateline or byline, else the
/// earliest; a copy's own paragraphs stay in the ledgers.
/// </summary>
public sealed class CopyOriginalTests
{
    // our own wire-style report, four paragraphs
    private const string P1 = "A landslide blocked the coastal railway between Ferrowick and Dunmarsh early on Thursday after two days of heavy rain loosened the cliff above the tracks, the rail operator said.";
    private const string P2 = "No train was on the line when the slope gave way, but about six thousand commuters were moved to replacement buses that took up to two hours longer than the usual journey along the coast.";
    private const string P3 = "Operations manager Tomas Verhoek told reporters that geologists would inspect the cliff before any clearing work began, and that the line would stay shut at least until the weekend.";
    private const string P4 = "Local councillors said residents had warned about cracks in the cliff path for months and called for an independent review of how the operator monitors the slopes along the route.";
    private const string WireExtra = "\"We will not reopen a single metre of track until we are sure it is safe,\" Verhoek said in a statement late on Thursday.";
    private static readonly string Body = string.Join("\n\n", P1, P2, P3, P4);

    private static string? DuplicateOf(Grouping result, string id) =>
        result.Stories.SelectMany(s => s.Articles).Single(a => a.Id == id).DuplicateOf;

    [Fact]
    public void The_wire_credited_in_a_papers_dateline_is_the_original_though_published_later()
    {
        var paper = Make("paper", "FERROWICK (Gullwing Wire) — " + Body, "Landslide shuts coast line", hours: 0, outlet: "Dunmarsh Evening Post");
        var wire = Make("wire", "FERROWICK (Gullwing Wire) — " + Body + "\n\n" + WireExtra, "Landslide blocks coastal railway", hours: 3, outlet: "Gullwing Wire");
        var result = new OnlineStoryGrouper().Group([paper, wire]);
        Assert.Null(DuplicateOf(result, "wire"));
        Assert.Equal("wire", DuplicateOf(result, "paper"));
    }

    [Fact]
    public void An_agency_credited_by_abbreviation_is_the_original()
    {
        var paper = Make("paper", "FERROWICK, Coastland (AP) — " + Body, hours: 0, outlet: "Dunmarsh Evening Post");
        var wire = Make("wire", "FERROWICK, Coastland — " + Body, hours: 1, outlet: "Associated Press");
        var result = new OnlineStoryGrouper().Group([paper, wire]);
        Assert.Null(DuplicateOf(result, "wire"));
        Assert.Equal("wire", DuplicateOf(result, "paper"));
    }

    [Fact]
    public void Without_a_credit_the_earliest_stays_the_original()
    {
        var first = Make("first", Body, hours: 0, outlet: "Dunmarsh Evening Post");
        var later = Make("later", Body + "\n\n" + WireExtra, hours: 3, outlet: "Ferrowick Gazette");
        var result = new OnlineStoryGrouper().Group([first, later]);
        Assert.Null(DuplicateOf(result, "first"));
        Assert.Equal("first", DuplicateOf(result, "later"));
    }

    [Fact]
    public void A_credit_to_an_outlet_outside_the_group_changes_nothing()
    {
        // the paper credits a wire that is not among the copies: the earliest stays the original
        var paper = Make("paper", Body + "\n\nReporting by Gullwing Wire.", hours: 0, outlet: "Dunmarsh Evening Post");
        var other = Make("other", Body, hours: 2, outlet: "Ferrowick Gazette");
        var result = new OnlineStoryGrouper().Group([paper, other]);
        Assert.Null(DuplicateOf(result, "paper"));
        Assert.Equal("paper", DuplicateOf(result, "other"));
    }

    [Fact]
    public void What_only_a_copy_says_stays_in_the_quote_ledger_and_shared_paragraphs_are_not_counted_twice()
    {
        var story = Analyze(
            new Input("Gullwing Wire", "2026-05-07T08:00:00Z", Body + "\n\n\"The cliff has been moving for weeks,\" Verhoek said on Thursday."),
            new Input("Dunmarsh Evening Post", "2026-05-07T10:00:00Z", Body + "\n\n" + WireExtra, DuplicateOf: "a1"));

        var own = Assert.Single(story.Quotes, q => q.Text.Contains("single metre", StringComparison.Ordinal));
        Assert.All(own.Citations, c => Assert.Equal("a2", c.ArticleId));
        var shared = Assert.Single(story.Quotes, q => q.Text.Contains("moving for weeks", StringComparison.Ordinal));
        Assert.DoesNotContain(shared.Citations, c => c.ArticleId == "a2");
        // the copy's shared paragraphs add no figure of their own: "six thousand commuters" is cited once, by the original
        Assert.DoesNotContain(story.Figures.SelectMany(f => f.Citations), c => c.ArticleId == "a2" && c.Start < Body.Length);
    }

    [Fact]
    public void A_credit_phrase_of_the_articles_pack_names_the_original_and_a_pack_without_it_does_not()
    {
        // the paper opens with no dateline and credits the wire only in a phrase of the language's NameVocabulary
        var paper = Make("paper", Body + "\n\nThe closure was first reported by Gullwing Wire.", hours: 0, outlet: "Dunmarsh Evening Post");
        var wire = Make("wire", Body + "\n\n" + WireExtra, hours: 3, outlet: "Gullwing Wire");
        var english = LanguagePacks.English;
        Assert.True(CopyOriginals.Credits(paper, "Gullwing Wire", english.Names));
        var withoutPhrase = english with { Names = english.Names with { SourceCreditsBefore = ["according to"], SourceCreditsAfter = [] } };
        Assert.False(CopyOriginals.Credits(paper, "Gullwing Wire", withoutPhrase.Names));

        // as the stream leaves them: the earliest is the original until a credit says otherwise
        System.Collections.Immutable.ImmutableArray<Storyline.Articles.Article> members = [paper, wire.WithDuplicateOf("paper")];
        var resolved = CopyOriginals.Resolve(members, new LanguagePacks([withoutPhrase]));
        Assert.Null(resolved.Single(a => a.Id == "paper").DuplicateOf);
        Assert.Equal("paper", resolved.Single(a => a.Id == "wire").DuplicateOf);
        var credited = CopyOriginals.Resolve(members, LanguagePacks.Default);
        Assert.Null(credited.Single(a => a.Id == "wire").DuplicateOf);
        Assert.Equal("wire", credited.Single(a => a.Id == "paper").DuplicateOf);
    }
}
