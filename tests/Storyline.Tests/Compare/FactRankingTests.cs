using System.Collections.Immutable;
using Storyline.Articles;
using Storyline.Clean;
using Storyline.Compare.Facts;
using Storyline.Ingest;
using Storyline.Stories;

namespace Storyline.Tests.Compare;

/// <summary>The ledger's order (key facts first) and each outlet's "only here" and "left out" facts.</summary>
public class FactRankingTests
{
    private static Fact F(string id, FactStatus status, int sources, double centrality = 0, int position = 0, params string[] articles) =>
        new($"fact {id}", status, [.. articles], sources, [.. articles.Select(a => new Citation(a, new Storyline.Text.TextSpan(0, 4)))], []) { Id = id, Centrality = centrality, Position = position };

    [Fact]
    public void Agreed_facts_lead_with_more_outlets_first_then_contested_then_single_source()
    {
        var ordered = FactRanking.Order([
            F("single", FactStatus.SingleSource, 1, centrality: 9),
            F("two", FactStatus.Agreed, 2, centrality: 5),
            F("contested", FactStatus.Contested, 3, centrality: 9),
            F("three", FactStatus.Agreed, 3, centrality: 0.1),
        ]);
        Assert.Equal(["three", "two", "contested", "single"], ordered.Select(f => f.Id));
    }

    [Fact]
    public void Ties_in_outlets_go_to_the_more_central_fact_then_to_the_one_told_earlier()
    {
        var ordered = FactRanking.Order([
            F("late", FactStatus.Agreed, 2, centrality: 1, position: 7),
            F("peripheral", FactStatus.Agreed, 2, centrality: 0.5, position: 0),
            F("central", FactStatus.Agreed, 2, centrality: 3, position: 9),
            F("early", FactStatus.Agreed, 2, centrality: 1, position: 2),
        ]);
        Assert.Equal(["central", "early", "late", "peripheral"], ordered.Select(f => f.Id));
    }

    [Fact]
    public void Only_the_first_ten_agreed_facts_are_key()
    {
        var ordered = FactRanking.Order([
            .. Enumerable.Range(0, 12).Select(i => F($"a{i:00}", FactStatus.Agreed, 2, centrality: 20 - i)),
            F("c", FactStatus.Contested, 2),
        ]);
        var key = ordered.Where((f, i) => FactRanking.IsKey(ordered, i)).Select(f => f.Id).ToList();
        Assert.Equal(Enumerable.Range(0, 10).Select(i => $"a{i:00}"), key);
        Assert.False(FactRanking.IsKey(ordered, ordered.Length - 1));
    }

    private static Article A(string id, string outlet, string? duplicateOf = null)
    {
        var article = Cleaner.Default.Clean(new ArticleDraft(id + ".txt", "The ferry service between the two islands resumed on Friday.", new ArticleMetadata { Outlet = outlet }), id);
        return duplicateOf is null ? article : article.WithDuplicateOf(duplicateOf);
    }

    /// <summary>Harbor Times (a1), Valley Post (a2), Ridge Gazette running a copy of a2 (a3), Coast Herald (a4 and a5).</summary>
    private static readonly Story Outlets = new("s1", [A("a1", "Harbor Times"), A("a2", "Valley Post"), A("a3", "Ridge Gazette", duplicateOf: "a2"), A("a4", "Coast Herald"), A("a5", "coast herald")]);

    private static OutletFacts Of(ImmutableArray<OutletFacts> outlets, string name) => outlets.Single(o => o.Outlet == name);

    [Fact]
    public void An_outlet_that_tells_an_agreed_fact_never_lists_it_as_left_out_and_a_copy_tells_what_its_original_tells()
    {
        var ledger = new FactLedger(FactRanking.Order([
            F("ferry", FactStatus.Agreed, 2, 0, 0, "a1", "a2"),   // Harbor Times and Valley Post (so Ridge Gazette's copy too)
            F("fares", FactStatus.Agreed, 2, 0, 0, "a1", "a5"),   // Coast Herald through its second article
            F("storm", FactStatus.Contested, 2, 0, 0, "a2", "a4"),
        ]), []);
        var outlets = OutletFacts.Of(Outlets, ledger);

        Assert.Equal(["Harbor Times", "Valley Post", "Ridge Gazette", "Coast Herald"], outlets.Select(o => o.Outlet));
        Assert.Equal(["a4", "a5"], Of(outlets, "Coast Herald").ArticleIds.ToArray());
        Assert.Empty(Of(outlets, "Harbor Times").LeftOut);
        Assert.Equal(["fares"], Of(outlets, "Valley Post").LeftOut.ToArray());
        Assert.Equal(["fares"], Of(outlets, "Ridge Gazette").LeftOut.ToArray()); // inherits "ferry" from a2
        Assert.Equal(["ferry"], Of(outlets, "Coast Herald").LeftOut.ToArray());
        // contested facts are neither left out nor only here: they have their own section
        Assert.All(outlets, o => Assert.DoesNotContain("storm", o.LeftOut.Concat(o.OnlyHere)));
    }

    [Fact]
    public void Only_here_lists_exactly_the_outlets_single_source_facts()
    {
        var ledger = new FactLedger(FactRanking.Order([
            F("harbor-only", FactStatus.SingleSource, 1, 0, 0, "a1"),
            F("wire", FactStatus.SingleSource, 1, 0, 0, "a2", "a3"),   // an original and its copy: the original's outlet's
            F("copy-extra", FactStatus.SingleSource, 1, 0, 1, "a3"),   // a paragraph the copy added
            F("herald", FactStatus.SingleSource, 1, 0, 2, "a4", "a5"),
            F("agreed", FactStatus.Agreed, 2, 0, 0, "a1", "a4"),
        ]), []);
        var outlets = OutletFacts.Of(Outlets, ledger);

        Assert.Equal(["harbor-only"], Of(outlets, "Harbor Times").OnlyHere.ToArray());
        Assert.Equal(["wire"], Of(outlets, "Valley Post").OnlyHere.ToArray());
        Assert.Equal(["copy-extra"], Of(outlets, "Ridge Gazette").OnlyHere.ToArray());
        Assert.Equal(["herald"], Of(outlets, "Coast Herald").OnlyHere.ToArray());
        Assert.Equal(ledger.Facts.Count(f => f.Status == FactStatus.SingleSource), outlets.Sum(o => o.OnlyHere.Length));
    }

    [Fact]
    public void Articles_without_an_outlet_each_stand_alone()
    {
        var story = new Story("s1", [A("a1", ""), A("a2", "")]);
        var outlets = OutletFacts.Of(story, new FactLedger([F("x", FactStatus.SingleSource, 1, 0, 0, "a2")], []));
        Assert.Equal(2, outlets.Length);
        Assert.All(outlets, o => Assert.Null(o.Outlet));
        Assert.Equal(["x"], outlets[1].OnlyHere.ToArray());
    }
}
