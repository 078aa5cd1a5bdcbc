using System.Diagnostics;
using System.Globalization;
using Storyline.Lab.Evaluation.Clustering;
using Storyline.Pipeline;

namespace Storyline.Benchmarks.Throughput;

/// <summary>
/// The end-to-end throughput harness: digests a JSON Lines stream (default: the 500 DUC 2004 texts, shuffled as the
/// clustering eval does) with every stage on, in this process, and prints articles per second (wall) and CPU-ms per
/// article, overall, per phase and per stage. The first round is cold (JIT, model loading); later rounds are warm.
/// CPU time is per thread for a stage and per process for a phase, so it is comparable with wall time even on a
/// loaded machine.
/// </summary>
internal static class ThroughputHarness
{
    public static int Run(string[] args)
    {
        string? input = null;
        int rounds = 2;
        int? threads = null;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--input" && i + 1 < args.Length) input = args[++i];
            else if (args[i] == "--rounds" && i + 1 < args.Length) rounds = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--threads" && i + 1 < args.Length) threads = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else { Console.Error.WriteLine($"throughput: unknown argument '{args[i]}' (--input FILE, --rounds N, --threads N)"); return 2; }
        }
        string? temporary = null;
        if (input is null)
        {
            temporary = Path.Combine(Path.GetTempPath(), $"storyline-duc-stream-{Environment.ProcessId}.jsonl");
            StreamJsonl.Write(temporary, DucStreamBuilder.Build(Path.Combine(BenchData.Shared(), "data", "duc2004", "task2.jsonl"), seed: 1));
            input = temporary;
        }
        try
        {
            Console.WriteLine($"throughput: {input}; {threads?.ToString(CultureInfo.InvariantCulture) ?? "one per core"} threads, {Environment.ProcessorCount} cores; load {LoadAverage()}; thread CPU clock {(ThreadCpuClock.IsAvailable ? "available" : "unavailable")}");
            for (int round = 1; round <= rounds; round++) RunOnce(input, threads, round == 1 ? "cold" : "warm");
        }
        finally
        {
            if (temporary is not null) File.Delete(temporary);
        }
        return 0;
    }

    private static void RunOnce(string input, int? threads, string label)
    {
        var timings = new StageTimings();
        var digester = new Digester(new DigestOptions { Timings = timings, MaxParallelism = threads });
        GC.Collect();
        var cpuStart = StageTimings.ProcessCpu();
        var clock = Stopwatch.StartNew();
        var result = digester.Run([input]);
        var wall = clock.Elapsed;
        var cpu = StageTimings.ProcessCpu() - cpuStart;
        int n = Math.Max(1, result.Articles.Length);
        var ci = CultureInfo.InvariantCulture;
        Console.WriteLine();
        Console.WriteLine(string.Create(ci,
            $"{label}: {result.Articles.Length} articles, {result.Stories.Length} stories; {wall.TotalSeconds:F2} s wall, {cpu.TotalSeconds:F2} s CPU → {result.Articles.Length / wall.TotalSeconds:F1} articles/s, {cpu.TotalMilliseconds / n:F1} CPU-ms/article; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB; load {LoadAverage()}"));
        Console.WriteLine("| phase | wall s | CPU s | CPU-ms/article | items |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var p in timings.Phases())
            Console.WriteLine(string.Create(ci, $"| {p.Phase} | {p.Wall.TotalSeconds:F2} | {p.Cpu.TotalSeconds:F2} | {p.Cpu.TotalMilliseconds / n:F2} | {p.Items} |"));
        Console.WriteLine("| stage | calls | CPU s | CPU-ms/call | CPU-ms/article | share of CPU | articles/s on one core |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var s in timings.Snapshot())
        {
            var c = s.Cpu ?? s.Wall;
            Console.WriteLine(string.Create(ci,
                $"| {s.Stage} | {s.Calls} | {c.TotalSeconds:F2} | {c.TotalMilliseconds / Math.Max(1, s.Calls):F2} | {c.TotalMilliseconds / n:F2} | {c / cpu:P0} | {(c.TotalSeconds > 0 ? n / c.TotalSeconds : 0):F0} |"));
        }
    }

    private static string LoadAverage()
    {
        try { return File.ReadAllText("/proc/loadavg").Split(' ')[0]; }
        catch (IOException) { return "n/a"; }
    }
}
