using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Storyline.Summarize;

namespace Storyline.Benchmarks;

/// <summary>
/// Summarising one 10-document news cluster (the first DUC 2004 cluster, read from ../shared at run
/// time) to 100 words: sentence splitting, tokenising, concept weighting and selection.
/// Target: under 50 ms median on one core.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class SummarizeBenchmarks
{
    private string[] _documents = [];
    // the benchmark is the edge here: it reads the shipped models once, as a run's ModelStore would
    private readonly ExtractiveSummarizer _summarizer = new(SummarizerModels.LoadShipped());

    [GlobalSetup]
    public void Setup()
    {
        var path = FindShared("data", "duc2004", "task2.jsonl");
        using var doc = JsonDocument.Parse(File.ReadLines(path).First());
        _documents = doc.RootElement.GetProperty("documents").EnumerateArray()
            .Select(d => SummaryDocument.Unwrap(d.GetString() ?? "")).ToArray();
    }

    [Benchmark]
    public int SummarizeTenDocumentCluster()
    {
        var docs = _documents.Select((t, i) => SummaryDocument.FromText(t, i)).ToArray();
        return _summarizer.Summarize(docs, 100, fillBudget: true).Count;
    }

    private static string FindShared(params string[] parts)
    {
        var env = Environment.GetEnvironmentVariable("STORYLINE_SHARED");
        if (!string.IsNullOrEmpty(env)) return Path.Combine([env, .. parts]);
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Storyline.slnx"))) dir = dir.Parent;
        var root = dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root.");
        var path = Path.Combine([root, "..", "shared", .. parts]);
        if (!File.Exists(path)) throw new FileNotFoundException("This benchmark needs ../shared (DUC 2004 data).", path);
        return path;
    }
}
