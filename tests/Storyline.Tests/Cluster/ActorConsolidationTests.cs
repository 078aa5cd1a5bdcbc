using Storyline.Stories;
using Storyline.Articles;
using Storyline.Ingest;
using Storyline.Pipeline;
using Storyline.Tests.Support;

namespace Storyline.Tests.Cluster;

public class ActorConsolidationTests
{
    private static DigestResult Digest(params (string Outlet, string Date, string Text)[] inputs) =>
        new Digester(TestModels.Options()).RunDrafts(inputs.Select((x, i) =>
        {
            Storyline.Text.DateParsing.TryParse(x.Date, out var date, out var dateOnly);
            return new ArticleDraft($"test{i}", x.Text, new ArticleMetadata { Outlet = x.Outlet, Published = date, PublishedDateOnly = dateOnly });
        }).ToList());

    [Fact]
    public void Reports_of_one_story_in_different_words_days_apart_become_one_story()
    {
        var r = Digest(
            ("Harbor Times", "2026-02-10", "President Carlos Ruiz of Estland ordered the embassy of Norland closed on Monday. Opposition leader Ana Ortiz called the move reckless, and Foreign Minister Pablo Vidal defended it in Talvik. Ruiz said Norland had insulted Estland."),
            ("Valley Post", "2026-02-12", "Two days after the diplomatic rupture, Ana Ortiz led thousands through Talvik. Carlos Ruiz stayed silent while Pablo Vidal flew to Norland for talks. Ortiz demanded that Ruiz restore relations with Norland and Estland's neighbours."));
        Assert.Single(r.Stories);
    }

    [Fact]
    public void Stories_with_different_casts_stay_apart()
    {
        var r = Digest(
            ("Harbor Times", "2026-02-10", "President Carlos Ruiz of Estland ordered the embassy of Norland closed on Monday. Opposition leader Ana Ortiz called the move reckless, and Foreign Minister Pablo Vidal defended it in Talvik."),
            ("Valley Post", "2026-02-11", "The football club Dynamo Brest signed striker Jonas Keller from Sporting Lund on Tuesday. Coach Ivan Petrov said Keller would play against Olympia Graz at the weekend."));
        Assert.Equal(2, r.Stories.Length);
    }

    [Fact]
    public void A_dropped_resubmission_keeps_its_story_after_consolidation()
    {
        var pipeline = TestModels.Pipeline();
        Article Make(string id, string outlet, int day, string text) => pipeline.Annotate(new Article(id, id, text, new ArticleMetadata
        {
            Outlet = outlet,
            Published = new DateTimeOffset(2026, 2, 10 + day, 9, 0, 0, TimeSpan.Zero),
        }));
        const string first = "President Carlos Ruiz of Estland ordered the embassy of Norland closed on Monday. Opposition leader Ana Ortiz called the move reckless, and Foreign Minister Pablo Vidal defended it in Talvik. Ruiz said Norland had insulted Estland.";
        var articles = new[]
        {
            Make("a", "Harbor Times", 0, first),
            Make("b", "Valley Post", 2, "Two days after the diplomatic rupture, Ana Ortiz led thousands through Talvik. Carlos Ruiz stayed silent while Pablo Vidal flew to Norland for talks. Ortiz demanded that Ruiz restore relations with Norland and Estland's neighbours."),
            Make("a-again", "Harbor Times", 1, first),
        };
        var result = new Storyline.Cluster.OnlineStoryGrouper { ConsolidateByActors = true }.Group(articles);
        Assert.Single(result.Stories);
        Assert.Single(result.Dropped);
        Assert.Equal(result.StoryOf["a"], result.StoryOf["a-again"]);
    }
}
