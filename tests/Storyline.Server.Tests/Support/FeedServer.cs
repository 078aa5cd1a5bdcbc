using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Storyline.Ingest;
using Storyline.Problems;
using Storyline.Server.Ingestion;

namespace Storyline.Server.Tests.Support;

/// <summary>
/// A loopback web server publishing the repository's sample articles as two RSS feeds of an aggregator (each item
/// names its outlet in &lt;source&gt;): feed <c>a.rss</c> carries full texts, feed <c>b.rss</c> only teasers linking to
/// the article pages it also serves. It answers conditional GETs with 304 and counts requests.
/// </summary>
public sealed class FeedServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Dictionary<string, string> _feeds = new();
    private readonly Dictionary<string, string> _pages = new();

    public ConcurrentDictionary<string, int> Requests { get; } = new();
    public ConcurrentDictionary<string, int> NotModified { get; } = new();
    public IReadOnlyList<ArticleDraft> Samples { get; }
    public Uri Address { get; private set; } = null!;

    private FeedServer(IReadOnlyList<ArticleDraft> samples)
    {
        Samples = samples;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGet("/feeds/{name}", (string name, HttpContext http) => Serve(http, "feeds/" + name, _feeds, "application/rss+xml"));
        _app.MapGet("/pages/{name}", (string name, HttpContext http) => Serve(http, "pages/" + name, _pages, "text/html"));
        _app.MapGet("/broken.rss", () => { Requests.AddOrUpdate("broken", 1, (_, n) => n + 1); return Results.StatusCode(500); });
    }

    public static async Task<FeedServer> StartAsync()
    {
        var problems = new List<Problem>();
        var reader = new FileReader();
        var samples = FileReader.Collect([Repo.Samples], problems).SelectMany(f => reader.Read(f, 1 << 20).Drafts).ToList();
        var server = new FeedServer(samples);
        await server._app.StartAsync();
        server.Address = new Uri(server._app.Urls.First());
        server.Build();
        return server;
    }

    public Uri Feed(string name) => new(Address, "/feeds/" + name);

    public Uri Page(int index) => new(Address, $"/pages/{index}.html");

    private void Build()
    {
        for (int i = 0; i < Samples.Count; i++) _pages[$"pages/{i}.html"] = PageHtml(Samples[i]);
        int half = (Samples.Count + 1) / 2;
        _feeds["feeds/a.rss"] = Rss("Harbour Roundup", Enumerable.Range(0, half), teaser: false);
        _feeds["feeds/b.rss"] = Rss("Coast Digest", Enumerable.Range(half, Samples.Count - half), teaser: true);
    }

    private string Rss(string title, IEnumerable<int> items, bool teaser)
    {
        var x = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>");
        x.Append("<title>").Append(E(title)).Append("</title><link>").Append(E(Address.ToString())).Append("</link>");
        foreach (int i in items)
        {
            var d = Samples[i];
            var paragraphs = d.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            x.Append("<item><title>").Append(E(d.Metadata.Title ?? "")).Append("</title><link>").Append(E(Page(i).ToString())).Append("</link>");
            if (d.Metadata.Outlet is { } outlet) x.Append("<source url=\"").Append(E(Address.ToString())).Append("\">").Append(E(outlet)).Append("</source>");
            if (d.Metadata.Published is { } p) x.Append("<pubDate>").Append(p.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture)).Append("</pubDate>");
            if (teaser)
                x.Append("<description>").Append(E(paragraphs.FirstOrDefault(p => p.Split(' ').Length > 8) ?? "")).Append("</description>");
            else
                x.Append("<content:encoded>").Append(E(string.Concat(paragraphs.Select(p => "<p>" + WebUtility.HtmlEncode(p) + "</p>")))).Append("</content:encoded>");
            x.Append("</item>");
        }
        return x.Append("</channel></rss>").ToString();
    }

    private static string PageHtml(ArticleDraft d)
    {
        var paragraphs = d.Body.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var h = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").Append(WebUtility.HtmlEncode(d.Metadata.Title ?? "")).Append("</title></head><body>");
        h.Append("<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav><main><article><h1>").Append(WebUtility.HtmlEncode(d.Metadata.Title ?? "")).Append("</h1>");
        foreach (var p in paragraphs) h.Append("<p>").Append(WebUtility.HtmlEncode(p)).Append("</p>");
        return h.Append("</article></main><footer>© the publisher</footer></body></html>").ToString();
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);

    private IResult Serve(HttpContext http, string key, Dictionary<string, string> content, string type)
    {
        Requests.AddOrUpdate(key, 1, (_, n) => n + 1);
        if (!content.TryGetValue(key, out var body)) return Results.NotFound();
        var etag = "\"" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(body)), 0, 8) + "\"";
        http.Response.Headers.ETag = etag;
        http.Response.Headers.LastModified = "Wed, 04 Mar 2026 12:00:00 GMT";
        if (http.Request.Headers.IfNoneMatch.ToString() == etag)
        {
            NotModified.AddOrUpdate(key, 1, (_, n) => n + 1);
            return Results.StatusCode(304);
        }
        return Results.Text(body, type + "; charset=utf-8");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
