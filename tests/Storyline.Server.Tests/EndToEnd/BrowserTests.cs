using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Playwright;
using Storyline.Server.Hosting;
using Storyline.Server.Settings;
using Storyline.Server.Tests.Support;

namespace Storyline.Server.Tests.EndToEnd;

/// <summary>
/// End to end as a reader meets it: the tracker on a loopback port with a fresh store follows two RSS feeds (the samples,
/// served by a loopback test server), and chromium opens the front page, a story, a citation (its span highlighted, and
/// the way back), a search for a name, and the same pages 390 px wide without sideways scrolling. Screenshots are kept
/// in the test output folder (screenshots/).
/// </summary>
public sealed class BrowserTests
{
    private static readonly string Shots = Path.Combine(AppContext.BaseDirectory, "screenshots");

    [ChromiumFact]
    public async Task A_reader_follows_two_feeds_opens_a_story_checks_a_citation_and_searches_on_desktop_and_phone()
    {
        Directory.CreateDirectory(Shots);
        await using var feeds = await FeedServer.StartAsync();
        using var folder = new TempFolder();
        var options = new TrackerOptions
        {
            DatabasePath = Path.Combine(folder.Path, "store.db"),
            Feeds = [feeds.Feed("a.rss").ToString(), feeds.Feed("b.rss").ToString()],
            AllowPrivateAddresses = true,
            AnalysisDelay = TimeSpan.FromMilliseconds(50),
        };
        await using var app = TrackerHost.Build(options, "http://127.0.0.1:0", logging => logging.ClearProviders());
        await app.StartAsync();
        var address = new Uri(app.Urls.First());
        using var http = new HttpClient { BaseAddress = address };
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            var stats = JsonDocument.Parse(await http.GetStringAsync("/api/stats")).RootElement;
            if (stats.GetProperty("articles").GetInt64() == feeds.Samples.Count && stats.GetProperty("settled").GetBoolean() && stats.GetProperty("stories").GetInt64() > 0) break;
            Assert.True(DateTime.UtcNow < deadline, "the stories did not arrive: " + stats);
            await Task.Delay(200);
        }

        var (playwright, browser) = await Chromium.LaunchAsync();
        try
        {
            var desktop = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = address.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
            await desktop.GotoAsync("/");
            var storyLink = desktop.Locator("ol.stories h2 a").First;
            var headline = await storyLink.InnerTextAsync();
            Assert.False(string.IsNullOrWhiteSpace(headline));
            await desktop.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "desktop-front.png"), FullPage = true });

            await storyLink.ClickAsync();
            await desktop.WaitForURLAsync("**/stories/**");
            Assert.StartsWith(headline.Trim(), (await desktop.Locator("h1").InnerTextAsync()).Trim());
            await desktop.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "desktop-story.png"), FullPage = true });
            var storyUrl = desktop.Url;

            // a citation of an agreed fact opens its article with the cited words highlighted, and leads back
            var cite = desktop.Locator("ol.keyfacts li sup.cite a").First;
            var citedText = (await cite.GetAttributeAsync("title"))!;
            await cite.ClickAsync();
            await desktop.WaitForURLAsync("**/articles/**");
            var mark = desktop.Locator("mark#cite");
            await Assertions.Expect(mark).ToBeVisibleAsync();
            var marked = await mark.InnerTextAsync();
            Assert.Contains(marked.Trim(), citedText);
            Assert.NotEqual("rgba(0, 0, 0, 0)", await mark.EvaluateAsync<string>("m => getComputedStyle(m).backgroundColor"));
            Assert.True(await mark.EvaluateAsync<bool>("m => { const r = m.getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight; }"), "the cited span is scrolled into view");
            await desktop.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "desktop-citation.png") });
            await desktop.Locator("a.back").First.ClickAsync();
            await desktop.WaitForURLAsync(u => u.StartsWith(storyUrl.Split('#')[0], StringComparison.Ordinal) && u.Contains("#fact-", StringComparison.Ordinal));

            // search a name
            await desktop.FillAsync("#q", "Okafor");
            await desktop.PressAsync("#q", "Enter");
            await desktop.WaitForURLAsync("**/search?q=Okafor");
            Assert.True(await desktop.Locator("ul.results mark").CountAsync() > 0);
            Assert.Equal("Okafor", await desktop.Locator("ul.results mark").First.InnerTextAsync());
            await desktop.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, "desktop-search.png"), FullPage = true });

            // a 390 px phone: no page scrolls sideways, and the story's tables fit the screen (columns share it, values wrap)
            var phone = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = address.ToString(), ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, DeviceScaleFactor = 2 });
            var articleUrl = new Uri(desktop.Url).PathAndQuery;
            var storyPath = new Uri(storyUrl).AbsolutePath;
            foreach (var (url, name) in new[] { ("/", "front"), (storyPath, "story"), ("/search?q=Okafor", "search"), ("/sources", "sources"), (articleUrl, "article") })
            {
                await phone.GotoAsync(url);
                var widths = await phone.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
                Assert.True(widths[0] <= widths[1], $"{url} scrolls sideways at 390 px: {widths[0]} > {widths[1]}");
                await phone.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Shots, $"phone-{name}.png"), FullPage = true });
            }
            await phone.GotoAsync(storyPath);
            var boxes = phone.Locator(".scroll");
            for (int i = 0; i < await boxes.CountAsync(); i++)
            {
                var fits = await boxes.Nth(i).EvaluateAsync<bool>("b => b.getBoundingClientRect().right <= document.documentElement.clientWidth + 0.5");
                Assert.True(fits, "a table box is wider than the screen");
                // and the story's tables fit their box: every column readable without scrolling it
                var inside = await boxes.Nth(i).EvaluateAsync<bool>("b => b.scrollWidth <= b.clientWidth + 1");
                Assert.True(inside, "a story table scrolls inside its box at 390 px");
            }
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
            await app.StopAsync();
        }
    }
}
