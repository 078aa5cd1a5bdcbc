using System.Diagnostics;
using System.Globalization;
using Storyline.Cluster;

namespace Storyline.Benchmarks.Stream;

/// <summary>
/// The scale benchmark: copy detection + online clustering over a synthetic stream of N articles on one
/// thread, reporting throughput, live state and memory at 10k / 100k / 1M articles.
/// </summary>
internal static class StreamBenchmark
{
    public static int Run(string[] args)
    {
        int total = 1_000_000;
        string? shared = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--articles" && i + 1 < args.Length) total = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--shared" && i + 1 < args.Length) shared = args[++i];
        }
        shared ??= FindShared();
        if (shared is null) { Console.Error.WriteLine("stream: cannot find ../shared (pass --shared DIR)"); return 2; }

        try { Process.GetCurrentProcess().ProcessorAffinity = 1; } // one core: the claim is per core
        catch (Exception ex) when (ex is PlatformNotSupportedException or System.ComponentModel.Win32Exception) { }

        var source = new SyntheticStream(
            Path.Combine(shared, "data", "clustering", "uci-news-subset.csv"),
            Path.Combine(shared, "data", "duc2004", "task2.jsonl"));
        // membership is what the decisions say; the stream itself keeps only centroids (bounded memory)
        var stream = new StoryStream(retainMembers: false);
        var checkpoints = new[] { 10_000, 100_000, 1_000_000, 10_000_000 }.Where(c => c <= total).ToList();
        if (!checkpoints.Contains(total)) checkpoints.Add(total);

        Console.WriteLine($"synthetic stream: {source.ItemsPerEpoch:N0} corpus articles per epoch (+copies, re-submissions), epochs {SyntheticStream.EpochSpan.TotalDays} days apart; {total:N0} articles; 1 core (affinity), {Environment.ProcessorCount} visible; load {LoadAverage()}");
        Console.WriteLine("| articles | wall s | CPU s | articles/s (wall) | articles/s (CPU) | articles/s (CPU, this segment) | active stories | indexed for copies | stories closed | copies | re-submissions | live heap MB (after full GC) | GC heap MB | peak working set MB |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        Console.WriteLine("(wall and CPU time cover only StoryStream.Add: copy detection + clustering; CPU time is the process's, GC threads included, and is the load-independent figure on a shared machine)");

        long done = 0, copies = 0, exact = 0, closed = 0, lastDone = 0;
        double lastSeconds = 0;
        long maxHeap = 0;
        var clock = new Stopwatch();
        var process = Process.GetCurrentProcess();
        TimeSpan cpu = TimeSpan.Zero, lastCpu = TimeSpan.Zero;
        int epoch = 0, next = 0;
        while (done < total)
        {
            var batch = source.Epoch(epoch++); // generated outside the timed region
            process.Refresh();
            var cpuStart = process.TotalProcessorTime;
            foreach (var article in batch)
            {
                if (done >= total) break;
                clock.Start();
                var decision = stream.Add(article);
                clock.Stop();
                done++;
                if (decision.ExactResubmission) exact++;
                else if (decision.DuplicateOf is not null) copies++;
                if ((done & 1023) == 0) closed += stream.TakeClosed().Count;
                if (done == checkpoints[next])
                {
                    closed += stream.TakeClosed().Count;
                    long heap = GC.GetGCMemoryInfo().HeapSizeBytes;
                    maxHeap = Math.Max(maxHeap, heap);
                    long live = GC.GetTotalMemory(forceFullCollection: true); // what the stream's state actually holds
                    double seconds = clock.Elapsed.TotalSeconds;
                    process.Refresh();
                    var cpuNow = cpu + (process.TotalProcessorTime - cpuStart);
                    double cpuSeconds = cpuNow.TotalSeconds;
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"| {done:N0} | {seconds:F1} | {cpuSeconds:F1} | {done / seconds:N0} | {done / cpuSeconds:N0} | {(done - lastDone) / (cpuSeconds - lastCpu.TotalSeconds):N0} | {stream.ActiveStories:N0} | {stream.IndexedArticles:N0} | {closed:N0} | {copies:N0} | {exact:N0} | {live / 1e6:F0} | {heap / 1e6:F0} | {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} |"));
                    lastDone = done;
                    lastSeconds = seconds;
                    lastCpu = cpuNow;
                    next++;
                }
            }
            process.Refresh();
            cpu += process.TotalProcessorTime - cpuStart;
            maxHeap = Math.Max(maxHeap, GC.GetGCMemoryInfo().HeapSizeBytes);
        }
        Console.WriteLine($"peak GC heap (sampled per epoch) {maxHeap / 1e6:F0} MB; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB (includes the generator's epoch batch and the runtime); load {LoadAverage()}");
        return 0;
    }

    private static string? FindShared()
    {
        var dir = new DirectoryInfo(Environment.CurrentDirectory);
        while (dir is not null)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared");
            if (Directory.Exists(Path.Combine(candidate, "data"))) return Path.GetFullPath(candidate);
            candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "data"))) return Path.GetFullPath(candidate);
            dir = dir.Parent;
        }
        return null;
    }

    private static string LoadAverage()
    {
        try { return File.ReadAllText("/proc/loadavg").Split(' ')[0]; }
        catch (IOException) { return "n/a"; }
    }
}
