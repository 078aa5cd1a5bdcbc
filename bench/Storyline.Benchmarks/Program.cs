using System.Diagnostics;
using BenchmarkDotNet.Running;
using Storyline.Benchmarks.Stream;
using Storyline.Ingest.Text;
using Storyline.Text;

namespace Storyline.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/Storyline.Benchmarks -- [mode]</c>. Modes: <c>ingest</c>
/// (articles/second of ingest + clean + split, single thread), <c>stream [--articles N]</c> (the
/// synthetic-stream scale benchmark of copy detection and clustering), <c>server [--articles N] [--ingest N]</c>
/// (the tracker with a large store: ingest rate, request latencies, store size, memory),
/// <c>throughput [--input FILE] [--rounds N] [--threads N]</c> (the whole digest, articles/s and CPU-ms per article per phase and stage),
/// <c>long-text --copies N --out FILE</c> (one long text for the scaling runs), or any BenchmarkDotNet arguments
/// (e.g. <c>--filter *Ingest*</c>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "ingest") return Ingest(args.Length > 1 ? int.Parse(args[1]) : 20);
        if (args.Length > 0 && args[0] == "stream") return StreamBenchmark.Run(args[1..]);
        if (args.Length > 0 && args[0] == "server") return Server.ServerBenchmark.RunAsync(args[1..]).GetAwaiter().GetResult();
        if (args.Length > 0 && args[0] == "throughput") return Throughput.ThroughputHarness.Run(args[1..]);
        if (args.Length > 0 && args[0] == "long-text") return LongText.LongTextMaker.Run(args[1..]);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    private static int Ingest(int rounds)
    {
        var docs = BenchData.DucDocuments();
        var reader = new PlainTextReader();
        var stage = new SentenceStage();
        IngestBenchmarks.Run(docs, reader, stage); // warm-up: JIT and regex construction
        var times = new List<double>();
        for (int r = 0; r < rounds; r++)
        {
            var sw = Stopwatch.StartNew();
            IngestBenchmarks.Run(docs, reader, stage);
            times.Add(sw.Elapsed.TotalSeconds);
        }
        times.Sort();
        double median = times[times.Count / 2];
        Console.WriteLine($"ingest+clean+split: {docs.Count} DUC 2004 documents × {rounds} rounds, one thread");
        Console.WriteLine($"median {median * 1000:F1} ms per pass = {docs.Count / median:F0} articles/s (best {docs.Count / times[0]:F0})");
        return 0;
    }
}
