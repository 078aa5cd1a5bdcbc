using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Storyline.Report;
using Storyline.Server.Store;
using Storyline.Server.Tests.Api;
using Storyline.Server.Tests.Support;

namespace Storyline.Server.Tests.Web;

/// <summary>The pages, in process, on the demo samples.</summary>
public sealed class WebPagesTests : IClassFixture<StoryApiTests.DemoTracker>
{
    private readonly StoryApiTests.DemoTracker _demo;
    private readonly HttpClient _client;

    public WebPagesTests(StoryApiTests.DemoTracker demo)
    {
        _demo = demo;
        _client = demo.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    private async Task<string> Page(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" style=", html, StringComparison.OrdinalIgnoreCase);
        // self-contained: nothing is loaded from elsewhere (outside links are plain anchors to the articles' own addresses)
        Assert.DoesNotMatch(new Regex("<(link|img|iframe)[^>]+(href|src)=\"(https?:)?//"), html);
        return html;
    }

    [Fact]
    public async Task The_front_page_lists_each_story_with_outlets_a_key_fact_and_the_last_update()
    {
        var html = await Page("/");
        var story = _demo.Digest.Stories[0];
        Assert.Contains($"href=\"/stories/{story.Id}\"", html);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(story.Headline), html);
        foreach (var outlet in _demo.Digest.Articles.Select(a => a.Outlet).OfType<string>().Distinct())
            Assert.Contains($"<li class=\"chip\">{System.Net.WebUtility.HtmlEncode(outlet)}</li>", html);
        Assert.Contains("<span class=\"badge agreed\">agreed</span>", html);
        Assert.Contains("updated ", html);
    }

    [Fact]
    public async Task A_story_page_shows_key_facts_contested_and_by_outlet_folds_every_fact_and_its_citations_open_the_highlighted_span_and_lead_back()
    {
        var story = _demo.Digest.Stories[0];
        var html = await Page($"/stories/{story.Id}");
        Assert.True(html.IndexOf("<h2>Key facts</h2>", StringComparison.Ordinal) < html.IndexOf("<h2>By outlet</h2>", StringComparison.Ordinal));
        Assert.Contains("<h2>Key facts</h2>", html);
        Assert.Contains("<details class=\"agreed\">", html);
        if (story.Conflicts.Count > 0) Assert.Contains("<h2>Contested</h2>", html);
        foreach (var o in story.Outlets.Where(o => o.Outlet is not null))
            Assert.Contains($"<details class=\"outlet\"><summary>{System.Net.WebUtility.HtmlEncode(o.Outlet!)} <span class=\"muted\">{o.OnlyHere.Count} only here · {o.LeftOut.Count} left out", html);
        if (story.Facts.Any(f => f.Status == "single-source"))
        {
            Assert.Contains("<details class=\"single-source\">", html);
            Assert.Contains("only in ", html);
        }
        var fact = story.Facts.Select((f, i) => (f, i)).First(x => x.f.Status == "agreed");
        Assert.Contains($"<li id=\"fact-{fact.i}\">", html); // the key fact holds the anchor a citation leads back to
        var cite = fact.f.Citations[0];
        var link = $"/articles/{cite.Article}?s={cite.Start}&amp;e={cite.End}&amp;from={story.Id}&amp;at=fact-{fact.i}#cite";
        Assert.Contains(link, html);

        var article = await Page(System.Net.WebUtility.HtmlDecode(link).Split('#')[0]);
        var text = _demo.Digest.Articles.Single(a => a.Id == cite.Article).Text;
        var cited = text[cite.Start..cite.End];
        var mark = Regex.Match(article, "<mark id=\"cite\">(.*?)</mark>").Groups[1].Value;
        Assert.StartsWith(System.Net.WebUtility.HtmlDecode(mark), cited);
        Assert.Contains($"<a class=\"back\" href=\"/stories/{story.Id}#fact-{fact.i}\">", article);
    }

    [Fact]
    public async Task An_article_page_refuses_a_span_outside_its_text_and_a_back_link_that_is_not_a_story_id()
    {
        var id = _demo.Digest.Articles[0].Id;
        var html = await Page($"/articles/{id}?s=5&e=999999&from=//evil.example&at=x");
        Assert.Contains("not in this article", html);
        Assert.DoesNotContain("<mark", html);
        Assert.DoesNotContain("evil.example", html);
        Assert.Contains("Removed while cleaning", await Page($"/articles/{_demo.Digest.Articles.First(a => a.Removed.Count > 0).Id}"));
    }

    [Fact]
    public async Task Search_and_sources_pages_show_what_was_found()
    {
        var search = await Page("/search?q=Okafor");
        Assert.Contains("<mark>Okafor</mark>", search);
        Assert.Contains($"href=\"/stories/{_demo.Digest.Stories[0].Id}\"", search);
        var sources = await Page("/sources");
        Assert.Contains("Outlets", sources);
        Assert.Contains("Bayside Daily", sources);
    }

    [Fact]
    public async Task A_story_page_shows_each_actors_verbs_and_the_line_on_where_outlets_differ()
    {
        var story = _demo.Digest.Stories.First(s => s.Framing.Any(f => f.Contrast is not null));
        var html = await Page($"/stories/{story.Id}");
        Assert.Contains("Where the outlets differ", html);
        foreach (var f in story.Framing)
        {
            if (f.Contrast is not null) Assert.Contains(System.Net.WebUtility.HtmlEncode(f.Contrast), html);
            foreach (var v in f.Verbs) Assert.Contains("<i>" + (v.Loaded ? "<mark class=\"loaded\">" : "") + System.Net.WebUtility.HtmlEncode(v.Verb), html);
        }
    }

    [Fact]
    public async Task Unknown_pages_are_404_pages()
    {
        var response = await _client.GetAsync("/stories/s-none");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("no story", await response.Content.ReadAsStringAsync());
    }
}

/// <summary>Whatever an article says, the pages show it as text.</summary>
public sealed class EscapingTests : IDisposable
{
    private readonly TrackerFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Markup_in_articles_titles_and_outlets_is_shown_as_text_on_every_page()
    {
        var client = _factory.CreateClient();
        const string evil = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        var record = new
        {
            text = $"The council of Port Elwin {evil} said on Monday that the harbour wall will be repaired in June after storms damaged it, and that boats must use the south quay until the work is done.",
            title = "Harbour wall " + evil,
            outlet = "Evil Outlet " + evil,
            url = "javascript:alert(1)",
            published = "2026-05-04T10:00:00Z",
        };
        var posted = await client.PostAsJsonAsync("/api/articles", record);
        posted.EnsureSuccessStatusCode();
        await _factory.SettleAsync();
        var id = System.Text.Json.JsonDocument.Parse(await posted.Content.ReadAsStringAsync()).RootElement.GetProperty("ids")[0].GetString()!;
        var story = _factory.Store.GetArticle(id)!.StoryId!;
        foreach (var url in new[] { "/", $"/stories/{story}", $"/articles/{id}?s=0&e=10", "/search?q=Elwin+script", "/sources" })
        {
            var html = await client.GetStringAsync(url);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Contains("&lt;script&gt;", await client.GetStringAsync($"/articles/{id}"));
    }

    [Fact]
    public async Task A_merged_story_id_redirects_on_the_pages_and_the_API()
    {
        var client = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var posted = await client.PostAsJsonAsync("/api/articles", PostArticlesTests.Record(1));
        await _factory.SettleAsync();
        var id = System.Text.Json.JsonDocument.Parse(await posted.Content.ReadAsStringAsync()).RootElement.GetProperty("ids")[0].GetString()!;
        var story = _factory.Store.GetArticle(id)!.StoryId!;
        await _factory.Store.ApplyGroupingAsync(new GroupingUpdate([], [], [], [], [new StoryAlias("s-merged-away", story)], 0));
        var page = await client.GetAsync("/stories/s-merged-away");
        Assert.Equal(HttpStatusCode.MovedPermanently, page.StatusCode);
        Assert.Equal($"/stories/{story}", page.Headers.Location?.ToString());
        var api = await client.GetAsync("/api/stories/s-merged-away");
        Assert.Equal(HttpStatusCode.PermanentRedirect, api.StatusCode);
        Assert.Equal($"/api/stories/{story}", api.Headers.Location?.ToString());
    }
}
