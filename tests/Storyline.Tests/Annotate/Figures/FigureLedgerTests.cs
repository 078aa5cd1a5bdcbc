using Storyline.Compare.Facts;
using Storyline.Stories;
using Storyline.Tests.Support;
using Storyline.Compare.Figures;
using System.Collections.Immutable;
using Storyline.Annotate.Figures;
using Storyline.Annotate.Time;
using Storyline.Articles;
using Storyline.Cluster;
using Storyline.Pipeline;
using Storyline.Text;
using Storyline.Language;

namespace Storyline.Tests.Annotate.Figures;

public sealed class FigureLedgerTests
{
    private static Article Annotated(string id, string text)
    {
        var a = new Article(id, id, text, new ArticleMetadata { Published = new DateTimeOffset(2019, 1, 27, 0, 0, 0, TimeSpan.Zero) });
        a = new SentenceStage().Process(a);
        a = new TimexStage().Process(a);
        return new FigureStage().Process(a);
    }

    private static ImmutableArray<StoryFigure> Ledger(params string[] texts)
    {
        var articles = texts.Select((t, i) => Annotated("a" + i, t)).ToImmutableArray();
        return new FigureLedgerStage().Process(new StoryDocument(new Story("s1", articles)).With(FactLedger.Section, FactLedger.Empty)).Figures;
    }

    /// <summary>A fact ledger with one fact told by the articles of <paramref name="citations"/>.</summary>
    private static FactLedger Told(ImmutableArray<Citation> citations) =>
        new([new Fact("told", FactStatus.Agreed, [.. citations.Select(c => c.ArticleId).Distinct()], 2, citations, [])], []);

    private static bool Same(Figure a, Figure b) => FigureRule.Default.Compare(a, b) is { Relation: FigureRelation.Agree, SameThing: true };

    [Fact]
    public void SameDeadlineInThreeArticlesIsOneFigureWithThreeCitations()
    {
        var figures = Ledger(
            "The mayor told the crews to clear the north dock within 72 hours.",
            "Crews were given 72 hours to clear the north dock, the harbour office said.",
            "The city issued a 72-hour deadline for the crews to clear the dock.");
        var deadline = Assert.Single(figures, f => f.Unit == "hour");
        Assert.Equal(3, deadline.Citations.Select(c => c.ArticleId).Distinct().Count());
    }

    [Fact]
    public void EqualDurationsInSentencesOfOneFactAreOneFigureWhateverTheirWording()
    {
        var a = Annotated("a0", "The maintenance records should be handed over within 30 days.");
        var b = Annotated("a1", "The plan is for the new ferry to run within a month.");
        var items = new[] { a, b }.SelectMany(x => x.GetOrEmpty(Figure.Layer).Select(f => (x, f))).ToList();
        Assert.Equal(2, items.Count);
        // the "about" phrases share no word: alone, the ledger keeps them apart
        Assert.Equal(2, FigureLedger.Merge("s1", items, FigureRule.Default).Length);
        // the fact ledger found the two sentences to tell one fact
        ImmutableArray<Citation> fact = [new Citation("a0", new TextSpan(0, a.Text.Length)), new Citation("a1", new TextSpan(0, b.Text.Length))];
        var merged = Assert.Single(FigureLedger.Merge("s1", items, FigureRule.Default, Told(fact)));
        Assert.Equal("30 days / a month", merged.Text);
        Assert.Equal(["a0", "a1"], merged.Citations.Select(c => c.ArticleId).Order());
        // a fact does not make different amounts one figure
        var c = Annotated("a2", "The plan is for the new offices to open within two months.");
        var unequal = new[] { a, c }.SelectMany(x => x.GetOrEmpty(Figure.Layer).Select(f => (x, f))).ToList();
        ImmutableArray<Citation> fact2 = [new Citation("a0", new TextSpan(0, a.Text.Length)), new Citation("a2", new TextSpan(0, c.Text.Length))];
        Assert.Equal(2, FigureLedger.Merge("s1", unequal, FigureRule.Default, Told(fact2)).Length);
    }

    [Fact]
    public void CountsOfTheSameThingThatCannotBothBeRightAreMarkedAsDiffering()
    {
        var figures = Ledger(
            "The flood forced about 1,200 residents from their homes, officials said.",
            "Some 1,500 residents had to leave their homes, neighbourhood groups said.",
            "More than 1,000 residents had to leave their homes, the mayor said.",
            "The new hall has room for 3,000 residents of the district.");
        StoryFigure Figure(string text) => figures.Single(f => f.Text == text);
        var (about1200, some1500) = (Figure("about 1,200 residents"), Figure("Some 1,500 residents"));
        // each names the other by its id
        Assert.Equal([some1500.Id], about1200.DiffersFrom.ToArray());
        Assert.Equal([about1200.Id], some1500.DiffersFrom.ToArray());
        // "more than 1,000" allows both; the hall's capacity counts something else
        Assert.Empty(Figure("More than 1,000 residents").DiffersFrom);
        Assert.Empty(Figure("3,000 residents").DiffersFrom);
    }

    [Fact]
    public void FiguresOfDifferentThingsSharingOneWordOrOrdersOfMagnitudeApartDoNotDiffer()
    {
        var figures = Ledger(
            "The 1918 pandemic caused more than 50 million deaths worldwide, historians estimate.",
            "The outbreak has caused 11 deaths in the region so far, officials said.",
            "The new laptop offers 10-hour battery life in tests.",
            "The rival tablet promises an 11-hour battery in normal use.");
        Assert.All(figures, f => Assert.Empty(f.DiffersFrom));
    }

    [Fact]
    public void EvacuatedPeopleAndResidentsFromTheirHomesAreOneCount()
    {
        var figures = Ledger(
            "Some 1,200 people were evacuated on Tuesday night, according to the city.",
            "The flood forced about 1,200 residents from their homes, officials said.",
            "About 1,200 people were killed in the old war, historians said.");
        var displaced = Assert.Single(figures, f => f.Citations.Length == 2);
        Assert.Equal(["a0", "a1"], displaced.Citations.Select(c => c.ArticleId).Order());
        // the same number of dead is another count
        Assert.Single(figures, f => f.Citations.All(c => c.ArticleId == "a2"));
    }

    [Fact]
    public void ThirtyDaysAndAMonthCompareEqual()
    {
        var a = new Figure(new TextSpan(0, 7), 30, null, null, "day", "set up the offices", null, FigureBound.Exact);
        var b = new Figure(new TextSpan(0, 7), 1, null, null, "month", "offices set up", null, FigureBound.Exact);
        Assert.True(Same(a, b));
        var c = new Figure(new TextSpan(0, 7), 3, null, null, "day", "leave", null, FigureBound.Exact);
        var d = new Figure(new TextSpan(0, 7), 72, null, null, "hour", "leave the country", null, FigureBound.Exact);
        Assert.True(Same(c, d));
    }

    [Fact]
    public void DifferentCountsOfTheSameThingStayApart()
    {
        var figures = Ledger(
            "At least 14 people have been killed in the protests.",
            "Some 20 people have been killed in the protests, a rights group said.");
        Assert.Equal(2, figures.Count(f => f.Unit == "person"));
    }

    [Fact]
    public void SameNumberOfDifferentThingsStaysApart()
    {
        var a = new Figure(new TextSpan(0, 2), 14, null, null, "person", "people killed", null, FigureBound.Exact);
        var b = new Figure(new TextSpan(0, 2), 14, null, null, "person", "people arrested", null, FigureBound.Exact);
        Assert.False(Same(a, b));
    }

    [Fact]
    public void PeopleAndResidentsKilledAreOneFigure()
    {
        var people = new Figure(new TextSpan(0, 2), 14, null, null, "person", "people killed in the flooding", null, FigureBound.Exact);
        var residents = new Figure(new TextSpan(0, 2), 14, null, null, "resident", "residents killed", null, FigureBound.Exact);
        Assert.True(Same(people, residents));
    }

    [Fact]
    public void SoldiersAndCiviliansAreDifferentCounts()
    {
        var soldiers = new Figure(new TextSpan(0, 2), 14, null, null, "soldier", "soldiers killed", null, FigureBound.Exact);
        var civilians = new Figure(new TextSpan(0, 2), 14, null, null, "civilian", "civilians killed", null, FigureBound.Exact);
        Assert.False(Same(soldiers, civilians));
        Assert.Null(FigureUnits.CommonUnit("soldier", "civilian", LanguagePacks.English.Figures));
        Assert.Equal("person", FigureUnits.CommonUnit("civilian", "person", LanguagePacks.English.Figures));
        Assert.Equal("hour", FigureUnits.CommonUnit("day", "month", LanguagePacks.English.Figures));
    }

    [Fact]
    public void Only_amounts_within_the_ratio_of_each_other_are_paired_each_pair_once_in_index_order()
    {
        double?[] amounts = [10, null, 10.4, -10, 31, 0, 9.6, 0, 30];
        var pairs = FigureLedger.NearPairs(amounts, 1.05);
        // every pair a scan of all pairs would keep, and no other
        var scan = new List<(int, int)>();
        for (int i = 0; i < amounts.Length; i++)
            for (int j = i + 1; j < amounts.Length; j++)
                if (amounts[i] is { } a && amounts[j] is { } b && Math.Max(Math.Abs(a), Math.Abs(b)) <= 1.05 * Math.Min(Math.Abs(a), Math.Abs(b)))
                    scan.Add((i, j));
        Assert.Equal(scan, pairs);
        Assert.Contains((0, 2), pairs);
        Assert.Contains((5, 7), pairs);
        Assert.Contains((4, 8), pairs);      // 31 and 30: 3.3 % apart
        Assert.Contains((0, 3), pairs);      // sizes are compared: the rule decides what a sign means
        Assert.DoesNotContain((0, 4), pairs);
        Assert.DoesNotContain((2, 6), pairs); // 10.4 and 9.6: 8 % apart
    }
}

