using System.Text.Json;

namespace Storyline.Lab.Evaluation;

/// <summary>One multi-document summarization topic: source documents and human reference summaries.</summary>
public sealed record SummarizationCluster(string Id, IReadOnlyList<string> Documents, IReadOnlyList<string> References);

/// <summary>A system's summary of one cluster (SumRepo rows: <c>{cluster_id, system, summary}</c>).</summary>
public sealed record SystemSummary(string ClusterId, string System, string Summary);

/// <summary>
/// Reads summarization JSONL: per line <c>documents</c> (strings, or objects with <c>text</c> or
/// <c>paragraphs</c>), <c>references</c> (strings) or <c>summary</c> (one string), and an optional id
/// (<c>cluster_id</c>, <c>id</c> or <c>idx</c>).
/// </summary>
public static class SummarizationDataset
{
    /// <exception cref="FormatException">A line is not a valid cluster (message names the line).</exception>
    public static List<SummarizationCluster> Read(string path, int limit = 0)
    {
        var result = new List<SummarizationCluster>();
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            if (limit > 0 && result.Count >= limit) break;
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using var doc = JsonDocument.Parse(line);
                result.Add(ParseCluster(doc.RootElement, lineNumber));
            }
            catch (JsonException ex)
            {
                throw new FormatException($"{path}:{lineNumber}: not valid JSON ({ex.Message}).");
            }
            catch (FormatException ex)
            {
                throw new FormatException($"{path}:{lineNumber}: {ex.Message}");
            }
        }
        return result;
    }

    /// <summary>Reads <c>{cluster_id, system, summary}</c> lines.</summary>
    public static List<SystemSummary> ReadSystemSummaries(string path)
    {
        var result = new List<SystemSummary>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            result.Add(new SystemSummary(
                root.GetProperty("cluster_id").GetString() ?? "",
                root.GetProperty("system").GetString() ?? "",
                root.GetProperty("summary").GetString() ?? ""));
        }
        return result;
    }

    private static SummarizationCluster ParseCluster(JsonElement root, int lineNumber)
    {
        if (root.ValueKind != JsonValueKind.Object) throw new FormatException("expected a JSON object.");
        string id = lineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var key in (string[])["cluster_id", "id", "idx"])
        {
            if (root.TryGetProperty(key, out var value))
            {
                id = value.ValueKind == JsonValueKind.String ? value.GetString() ?? id : value.GetRawText();
                break;
            }
        }
        if (!root.TryGetProperty("documents", out var docs) || docs.ValueKind != JsonValueKind.Array)
            throw new FormatException("missing 'documents' array.");
        var documents = new List<string>();
        foreach (var d in docs.EnumerateArray())
        {
            switch (d.ValueKind)
            {
                case JsonValueKind.String:
                    documents.Add(d.GetString() ?? "");
                    break;
                case JsonValueKind.Object when d.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String:
                    documents.Add(text.GetString() ?? "");
                    break;
                case JsonValueKind.Object when d.TryGetProperty("paragraphs", out var paras) && paras.ValueKind == JsonValueKind.Array:
                    documents.Add(string.Join("\n", paras.EnumerateArray().Select(p => p.GetString() ?? "")));
                    break;
                default:
                    throw new FormatException("a document must be a string or an object with 'text' or 'paragraphs'.");
            }
        }
        var references = new List<string>();
        if (root.TryGetProperty("references", out var refs) && refs.ValueKind == JsonValueKind.Array)
            references.AddRange(refs.EnumerateArray().Select(r => r.GetString() ?? ""));
        else if (root.TryGetProperty("summary", out var summary) && summary.ValueKind == JsonValueKind.String)
            references.Add(summary.GetString() ?? "");
        else
            throw new FormatException("missing 'references' (array) or 'summary' (string).");
        return new SummarizationCluster(id, documents, references);
    }
}
