using System.Text;
using System.Text.Json;

namespace Storyline.Benchmarks;

/// <summary>Benchmark inputs from ../shared (never committed): located relative to the repository.</summary>
internal static class BenchData
{
    public static string Shared()
    {
        var env = Environment.GetEnvironmentVariable("STORYLINE_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Storyline.slnx"))) dir = dir.Parent;
        var shared = dir is null ? null : Path.Combine(dir.FullName, "..", "shared");
        if (shared is null || !Directory.Exists(shared))
            throw new DirectoryNotFoundException("../shared is absent (set STORYLINE_SHARED): the benchmarks read their corpora from it.");
        return Path.GetFullPath(shared);
    }

    /// <summary>The 500 DUC 2004 Task 2 documents as UTF-8 bytes, the form in which files arrive.</summary>
    public static List<byte[]> DucDocuments()
    {
        var docs = new List<byte[]>();
        foreach (var line in File.ReadLines(Path.Combine(Shared(), "data", "duc2004", "task2.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            foreach (var d in json.RootElement.GetProperty("documents").EnumerateArray())
                docs.Add(Encoding.UTF8.GetBytes(d.GetString()!));
        }
        return docs;
    }
}
