using Storyline.Compare.Facts;
using Storyline.Stories;
using Storyline.Compare;
using Storyline.Pipeline;
using Storyline.Tests.Support;

namespace Storyline.Tests.Compare;

/// <summary>The comparison on the canonical seed story (../shared/seeds): what the ledger, framing table and timeline must show.</summary>
public class SeedComparisonTests
{
    private static readonly Lazy<(DigestResult Result, StoryDocument Story)> Digest = new(() =>
    {
        var result = new Digester(TestModels.Options()).Run([SharedData.Path("seeds")]);
        return (result, result.Stories.Single(s => s.Story.Articles.Length == 5));
    });

    private static string Id(string file) => Digest.Value.Result.Articles.Single(a => Path.GetFileName(a.Source) == file).Id;

    private static string Cited(Storyline.Articles.Citation c) => Digest.Value.Story.Story[c.ArticleId].SliceString(c.Span);

    [SharedDataFact]
    public void The_72_hour_ultimatum_is_one_agreed_fact_cited_by_all_three_articles_that_give_it()
    {
        var three = new[] { Id("000_1476f43bc1fd458d.txt"), Id("002_34df27f0f9e83260.txt"), Id("003_d11bcdd6ba81869e.txt") };
        var facts = Digest.Value.Story.Facts.Where(f => f.Citations.Any(c => Cited(c).Contains("72"))).ToList();
        var fact = Assert.Single(facts, f => three.All(f.ArticleIds.Contains));
        Assert.Equal(FactStatus.Agreed, fact.Status);
        foreach (var id in three)
            Assert.Contains(fact.Citations, c => c.ArticleId == id && Cited(c).Contains("72"));
    }

    [SharedDataFact]
    public void The_interest_office_plan_is_one_agreed_fact_with_30_days_and_a_month_agreeing()
    {
        var fact = Assert.Single(Digest.Value.Story.Facts, f =>
            f.Citations.Any(c => Cited(c).Contains("30 days")) && f.Citations.Any(c => Cited(c).Contains("a month")));
        Assert.Equal(FactStatus.Agreed, fact.Status);
        Assert.Equal(new[] { Id("000_1476f43bc1fd458d.txt"), Id("001_c8d44bf113e1de9b.txt") }.Order(), fact.ArticleIds.Order());
    }

    [SharedDataFact]
    public void The_figures_list_shows_30_days_and_a_month_as_one_figure_cited_by_both_outlets()
    {
        var figure = Assert.Single(Digest.Value.Story.Figures, f => f.Citations.Any(c => Cited(c) == "30 days"));
        Assert.Contains(figure.Citations, c => Cited(c) == "a month");
        Assert.Equal("30 days / a month", figure.Text);
        Assert.Equal(new[] { Id("000_1476f43bc1fd458d.txt"), Id("001_c8d44bf113e1de9b.txt") }.Order(), figure.Citations.Select(c => c.ArticleId).Distinct().Order());
    }

    [SharedDataTheory]
    [InlineData("400")]
    [InlineData("14 people")]
    public void Figures_only_one_outlet_reports_are_single_source(string figure)
    {
        var fact = Assert.Single(Digest.Value.Story.Facts, f => f.Citations.Any(c => Cited(c).Contains(figure)));
        Assert.Equal(FactStatus.SingleSource, fact.Status);
        Assert.Equal(1, fact.IndependentSources);
    }

    [SharedDataFact]
    public void No_seed_fact_is_contested_by_mistake() =>
        // the five accounts differ in emphasis but never in a figure or polarity of one fact
        Assert.DoesNotContain(Digest.Value.Story.Facts, f => f.Status == FactStatus.Contested);

    [SharedDataFact]
    public void Framing_shows_sputniks_loaded_label_for_guaido_beside_opposition_leader()
    {
        var story = Digest.Value.Story;
        var guaido = story.Entities.Single(e => e.Name.Contains("Guaid"));
        var row = story.Framing.Single(r => r.EntityId == guaido.Id);
        var sputnik = Id("004_e5b139a28bf6bbf6.txt");
        var loaded = row.Labels.Where(l => l.ArticleIds.Contains(sputnik) && (l.Label.Contains("self-proclaimed") || l.Label.Contains("self-declared"))).ToList();
        Assert.NotEmpty(loaded);
        Assert.All(loaded, l => Assert.True(l.Loaded && !l.InQuote));
        var leader = row.Labels.Where(l => l.Label.Equals("opposition leader", StringComparison.OrdinalIgnoreCase)).SelectMany(l => l.ArticleIds).Distinct().ToList();
        Assert.True(leader.Count >= 2, "at least two other outlets call him opposition leader");
        Assert.DoesNotContain(sputnik, leader);
    }

    [SharedDataFact]
    public void Timeline_runs_from_the_declaration_to_the_op_ed_with_correct_dates()
    {
        var timeline = Digest.Value.Story.Timeline;
        Assert.Equal("2019-01-23", timeline[0].Date);
        Assert.Equal("2019-01-30", timeline[^1].Date);
        Assert.Equal(timeline.Select(t => t.Date).Order(StringComparer.Ordinal), timeline.Select(t => t.Date));
        // Wednesday 23: the declaration and the break with the US; Thursday 24: the embassy closure order
        Assert.Contains(timeline, t => t.Date == "2019-01-23" && t.Citations.Any(c => c.ArticleId == Id("003_d11bcdd6ba81869e.txt")));
        Assert.Contains(timeline, t => t.Date == "2019-01-23" && t.Citations.Any(c => c.ArticleId == Id("000_1476f43bc1fd458d.txt")));
        Assert.Contains(timeline, t => t.Date == "2019-01-24" && t.Citations.Any(c => c.ArticleId == Id("000_1476f43bc1fd458d.txt")));
        // Saturday 26: the interest-office announcement, from the article that dates it; Wednesday 30: the op-ed
        Assert.Contains(timeline, t => t.Date == "2019-01-26" && t.Citations.Any(c => c.ArticleId == Id("001_c8d44bf113e1de9b.txt")));
        Assert.Contains(timeline, t => t.Date == "2019-01-30" && t.Citations.Any(c => c.ArticleId == Id("004_e5b139a28bf6bbf6.txt")));
        Assert.All(timeline, t => Assert.NotEmpty(t.Citations));
    }

    [SharedDataFact]
    public void Undated_seed_articles_get_inferred_dates_within_the_story_week()
    {
        var dates = Digest.Value.Story.Dates;
        foreach (var a in Digest.Value.Result.Articles)
        {
            var day = dates.PublishedDay(a);
            Assert.NotNull(day);
            Assert.InRange(day.Value, new DateOnly(2019, 1, 23), new DateOnly(2019, 1, 30));
        }
        Assert.False(Digest.Value.Result.Articles.Single(a => a.Id == Id("001_c8d44bf113e1de9b.txt")).Metadata.PublishedInferred);
    }
}
