using Storyline.Articles;
using Storyline.Ingest;
using Storyline.Pipeline;
using Storyline.Tests.Support;

namespace Storyline.Tests.Pipeline;

public sealed class StableIdTests
{
    private static ArticleDraft Draft(string body, string? url = null, string? outlet = null) =>
        new("test.txt", body, new ArticleMetadata { Url = url, Outlet = outlet });

    private const string Flood = "Flood water closed the coastal road north of Brisk on Monday after three days of rain, and the county said it would stay shut until Thursday while crews cleared mud from the carriageway.";
    private const string Fire = "A fire destroyed a timber warehouse in the port of Alden overnight; no one was hurt, the fire service said, and the cause was not yet known to investigators on Tuesday.";

    [Fact]
    public void An_article_id_comes_from_its_url_or_else_its_outlet_and_text()
    {
        Assert.Equal(ArticleIds.For("https://news.example/a?utm_source=x", null, "one"), ArticleIds.For("http://www.news.example/a/", "Other", "two"));
        Assert.NotEqual(ArticleIds.For("https://news.example/a", null, "x"), ArticleIds.For("https://news.example/b", null, "x"));
        Assert.Equal(ArticleIds.For(null, "Harbour Times", Flood), ArticleIds.For(null, "Harbour Times", Flood));
        Assert.NotEqual(ArticleIds.For(null, "Harbour Times", Flood), ArticleIds.For(null, "Valley Post", Flood));
        Assert.Matches("^a[0-9a-f]{12}$", ArticleIds.For(null, null, Flood));
    }

    [Fact]
    public void A_digest_gives_the_same_ids_whatever_else_is_read_and_in_any_order()
    {
        var digester = new Digester(TestModels.Options());
        var both = digester.RunDrafts([Draft(Flood, outlet: "Harbour Times"), Draft(Fire, url: "https://post.example/fire")]);
        var reversed = digester.RunDrafts([Draft(Fire, url: "https://post.example/fire"), Draft(Flood, outlet: "Harbour Times")]);
        var alone = digester.RunDrafts([Draft(Fire, url: "https://post.example/fire")]);
        Assert.Equal(both.Articles.Select(a => a.Id).Order(), reversed.Articles.Select(a => a.Id).Order());
        var fire = Assert.Single(alone.Articles).Id;
        Assert.Contains(fire, both.Articles.Select(a => a.Id));
        Assert.Equal(both.Stories.Select(s => s.Id).Order(), reversed.Stories.Select(s => s.Id).Order());
        Assert.Contains(Assert.Single(alone.Stories).Id, both.Stories.Select(s => s.Id));
    }

    [Fact]
    public void The_same_article_given_twice_gets_a_second_id_and_is_reported_as_a_resubmission()
    {
        var result = new Digester(TestModels.Options()).RunDrafts([Draft(Flood, outlet: "Harbour Times"), Draft(Flood, outlet: "Harbour Times")]);
        var kept = Assert.Single(result.Articles);
        Assert.Contains(result.Problems, p => p.Reason.Contains(kept.Id, StringComparison.Ordinal));
    }
}
