using System.Net.Http.Json;
using System.Text.Json;
using Storyline.Server.Tests.Support;

namespace Storyline.Server.Tests.Analysis;

/// <summary>A restart, orderly or a crash, changes nothing: acknowledged articles are all there, once, in the stories
/// an uninterrupted tracker makes of them.</summary>
public sealed class RestartTests
{
    private static object[] Records(int from, int count) => [.. Enumerable.Range(from, count).Select(SyntheticNews.Record)];

    /// <summary>Story id → its article ids, from the API.</summary>
    private static async Task<SortedDictionary<string, string>> Stories(HttpClient client)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        string? cursor = null;
        do
        {
            var page = JsonDocument.Parse(await client.GetStringAsync("/api/stories?limit=200" + (cursor is null ? "" : "&cursor=" + cursor))).RootElement;
            foreach (var s in page.GetProperty("stories").EnumerateArray())
            {
                var id = s.GetProperty("id").GetString()!;
                var report = JsonDocument.Parse(await client.GetStringAsync($"/api/stories/{id}")).RootElement;
                result[id] = string.Join(",", report.GetProperty("stories")[0].GetProperty("articleIds").EnumerateArray().Select(a => a.GetString()).Order(StringComparer.Ordinal));
            }
            cursor = page.GetProperty("next").GetString();
        } while (cursor is not null);
        return result;
    }

    private static async Task<SortedDictionary<string, string>> Uninterrupted(params object[][] batches)
    {
        using var reference = new TrackerFactory();
        var client = reference.CreateClient();
        foreach (var batch in batches)
        {
            (await client.PostAsJsonAsync("/api/articles", batch)).EnsureSuccessStatusCode();
            await reference.SettleAsync();
        }
        return await Stories(client);
    }

    [Fact]
    public async Task After_a_restart_the_grouper_continues_where_it_was()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "store.db");
        using (var first = new TrackerFactory(databasePath: db))
        {
            (await first.CreateClient().PostAsJsonAsync("/api/articles", Records(0, 12))).EnsureSuccessStatusCode();
            await first.SettleAsync();
        }
        SortedDictionary<string, string> afterRestart;
        using (var second = new TrackerFactory(databasePath: db))
        {
            var client = second.CreateClient();
            (await client.PostAsJsonAsync("/api/articles", Records(12, 12))).EnsureSuccessStatusCode();
            await second.SettleAsync();
            afterRestart = await Stories(client);
        }
        var expected = await Uninterrupted(Records(0, 12), Records(12, 12));
        Assert.True(expected.Count >= SyntheticNews.EventCount, $"expected the {SyntheticNews.EventCount} events to make stories, got {expected.Count}");
        Assert.Equal(expected, afterRestart);
    }

    [Fact]
    public async Task An_acknowledged_article_survives_SIGKILL_once_and_in_consistent_stories()
    {
        using var folder = new TempFolder();
        var db = Path.Combine(folder.Path, "store.db");
        var acknowledged = new List<string>();
        var batches = Enumerable.Range(0, 6).Select(b => Records(b * 5, 5)).ToArray();
        using (var server = await ServerProcess.StartAsync(db))
        {
            foreach (var batch in batches)
            {
                var response = await server.Client.PostAsJsonAsync("api/articles", batch);
                Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
                var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
                acknowledged.AddRange(json.GetProperty("ids").EnumerateArray().Select(x => x.GetString()!));
            }
            // right after the last acknowledgement, before the analysis has caught up: no shutdown code runs
            server.Kill();
        }
        Assert.Equal(30, acknowledged.Distinct().Count());

        using var restarted = await ServerProcess.StartAsync(db);
        await restarted.SettleAsync(TimeSpan.FromSeconds(150));
        var stats = JsonDocument.Parse(await restarted.Client.GetStringAsync("api/stats")).RootElement;
        Assert.Equal(acknowledged.Count, stats.GetProperty("articles").GetInt64());
        var stories = await Stories(restarted.Client);
        foreach (var id in acknowledged)
        {
            var article = JsonDocument.Parse(await restarted.Client.GetStringAsync($"api/articles/{id}")).RootElement;
            var story = article.GetProperty("storyId").GetString();
            Assert.NotNull(story);
            Assert.Contains(id, stories[story].Split(','));
        }
        // every article in exactly one story
        Assert.Equal(acknowledged.Order(StringComparer.Ordinal), stories.Values.SelectMany(v => v.Split(',')).Order(StringComparer.Ordinal));
        // and the stories an uninterrupted tracker makes of the same batches
        Assert.Equal(await Uninterrupted(batches), stories);
    }
}
