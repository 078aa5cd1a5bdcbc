using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Storyline.Articles;
using Storyline.Clean;
using Storyline.Cluster;
using Storyline.Ingest;
using Storyline.Server.Analysis;
using Storyline.Server.Hosting;
using Storyline.Server.Ingestion;
using Storyline.Server.Settings;
using Storyline.Server.Store;
using Storyline.Stories;

namespace Storyline.Benchmarks.Server;

/// <summary>
/// <c>dotnet run -c Release --project bench/Storyline.Benchmarks -- server [--articles 100000] [--ingest 1000] [--db PATH]</c>:
/// the tracker with a large store. Articles are generated from the Multi-News validation documents in ../shared
/// (15,367 news articles in 5,622 events; each generated article is one of them re-told by another outlet: its
/// sentences rotated and one left out, dated within its event's day). The store is first filled with all but
/// <c>--ingest</c> of them through the store's bulk path (cleaned as the intake cleans, grouped by the online grouper
/// without annotation, each story stored with its unanalysed report) — annotating 100,000 articles would take hours on
/// two cores and says nothing more about the store. Then the real server (Kestrel on loopback) takes the last
/// <c>--ingest</c> articles through <c>POST /api/articles</c> with analysis on, and serves timed requests.
/// </summary>
public static class ServerBenchmark
{
    private static readonly string[] Outlets = [.. Enumerable.Range(1, 60).Select(i => $"Outlet {i:00}")];

    public static async Task<int> RunAsync(string[] args)
    {
        int total = Arg(args, "--articles", 100_000);
        int ingest = Arg(args, "--ingest", 1_000);
        int requests = Arg(args, "--requests", 200);
        string db = ArgText(args, "--db") ?? Path.Combine(Path.GetTempPath(), $"storyline-bench-{total}.db");
        // --keep: time the requests on the store a previous run left (no seeding, no ingest)
        bool keep = args.Contains("--keep") && File.Exists(db);
        if (!keep) foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);

        var sources = LoadMultiNews();
        Console.WriteLine($"server benchmark: {total:N0} articles generated from {sources.Sum(c => c.Count):N0} Multi-News documents in {sources.Count:N0} events; {ingest:N0} through the API with analysis on");
        var all = Generate(sources, total);
        var wall = Stopwatch.StartNew();
        if (!keep)
        {
            var seeded = await SeedAsync(db, all[..(total - ingest)]);
            Console.WriteLine($"seed: {total - ingest:N0} articles, {seeded:N0} stories in {wall.Elapsed.TotalSeconds:F1} s (bulk path, no annotation)");
        }

        var options = new TrackerOptions { DatabasePath = db };
        await using var app = TrackerHost.Build(options, "http://127.0.0.1:0", logging => logging.ClearProviders());
        var startup = Stopwatch.StartNew();
        await app.StartAsync();
        var address = new Uri(app.Urls.First());
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(5) };
        await Until(http, s => s.GetProperty("settled").GetBoolean(), TimeSpan.FromMinutes(10));
        Console.WriteLine($"start: listening and settled in {startup.Elapsed.TotalSeconds:F1} s");

        // sustained ingest with analysis on: batches of 20 as fast as the server acknowledges them, until every story is analysed
        var tail = keep ? [] : all[(total - ingest)..];
        var acks = new List<double>();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var ingestClock = Stopwatch.StartNew();
        foreach (var batch in tail.Chunk(20))
        {
            var sw = Stopwatch.StartNew();
            (await http.PostAsJsonAsync("/api/articles", batch.Select(a => new { text = a.Text, title = a.Title, outlet = a.Outlet, url = a.Url, published = a.Published.ToString("o", CultureInfo.InvariantCulture) }))).EnsureSuccessStatusCode();
            acks.Add(sw.Elapsed.TotalMilliseconds);
        }
        double acknowledged = ingestClock.Elapsed.TotalSeconds;
        await Until(http, s => s.GetProperty("settled").GetBoolean(), TimeSpan.FromHours(2));
        double settled = Math.Max(1e-9, ingestClock.Elapsed.TotalSeconds);
        double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        if (!keep) Console.WriteLine($"ingest: {ingest:N0} articles acknowledged in {acknowledged:F1} s ({ingest / acknowledged:F0}/s; POST of 20: p50 {P(acks, 50):F0} ms, p95 {P(acks, 95):F0} ms); " +
                          $"grouped and analysed in {settled:F1} s: {ingest / settled:F1} articles/s sustained with analysis on; " +
                          $"{cpu:F0} CPU-seconds in all, {cpu / ingest * 1000:F0} ms of CPU per article ({ingest / cpu * Environment.ProcessorCount:F1} articles/s on {Environment.ProcessorCount} idle cores)");

        var stats = JsonDocument.Parse(await http.GetStringAsync("/api/stats")).RootElement;
        var list = JsonDocument.Parse(await http.GetStringAsync("/api/stories?limit=200")).RootElement.GetProperty("stories").EnumerateArray()
            .Where(s => s.GetProperty("analysed").GetBoolean()).Select(s => s.GetProperty("id").GetString()!).ToList();
        var analysed = new List<string>();
        foreach (var id in list)
        {
            var report = JsonDocument.Parse(await http.GetStringAsync($"/api/stories/{id}")).RootElement;
            if (report.GetProperty("stories")[0].GetProperty("summary").GetArrayLength() > 0) analysed.Add(id);
        }
        // the story page and report are timed on analysed stories (the seeded ones have no sections: smaller pages)
        var timed = analysed.Count > 0 ? analysed : list;
        var words = sources.SelectMany(c => c).SelectMany(d => d.Split(' ')).Where(w => w.Length > 5 && char.IsUpper(w[0]) && w.All(char.IsLetter)).Distinct().Take(5000).ToList();
        var random = new Random(7);
        await Time(http, "GET /api/stories?limit=50", _ => "/api/stories?limit=50", requests);
        await Time(http, "GET /stories/{id} (story page, HTML)", _ => $"/stories/{timed[random.Next(timed.Count)]}", requests);
        await Time(http, "GET /api/stories/{id} (report JSON)", _ => $"/api/stories/{timed[random.Next(timed.Count)]}", requests);
        await Time(http, "GET /api/search?q=<a name>", _ => $"/api/search?q={Uri.EscapeDataString(words[random.Next(words.Count)])}", requests);
        await Time(http, "GET / (front page)", _ => "/", requests);

        var store = (StoryStore)app.Services.GetService(typeof(StoryStore))!;
        await store.CheckpointAsync();
        long bytes = new FileInfo(db).Length + (File.Exists(db + "-wal") ? new FileInfo(db + "-wal").Length : 0);
        long articles = stats.GetProperty("articles").GetInt64();
        GC.Collect();
        Console.WriteLine($"store: {articles:N0} articles, {stats.GetProperty("stories").GetInt64():N0} stories, {bytes / 1048576.0:F1} MiB: {bytes / (double)articles:N0} bytes per article");
        Console.WriteLine($"memory: working set {Environment.WorkingSet / 1048576.0:F0} MiB, managed heap {GC.GetTotalMemory(false) / 1048576.0:F0} MiB after a full collection; grouper window {stats.GetProperty("windowArticles").GetInt32():N0} articles; {analysed.Count} analysed stories among the 200 latest");
        await app.StopAsync();
        return 0;
    }

    private sealed record Generated(string Text, string Title, string Outlet, string Url, DateTimeOffset Published, int Event);

    private static List<List<string>> LoadMultiNews()
    {
        var path = Path.Combine(BenchData.Shared(), "data", "multinews", "val-trunc500.jsonl");
        var events = new List<List<string>>();
        foreach (var line in File.ReadLines(path))
        {
            using var json = JsonDocument.Parse(line);
            var docs = json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetString() ?? "").Where(d => d.Split(' ').Length >= 40).ToList();
            if (docs.Count > 0) events.Add(docs);
        }
        return events;
    }

    /// <summary>Article n: document n of the corpus (cycling), re-told by another outlet on its event's day, over ~3 months.</summary>
    private static Generated[] Generate(List<List<string>> events, int count)
    {
        var docs = events.SelectMany((e, i) => e.Select(d => (Event: i, Text: d))).ToList();
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var result = new Generated[count];
        for (int n = 0; n < count; n++)
        {
            var (ev, text) = docs[n % docs.Count];
            int round = n / docs.Count;
            var sentences = text.Split(". ", StringSplitOptions.RemoveEmptyEntries);
            // a re-telling: sentences rotated by the round, one left out (the same words, not the same text)
            var kept = sentences.Select((s, i) => (s, i)).Where(x => sentences.Length < 4 || x.i != round % sentences.Length).Select(x => x.s).ToList();
            var rotated = kept.Skip(round % Math.Max(1, kept.Count)).Concat(kept.Take(round % Math.Max(1, kept.Count)));
            // a filing line of its own: no two generated articles are the same text from the same outlet
            var body = string.Join(".\n\n", rotated).TrimEnd('.') + $".\n\nFiled {n:D6}.";
            var title = sentences[0].Length > 90 ? sentences[0][..90] : sentences[0];
            var outlet = Outlets[(n * 7 + round) % Outlets.Length];
            // events in corpus order, one every 24 minutes (5,622 events over ~94 days); each event's articles within its next hours
            var published = start.AddMinutes(ev * 24 + (n * 37) % 600);
            result[n] = new Generated(body, title, outlet, $"https://{outlet.Replace(' ', '-').ToLowerInvariant()}.example/{ev}/{n}", published, ev);
        }
        // published in order of time, as a stream arrives
        return [.. result.OrderBy(r => r.Published)];
    }

    /// <summary>The bulk path: cleaned as the intake cleans, stored in batches, grouped without annotation, stories stored unanalysed.</summary>
    private static async Task<int> SeedAsync(string db, Generated[] articles)
    {
        using var store = StoryStore.Open(db);
        var cleaner = Cleaner.Default;
        foreach (var chunk in articles.Chunk(2000))
        {
            var cleaned = new NewArticle[chunk.Length];
            Parallel.For(0, chunk.Length, i =>
            {
                var g = chunk[i];
                var draft = new ArticleDraft(g.Url, g.Text, new ArticleMetadata { Title = g.Title, Outlet = g.Outlet, Url = g.Url, Published = g.Published });
                var id = ArticleIds.For(g.Url, g.Outlet, g.Text);
                var a = cleaner.Clean(draft, id);
                cleaned[i] = new NewArticle(id, ArticleIntake.TextKey(g.Outlet, g.Text), g.Url, a.Metadata, a.Text, a.Removed);
            });
            await store.AddArticlesAsync(cleaned);
        }
        var pending = store.PendingArticles(int.MaxValue);
        var light = pending.Select(p => p.ToArticle().WithDuplicateOf(null)).ToList();
        var grouping = new OnlineStoryGrouper().Group(light);
        var placements = new List<ArticlePlacement>();
        foreach (var s in grouping.Stories)
            foreach (var a in s.Articles) placements.Add(new ArticlePlacement(a.Id, s.Id, a.DuplicateOf, null));
        foreach (var d in grouping.Dropped) placements.Add(new ArticlePlacement(d.Article.Id, d.StoryId, null, d.DuplicateOf));
        await store.ApplyGroupingAsync(new GroupingUpdate([.. pending.Select(p => (p.Seq, Array.Empty<byte>()))], [], placements,
            [.. grouping.Stories.Select(s => s.Id)], [], long.MaxValue));
        var analyses = grouping.Stories.Select(s => StoryReports.Build(new StoryDocument(s), s.Articles)).ToList();
        foreach (var chunk in analyses.Chunk(2000)) await store.SaveAnalysesAsync(chunk);
        return grouping.Stories.Length;
    }

    private static async Task Time(HttpClient http, string name, Func<int, string> url, int count)
    {
        for (int i = 0; i < 5; i++) (await http.GetAsync(url(i))).EnsureSuccessStatusCode(); // warm-up
        var times = new List<double>(count);
        for (int i = 0; i < count; i++)
        {
            var sw = Stopwatch.StartNew();
            var response = await http.GetAsync(url(i));
            await response.Content.ReadAsByteArrayAsync();
            times.Add(sw.Elapsed.TotalMilliseconds);
            response.EnsureSuccessStatusCode();
        }
        Console.WriteLine($"{name,-40} p50 {P(times, 50),7:F1} ms   p95 {P(times, 95),7:F1} ms   ({count} requests, one at a time)");
    }

    private static double P(List<double> values, int percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static async Task Until(HttpClient http, Func<JsonElement, bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var stats = JsonDocument.Parse(await http.GetStringAsync("/api/stats")).RootElement;
            if (condition(stats)) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException("the server did not settle: " + stats);
            await Task.Delay(200);
        }
    }

    private static int Arg(string[] args, string name, int fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string? ArgText(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
