using Storyline.Articles;
using Storyline.Ingest;
using Storyline.Pipeline;

namespace Storyline.Tests.Cluster;

public class ActorConsolidationTests
{
    private static DigestResult Digest(params (string Outlet, string Date, string Text)[] inputs) =>
        new Digester().RunDrafts(inputs.Select((x, i) =>
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
}
