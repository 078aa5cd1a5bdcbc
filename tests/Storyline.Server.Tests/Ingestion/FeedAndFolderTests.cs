using System.Net.Http.Json;
using System.Text.Json;
using Storyline.Server.Tests.Support;

namespace Storyline.Server.Tests.Ingestion;

public sealed class FeedAndFolderTests
{
    private static async Task<JsonElement> Feed(HttpClient client, long id) =>
        JsonDocument.Parse(await client.GetStringAsync("/api/feeds")).RootElement.GetProperty("feeds").EnumerateArray().Single(f => f.GetProperty("id").GetInt64() == id);

    private static async Task Until(Func<Task<bool>> condition, string what, int seconds = 60)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition()) return;
            await Task.Delay(100);
        }
        throw new TimeoutException(what);
    }

    [Fact]
    public async Task Feed_items_become_articles_teasers_get_their_page_and_an_unchanged_feed_costs_a_304()
    {
        await using var feeds = await FeedServer.StartAsync();
        using var tracker = new TrackerFactory(o => o with { AllowPrivateAddresses = true });
        var client = tracker.CreateClient();
        var ids = new List<long>();
        foreach (var name in new[] { "a.rss", "b.rss" })
        {
            var response = await client.PostAsJsonAsync("/api/feeds", new { url = feeds.Feed(name).ToString(), intervalSeconds = 1 });
            ids.Add(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64());
        }
        await Until(async () => tracker.Store.Stats().Articles == feeds.Samples.Count, "every sample arrives through the feeds");
        await Until(async () => feeds.NotModified.GetValueOrDefault("feeds/a.rss") > 0 && feeds.NotModified.GetValueOrDefault("feeds/b.rss") > 0, "conditional GETs answered 304");
        await tracker.SettleAsync();

        // the teaser feed's items were completed from their pages: as long as the samples, with their outlets
        var b = await Feed(client, ids[1]);
        Assert.Equal("ok", b.GetProperty("health").GetString());
        Assert.True(feeds.Requests.Keys.Count(k => k.StartsWith("pages/")) >= 1);
        var stories = JsonDocument.Parse(await client.GetStringAsync("/api/stories")).RootElement.GetProperty("stories");
        var outlets = stories.EnumerateArray().SelectMany(s => s.GetProperty("outletNames").EnumerateArray().Select(o => o.GetString())).ToHashSet();
        foreach (var outlet in feeds.Samples.Select(s => s.Metadata.Outlet).OfType<string>()) Assert.Contains(outlet, outlets);
        var results = JsonDocument.Parse(await client.GetStringAsync("/api/search?q=Okafor")).RootElement.GetProperty("results");
        Assert.True(results.GetArrayLength() > 0);
        foreach (var article in tracker.Store.GetArticles(results.EnumerateArray().Where(r => r.GetProperty("kind").GetString() == "article").Select(r => r.GetProperty("articleId").GetString()!)))
            Assert.True(article.Text.Split(' ').Length >= 40, $"{article.Id} is still a teaser: {article.Text}");
        // polling again stores nothing twice
        Assert.Equal(feeds.Samples.Count, tracker.Store.Stats().Articles);
    }

    [Fact]
    public async Task A_failing_feed_shows_its_problem_and_backs_off()
    {
        await using var feeds = await FeedServer.StartAsync();
        using var tracker = new TrackerFactory(o => o with { AllowPrivateAddresses = true });
        var client = tracker.CreateClient();
        var response = await client.PostAsJsonAsync("/api/feeds", new { url = new Uri(feeds.Address, "/broken.rss").ToString(), intervalSeconds = 1 });
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
        await Until(async () => (await Feed(client, id)).GetProperty("failures").GetInt32() >= 1, "the feed is polled and fails");
        var feed = await Feed(client, id);
        Assert.Contains("500", feed.GetProperty("lastProblem").GetString());
        Assert.Equal("failing", feed.GetProperty("health").GetString());
        var wait = feed.GetProperty("nextPoll").GetDateTimeOffset() - feed.GetProperty("lastPoll").GetDateTimeOffset();
        Assert.True(wait >= TimeSpan.FromSeconds(1.9), $"after {feed.GetProperty("failures").GetInt32()} failure(s) the next poll is {wait} later");
    }

    [Fact]
    public async Task Without_permission_a_feed_on_a_loopback_address_is_refused()
    {
        await using var feeds = await FeedServer.StartAsync();
        using var tracker = new TrackerFactory();
        var client = tracker.CreateClient();
        var response = await client.PostAsJsonAsync("/api/feeds", new { url = feeds.Feed("a.rss").ToString(), intervalSeconds = 60 });
        var id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt64();
        await Until(async () => (await Feed(client, id)).GetProperty("failures").GetInt32() >= 1, "the feed is refused");
        Assert.Contains("refused", (await Feed(client, id)).GetProperty("lastProblem").GetString());
        Assert.Equal(0, feeds.Requests.GetValueOrDefault("feeds/a.rss"));
        Assert.Equal(0, tracker.Store.Stats().Articles);
    }

    [Fact]
    public async Task A_watched_folder_is_read_once_and_new_or_changed_files_again()
    {
        using var folder = new TempFolder();
        using var tracker = new TrackerFactory(o => o with { WatchFolders = [folder.Path], WatchInterval = TimeSpan.FromMilliseconds(200) });
        tracker.CreateClient();
        var sample = Path.Combine(Repo.Samples, "bayside-daily.txt");
        var copy = Path.Combine(folder.Path, "bayside-daily.txt");
        File.Copy(sample, copy);
        File.SetLastWriteTimeUtc(copy, DateTime.UtcNow.AddMinutes(-1));
        await Until(async () => tracker.Store.Stats().Articles == 1, "the new file is read");

        var jsonl = Path.Combine(folder.Path, "more.jsonl");
        File.WriteAllText(jsonl, JsonSerializer.Serialize(SyntheticNews.Record(1)) + "\n");
        File.SetLastWriteTimeUtc(jsonl, DateTime.UtcNow.AddMinutes(-1));
        await Until(async () => tracker.Store.Stats().Articles == 2, "a second file is read");
        File.AppendAllText(jsonl, JsonSerializer.Serialize(SyntheticNews.Record(2)) + "\n");
        File.SetLastWriteTimeUtc(jsonl, DateTime.UtcNow.AddSeconds(-30));
        await Until(async () => tracker.Store.Stats().Articles == 3, "the changed file is read again, its old article recognised");
        await Task.Delay(600);
        Assert.Equal(3, tracker.Store.Stats().Articles);
    }
}
