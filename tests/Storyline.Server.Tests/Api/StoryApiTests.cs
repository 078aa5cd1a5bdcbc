using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Storyline.Pipeline;
using Storyline.Report;
using Storyline.Server.Tests.Support;

namespace Storyline.Server.Tests.Api;

/// <summary>The tracker on the samples (the <c>--demo</c> path) against <c>digest samples/</c>, and the read API.</summary>
public sealed class StoryApiTests : IClassFixture<StoryApiTests.DemoTracker>
{
    public sealed class DemoTracker : IAsyncLifetime
    {
        public TrackerFactory Factory { get; } = new(o => o with { DemoFolder = Repo.Samples });
        public ReportDocument Digest { get; } = ReportBuilder.Build(new Digester().Run([Repo.Samples]));

        public async Task InitializeAsync()
        {
            Factory.CreateClient();
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (Factory.Store.Stats().Articles < Digest.Articles.Count && DateTime.UtcNow < deadline) await Task.Delay(25);
            await Factory.SettleAsync();
        }

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }

    private readonly DemoTracker _demo;
    private readonly HttpClient _client;

    public StoryApiTests(DemoTracker demo)
    {
        _demo = demo;
        _client = demo.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    private async Task<JsonElement> Get(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task The_demo_has_the_stories_digest_makes_of_the_samples()
    {
        var list = await Get("/api/stories");
        var ids = list.GetProperty("stories").EnumerateArray().Select(s => s.GetProperty("id").GetString()!).Order().ToList();
        Assert.Equal(_demo.Digest.Stories.Select(s => s.Id).Order().ToList(), ids);
        foreach (var expected in _demo.Digest.Stories)
        {
            var served = await _client.GetFromJsonAsync<ReportDocument>($"/api/stories/{expected.Id}", JsonReportWriter.Options);
            var story = Assert.Single(served!.Stories);
            Assert.Equal(expected.ArticleIds.Order(), story.ArticleIds.Order());
            Assert.Equal(expected.Headline, story.Headline);
            Assert.Equal(expected.Summary.Select(s => s.Text), story.Summary.Select(s => s.Text));
            Assert.Equal(expected.Facts.Select(f => (f.Text, f.Status)), story.Facts.Select(f => (f.Text, f.Status)));
            Assert.Equal(expected.Quotes.Select(q => q.Text), story.Quotes.Select(q => q.Text));
            Assert.Equal(expected.Timeline.Select(t => (t.Date, t.Event)), story.Timeline.Select(t => (t.Date, t.Event)));
            // citations resolve in the served articles' texts exactly as in digest's
            var texts = served.Articles.ToDictionary(a => a.Id, a => a.Text);
            var digestTexts = _demo.Digest.Articles.ToDictionary(a => a.Id, a => a.Text);
            foreach (var c in story.Facts.SelectMany(f => f.Citations))
                Assert.Equal(digestTexts[c.Article][c.Start..c.End], texts[c.Article][c.Start..c.End]);
        }
    }

    [Fact]
    public async Task The_story_list_has_the_counts_a_front_page_needs()
    {
        var story = (await Get("/api/stories?limit=5")).GetProperty("stories")[0];
        var expected = _demo.Digest.Stories[0];
        Assert.Equal(expected.ArticleIds.Count, story.GetProperty("articles").GetInt32());
        Assert.True(story.GetProperty("outlets").GetInt32() >= 2);
        var facts = story.GetProperty("facts");
        Assert.Equal(expected.Facts.Count(f => f.Status == "agreed"), facts.GetProperty("agreed").GetInt32());
        Assert.Equal(expected.Facts.Count(f => f.Status == "contested"), facts.GetProperty("contested").GetInt32());
        Assert.True(story.GetProperty("analysed").GetBoolean());
        Assert.Equal(1, story.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Paging_and_since_filter_the_list_and_bad_parameters_are_problems()
    {
        var future = await Get("/api/stories?since=2999-01-01");
        Assert.Empty(future.GetProperty("stories").EnumerateArray());
        var past = await Get("/api/stories?since=2000-01-01T00:00:00Z&limit=1");
        Assert.Single(past.GetProperty("stories").EnumerateArray());
        foreach (var bad in new[] { "/api/stories?since=yesterday", "/api/stories?limit=0", "/api/stories?cursor=%%%", "/api/search" })
        {
            var response = await _client.GetAsync(bad);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task Unknown_ids_are_404_problems()
    {
        foreach (var url in new[] { "/api/stories/s-none", "/api/articles/a-none", "/api/no-such-endpoint" })
        {
            var response = await _client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task An_article_has_its_cleaned_text_removed_lines_and_story()
    {
        var expected = _demo.Digest.Articles.First(a => a.Removed.Count > 0);
        var article = await Get($"/api/articles/{expected.Id}");
        Assert.Equal(expected.Text, article.GetProperty("text").GetString());
        Assert.Equal(expected.Removed.Select(r => r.Text), article.GetProperty("removed").EnumerateArray().Select(r => r.GetProperty("text").GetString()));
        Assert.Equal(expected.Outlet, article.GetProperty("outlet").GetString());
        Assert.Equal(_demo.Digest.Stories.Single(s => s.ArticleIds.Contains(expected.Id)).Id, article.GetProperty("storyId").GetString());
    }

    [Fact]
    public async Task Search_finds_a_name_in_articles_and_facts_with_snippets_and_story_ids()
    {
        var results = (await Get("/api/search?q=Okafor")).GetProperty("results").EnumerateArray().ToList();
        Assert.Contains(results, r => r.GetProperty("kind").GetString() == "article");
        Assert.Contains(results, r => r.GetProperty("kind").GetString() == "fact");
        var story = _demo.Digest.Stories[0].Id;
        foreach (var r in results)
        {
            Assert.Equal(story, r.GetProperty("storyId").GetString());
            var snippet = r.GetProperty("snippet").GetString()!;
            var mark = r.GetProperty("highlights")[0];
            Assert.Equal("Okafor", snippet[mark[0].GetInt32()..mark[1].GetInt32()]);
        }
        Assert.Empty((await Get("/api/search?q=zyzzyvaquux")).GetProperty("results").EnumerateArray());
        // FTS5 syntax in a query is just words
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/api/search?q=%22Okafor%22%20OR%20NEAR(")).StatusCode);
    }

    [Fact]
    public async Task Stats_count_articles_stories_and_feeds()
    {
        var stats = await Get("/api/stats");
        Assert.Equal(_demo.Digest.Articles.Count, stats.GetProperty("articles").GetInt64());
        Assert.Equal(_demo.Digest.Stories.Count, stats.GetProperty("stories").GetInt64());
        Assert.Equal(0, stats.GetProperty("pending").GetInt64());
        Assert.True(stats.TryGetProperty("feeds", out _));
        Assert.Equal("ok", (await Get("/healthz")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Changes_since_a_time_before_the_story_list_everything_as_new()
    {
        var id = _demo.Digest.Stories[0].Id;
        var changes = await Get($"/api/stories/{id}/changes?since=2000-01-01");
        Assert.True(changes.GetProperty("newStory").GetBoolean());
        Assert.Equal(_demo.Digest.Stories[0].Facts.Count, changes.GetProperty("newFacts").GetArrayLength());
        var none = await Get($"/api/stories/{id}/changes?since=2999-01-01");
        Assert.False(none.GetProperty("newStory").GetBoolean());
        Assert.Equal(0, none.GetProperty("newFacts").GetArrayLength());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_every_endpoint()
    {
        var doc = await Get("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/healthz", "/api/stats", "/api/stories", "/api/stories/{id}", "/api/articles", "/api/articles/{id}", "/api/search", "/api/feeds", "/api/feeds/{id}" })
            Assert.Contains(path, paths);
    }

    [Fact]
    public async Task Feeds_are_added_listed_and_removed_and_bad_URLs_refused()
    {
        var created = await _client.PostAsJsonAsync("/api/feeds", new { url = "https://feeds.example/news.rss", intervalSeconds = 600 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var feed = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
        var id = feed.GetProperty("id").GetInt64();
        Assert.Equal("new", feed.GetProperty("health").GetString());
        var again = await _client.PostAsJsonAsync("/api/feeds", new { url = "https://feeds.example/news.rss" });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains((await Get("/api/feeds")).GetProperty("feeds").EnumerateArray(), f => f.GetProperty("id").GetInt64() == id);
        foreach (var bad in new object[] { new { url = "file:///etc/passwd" }, new { url = "not a url" }, new { url = "https://x.example/f", intervalSeconds = 0 } })
            Assert.Equal(HttpStatusCode.BadRequest, (await _client.PostAsJsonAsync("/api/feeds", bad)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _client.DeleteAsync($"/api/feeds/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.DeleteAsync($"/api/feeds/{id}")).StatusCode);
    }
}
