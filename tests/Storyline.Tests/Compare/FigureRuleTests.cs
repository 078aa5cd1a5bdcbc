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

    /// <summary>A figure of <paramref name="sentence"/> at <paramref name="wording"/>, stated by that sentence.</summary>
    private static StatedFigure Stated(string sentence, string wording, double value, string unit, string about, FigureBound bound = FigureBound.Exact)
    {
        int at = sentence.IndexOf(wording, StringComparison.Ordinal);
        Assert.True(at >= 0, wording);
        return new StatedFigure(new Figure(new TextSpan(100 + at, wording.Length), value, null, null, unit, about, null, bound), sentence, 100);
    }

    private static FigureRelation Judge(StatedFigure a, StatedFigure b) => FigureRule.Default.Compare(a, b).Relation;

    [Fact]
    public void Two_asserted_counts_of_one_event_conflict()
    {
        var city = Stated("About 1,200 residents of Marlow Bay were forced from their homes by the flood, the city said.", "About 1,200 residents", 1200, "resident", "residents forced from their homes", FigureBound.Approximate);
        var groups = Stated("Some 1,500 residents of Marlow Bay had to leave their homes, neighbourhood groups said.", "Some 1,500 residents", 1500, "resident", "residents had to leave their homes", FigureBound.Approximate);
        Assert.Equal(FigureRelation.Conflict, Judge(city, groups));
        // sentences without a name leave the question to the counts: the samples' 14 treated against at least 20 hurt
        var treated = Stated("Fourteen people were treated for injuries and no deaths were reported, the ambulance service said.", "Fourteen people", 14, "person", "people treated for injuries");
        var hurt = Stated("As many as 20 people were injured when the water broke through overnight, residents said.", "20 people", 20, "person", "people injured");
        Assert.Equal(FigureRelation.Conflict, Judge(treated, hurt));
    }

    [Fact]
    public void A_denied_or_doubted_amount_contradicts_nothing()
    {
        var said = Stated("Firefighters said 12 people died in the fire at the depot.", "12 people", 12, "person", "people died in the fire");
        var doubted = Stated("Police could not confirm claims that 30 people died in the fire at the depot.", "30 people", 30, "person", "people died in the fire");
        var asserted = Stated("Police said that 30 people died in the fire at the depot.", "30 people", 30, "person", "people died in the fire");
        Assert.Equal(FigureRelation.Unrelated, Judge(said, doubted));
        Assert.Equal(FigureRelation.Conflict, Judge(said, asserted));
        // a bound is no denial
        var bound = Stated("Police said no fewer than 30 people died in the fire at the depot.", "30 people", 30, "person", "people died in the fire", FigureBound.AtLeast);
        Assert.NotEqual(FigureRelation.Unrelated, Judge(said, bound));
    }

    [Fact]
    public void Respective_amounts_of_a_list_are_not_a_competing_count()
    {
        var both = Stated("The court sentenced Berg and Lind to 9 and 6 years in prison for the fraud.", "6 years", 6, "year", "years in prison for the fraud");
        var one = Stated("The court sentenced Lind to 9 years in prison for the fraud.", "9 years", 9, "year", "years in prison for the fraud");
        Assert.Equal(FigureRelation.Unrelated, Judge(both, one));
        var other = Stated("The court sentenced Lind to 6 years in prison for the fraud.", "6 years", 6, "year", "years in prison for the fraud");
        Assert.Equal(FigureRelation.Conflict, Judge(other, one));
    }

    [Fact]
    public void A_bare_count_names_no_event_to_contradict()
    {
        var bare = Stated("At least 30 people were killed,", "At least 30 people", 30, "person", "people killed", FigureBound.AtLeast);
        var told = Stated("The ferry sinking off Tarrow Island killed 12 people, the coast guard said.", "12 people", 12, "person", "people killed");
        Assert.Equal(FigureRelation.Unrelated, Judge(bare, told));
        var full = Stated("At least 30 people were killed when the ferry sank off Tarrow Island.", "At least 30 people", 30, "person", "people killed", FigureBound.AtLeast);
        Assert.Equal(FigureRelation.Conflict, Judge(full, told));
    }

    [Fact]
    public void Counts_of_other_places_or_people_are_different_quantities()
    {
        var varn = Stated("Six people died in the floods in Varn province.", "Six people", 6, "person", "people died in the floods");
        var oster = Stated("In Oster province, 14 people died in the floods.", "14 people", 14, "person", "people died in the floods");
        Assert.Equal(FigureRelation.Unrelated, Judge(varn, oster));
        var varnAgain = Stated("In Varn province, 14 people died in the floods.", "14 people", 14, "person", "people died in the floods");
        Assert.Equal(FigureRelation.Conflict, Judge(varn, varnAgain));
        // two players' totals
        Assert.Equal(FigureRelation.Unrelated, Judge(
            Stated("The striker Okoro ended the season with 41 goals scored for the club.", "41 goals", 41, "goal", "goals scored for the club"),
            Stated("The winger Marsh, who had 30 goals scored for the club, left in May.", "30 goals", 30, "goal", "goals scored for the club")));
    }

    [Fact]
    public void The_figure_ledger_flags_differing_figures_only_of_one_happening()
    {
        var one = Article("a1", "In Varnia, police arrested 12 men wanted for war crimes, officials said.");
        var two = Article("a2", "In Varnia, police arrested 20 men wanted for war crimes, a court clerk said.");
        var three = Article("a3", "Varnia refuses to hand over 20 men accused of war crimes, officials said.");
        List<(Article, Figure)> Items(params Article[] articles) => articles.SelectMany(a => a.GetOrEmpty(Figure.Layer).Select(f => (a, f))).ToList();
        Assert.All(FigureLedger.Merge("s1", Items(one, two), FigureRule.Default), f => Assert.Single(f.DiffersFrom));
        // arrested against accused: two happenings of the same men
        Assert.All(FigureLedger.Merge("s1", Items(one, three), FigureRule.Default), f => Assert.Empty(f.DiffersFrom));
    }

    private static Article Article(string id, string text)
    {
        var a = new Article(id, id, text, new ArticleMetadata { Published = new DateTimeOffset(2026, 3, 4, 0, 0, 0, TimeSpan.Zero) });
        return new FigureStage().Process(new Storyline.Annotate.Time.TimexStage().Process(new SentenceStage().Process(a)));
    }
}
