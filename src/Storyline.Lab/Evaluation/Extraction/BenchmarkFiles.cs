using System.IO.Compression;
using System.Text.Json;

namespace Storyline.Lab.Evaluation.Extraction;

/// <summary>
/// Reads the article-extraction benchmark's files: ground truth and system outputs, both
/// <c>{id: {articleBody}}</c>, outputs optionally wrapped as <c>{"version": ..., "output": {...}}</c>.
/// </summary>
public static class BenchmarkFiles
{
    /// <summary>id → articleBody from a ground-truth or output file.</summary>
    public static Dictionary<string, string> ReadBodies(string path)
    {
        using var stream = File.OpenRead(path);
        using var doc = JsonDocument.Parse(stream);
        var root = doc.RootElement;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("output", out var inner) && inner.ValueKind == JsonValueKind.Object)
            root = inner;
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in root.EnumerateObject())
        {
            string body = "";
            if (item.Value.ValueKind == JsonValueKind.Object && item.Value.TryGetProperty("articleBody", out var b) && b.ValueKind == JsonValueKind.String)
                body = b.GetString() ?? "";
            bodies[item.Name] = body;
        }
        return bodies;
    }

    /// <summary>id → page URL from the ground truth.</summary>
    public static Dictionary<string, string> ReadUrls(string path)
    {
        using var stream = File.OpenRead(path);
        using var doc = JsonDocument.Parse(stream);
        var urls = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in doc.RootElement.EnumerateObject())
            if (item.Value.ValueKind == JsonValueKind.Object && item.Value.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String)
                urls[item.Name] = u.GetString() ?? "";
        return urls;
    }

    /// <summary>Raw bytes of a page (<c>html/{id}.html.gz</c>), decompressed.</summary>
    public static byte[] ReadPage(string htmlDir, string id)
    {
        var path = Path.Combine(htmlDir, id + ".html.gz");
        using var file = File.OpenRead(path);
        using var gz = new GZipStream(file, CompressionMode.Decompress);
        using var ms = new MemoryStream();
        gz.CopyTo(ms);
        return ms.ToArray();
    }

    /// <summary>Scores one system's bodies against the truth; a missing page counts as empty output.</summary>
    public static ExtractionScores Score(IReadOnlyDictionary<string, string> truth, IReadOnlyDictionary<string, string> output) =>
        ShingleMetric.Aggregate(truth.Select(kv => ShingleMetric.Score(kv.Value, output.GetValueOrDefault(kv.Key) ?? "")));
}
