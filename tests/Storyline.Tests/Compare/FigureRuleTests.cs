using System.Collections.Immutable;
using Storyline.Annotate.Figures;
using Storyline.Articles;
using Storyline.Compare.Facts;
using Storyline.Compare.Figures;
using Storyline.Stages;
using Storyline.Stories;
using Storyline.Text;

namespace Storyline.Tests.Compare;

/// <summary>The one rule for figures, as both ledgers see it.</summary>
public sealed class FigureRuleTests
{
    private static Figure Count(double value, string unit, string about, FigureBound bound = FigureBound.Exact, double? high = null) =>
        new(new TextSpan(0, 2), value, null, high, unit, about, null, bound);

    [Fact]
    public void Amounts_agree_within_one_percent_are_rounded_within_five_and_durations_compare_in_hours()
    {
        var rule = FigureRule.Default;
        Assert.Equal(FigureRelation.Agree, rule.Compare(Count(400, "person", "people detained"), Count(400, "person", "people detained", FigureBound.Approximate)).Relation);
        Assert.Equal(FigureRelation.Rounded, rule.Compare(Count(4.1e9, "USD", "aid pledged"), Count(4e9, "USD", "aid pledged")).Relation);
        var days = rule.Compare(Count(30, "day", "set up the offices"), Count(1, "month", "offices set up"));
        Assert.Equal((FigureRelation.Agree, true), (days.Relation, days.SameThing));
    }

    [Fact]
    public void Different_amounts_of_one_thing_conflict_unless_their_bounds_allow_both()
    {
        var rule = FigureRule.Default;
        var conflict = rule.Compare(Count(1200, "resident", "residents from their homes", FigureBound.Approximate), Count(1500, "resident", "residents had to leave their homes", FigureBound.Approximate));
        Assert.Equal(FigureRelation.Conflict, conflict.Relation);
        Assert.Equal("1,200 residents (residents from their homes) vs 1,500 residents (residents had to leave their homes)", conflict.Description);
        // "at least 14" and "20" may both be true
        Assert.Equal(FigureRelation.Compatible, rule.Compare(Count(14, "person", "people killed", FigureBound.AtLeast), Count(20, "person", "people killed")).Relation);
    }

    [Theory]
    [InlineData(50e6, "death", "deaths worldwide", 11, "death", "deaths in the region")] // orders of magnitude apart
    [InlineData(10, "hour", "battery life in tests", 11, "hour", "battery in normal use")] // one shared ordinary word
    [InlineData(2, "school", "schools closed", 3, "school", "schools closed")] // a small count
    [InlineData(14, "person", "people", 20, "person", "people killed")] // the unit noun alone says nothing about which people
    [InlineData(14, "soldier", "soldiers killed", 20, "civilian", "civilians killed")] // different kinds of people
    public void Figures_that_do_not_count_the_same_thing_never_conflict(double a, string unitA, string aboutA, double b, string unitB, string aboutB) =>
        Assert.Equal(FigureRelation.Unrelated, FigureRule.Default.Compare(Count(a, unitA, aboutA), Count(b, unitB, aboutB)).Relation);

    [Fact]
    public void A_figure_conflict_of_the_fact_ledger_is_not_listed_again_by_the_figure_ledger()
    {
        var one = Article("a1", "About 1,200 residents were forced from their homes by the flood.");
        var two = Article("a2", "Some 1,500 residents had to leave their homes after the flood.");
        var items = new[] { one, two }.SelectMany(a => a.GetOrEmpty(Figure.Layer).Select(f => (a, f))).ToList();
        Assert.Equal(2, items.Count);
        // alone, the figure ledger lists the difference
        Assert.All(FigureLedger.Merge("s1", items, FigureRule.Default), f => Assert.Single(f.DiffersFrom));

        ImmutableArray<Citation> first = [new("a1", new TextSpan(0, one.Text.Length))], second = [new("a2", new TextSpan(0, two.Text.Length))];
        var judged = FigureRule.Default.Compare(items[0].f, items[1].f);
        var facts = new FactLedger(
            [new Fact(one.Text, FactStatus.Contested, ["a1"], 1, first, ["f2"]) { Id = "f1" }, new Fact(two.Text, FactStatus.Contested, ["a2"], 1, second, ["f1"]) { Id = "f2" }],
            [new Conflict("figure", judged.Description!, "f1", "f2") { Figures = [items[0].f, items[1].f] }]);
        // the fact ledger shows it with the sentences around it: once is enough
        Assert.All(FigureLedger.Merge("s1", items, FigureRule.Default, facts), f => Assert.Empty(f.DiffersFrom));
        // a conflict of other facts does not hide it
        var other = facts with { Conflicts = [new Conflict("polarity", "one account says it happened, another that it did not", "f1", "f2")] };
        Assert.All(FigureLedger.Merge("s1", items, FigureRule.Default, other), f => Assert.Single(f.DiffersFrom));
    }

    [Fact]
    public void Rounded_amounts_are_neither_one_figure_nor_a_difference()
    {
        var one = Article("a1", "Donors pledged $4.1 billion in aid for the rebuilding at the conference.");
        var two = Article("a2", "Donors pledged $4 billion in aid for the rebuilding, officials said.");
        var items = new[] { one, two }.SelectMany(a => a.GetOrEmpty(Figure.Layer).Select(f => (a, f))).ToList();
        Assert.Equal(FigureRelation.Rounded, FigureRule.Default.Compare(items[0].f, items[1].f).Relation);
        var figures = FigureLedger.Merge("s1", items, FigureRule.Default);
        Assert.Equal(2, figures.Length);
        Assert.All(figures, f => Assert.Empty(f.DiffersFrom));
    }

    private static Article Article(string id, string text)
    {
        var a = new Article(id, id, text, new ArticleMetadata { Published = new DateTimeOffset(2026, 3, 4, 0, 0, 0, TimeSpan.Zero) });
        return new FigureStage().Process(new Storyline.Annotate.Time.TimexStage().Process(new SentenceStage().Process(a)));
    }
}
