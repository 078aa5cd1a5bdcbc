using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Storyline.Lab.Evaluation.Gate;

/// <summary>One metric's floor. <paramref name="Best"/> is the highest value ever recorded; the floor sits at most
/// <paramref name="Tolerance"/> below it (room for neutral refactors) unless <paramref name="Note"/> says why it was lowered.</summary>
public sealed record MetricFloor(double Floor, double Best, double Tolerance, string? Note = null)
{
    /// <summary>A floor further below the best than the tolerance is a lowered floor: it needs a note.</summary>
    public bool IsLowered => Floor < Best - Tolerance - 1e-9;
}

/// <summary>One evaluation of the gate: a dataset (by path under ../shared and digest) and the floors of its metrics.</summary>
public sealed record GatedEval(string Name, string Dataset, string Sha256, string Command, IReadOnlyDictionary<string, MetricFloor> Metrics);

/// <summary>
/// <c>evals/baseline.json</c>: every quality floor of the project and the digest of each dataset it is measured on, read
/// by one test when ../shared is present (trafilatura keeps its evaluation as a CI gate the same way). Raising a floor is
/// a normal commit (<c>storyline-lab gate --raise</c>); lowering one needs <c>--lower EVAL.METRIC=VALUE --note TEXT</c>.
/// </summary>
public sealed record EvalBaseline(IReadOnlyList<GatedEval> Evals)
{
    public static EvalBaseline Read(string path)
    {
        var root = JsonNode.Parse(File.ReadAllText(path))?.AsObject() ?? throw new InvalidDataException($"{path}: not a JSON object.");
        var evals = new List<GatedEval>();
        foreach (var node in root["evals"]?.AsArray() ?? throw new InvalidDataException($"{path}: no 'evals' array."))
        {
            var e = node!.AsObject();
            var metrics = new SortedDictionary<string, MetricFloor>(StringComparer.Ordinal);
            foreach (var (name, m) in e["metrics"]!.AsObject())
                metrics[name] = new MetricFloor((double)m!["floor"]!, (double)m["best"]!, (double)m["tolerance"]!, (string?)m["note"]);
            evals.Add(new GatedEval((string)e["name"]!, (string)e["dataset"]!, (string)e["sha256"]!, (string)e["command"]!, metrics));
        }
        return new EvalBaseline(evals);
    }

    public void Write(string path)
    {
        var evals = new JsonArray();
        foreach (var e in Evals)
        {
            var metrics = new JsonObject();
            foreach (var (name, m) in e.Metrics)
            {
                var o = new JsonObject { ["floor"] = m.Floor, ["best"] = m.Best, ["tolerance"] = m.Tolerance };
                if (m.Note is not null) o["note"] = m.Note;
                metrics[name] = o;
            }
            evals.Add(new JsonObject { ["name"] = e.Name, ["dataset"] = e.Dataset, ["sha256"] = e.Sha256, ["command"] = e.Command, ["metrics"] = metrics });
        }
        var root = new JsonObject { ["evals"] = evals };
        File.WriteAllText(path, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
    }

    /// <summary>The baseline with every floor raised to <c>measured − tolerance</c> where that is higher, and every best
    /// raised to the measurement where it is higher. Never lowers anything.</summary>
    public EvalBaseline Raise(string eval, IReadOnlyDictionary<string, double> measured) => this with
    {
        Evals = Evals.Select(e => e.Name != eval ? e : e with
        {
            Metrics = e.Metrics.ToDictionary(kv => kv.Key, kv => measured.TryGetValue(kv.Key, out var v)
                ? kv.Value with { Floor = Math.Max(kv.Value.Floor, Math.Round(v - kv.Value.Tolerance, 4)), Best = Math.Max(kv.Value.Best, Math.Round(v, 4)) }
                : kv.Value),
        }).ToList(),
    };

    /// <summary>The baseline with one floor lowered, which needs a note saying why.</summary>
    public EvalBaseline Lower(string eval, string metric, double floor, string note)
    {
        if (string.IsNullOrWhiteSpace(note)) throw new ArgumentException("Lowering a floor needs a note saying why.", nameof(note));
        var target = Evals.SingleOrDefault(e => e.Name == eval) ?? throw new ArgumentException($"No eval '{eval}' in the baseline.");
        if (!target.Metrics.TryGetValue(metric, out var m)) throw new ArgumentException($"Eval '{eval}' has no metric '{metric}'.");
        if (floor >= m.Floor) throw new ArgumentException($"{eval}.{metric}: {floor} is not lower than the floor {m.Floor}; raise floors with --raise.");
        var metrics = target.Metrics.ToDictionary(kv => kv.Key, kv => kv.Value);
        metrics[metric] = m with { Floor = floor, Note = note };
        return this with { Evals = Evals.Select(e => e.Name == eval ? e with { Metrics = metrics } : e).ToList() };
    }
}

/// <summary>The digest a baseline pins for a dataset: a file's SHA-256, or for a folder the SHA-256 of its sorted
/// "relative path TAB file digest" lines, so a changed, added or removed file changes it.</summary>
public static class DatasetDigest
{
    public static string Of(string path)
    {
        if (File.Exists(path)) return Hex(SHA256.HashData(File.ReadAllBytes(path)));
        if (!Directory.Exists(path)) throw new FileNotFoundException($"{path}: no such file or folder.");
        var lines = new StringBuilder();
        foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            lines.Append(Path.GetRelativePath(path, file).Replace('\\', '/')).Append('\t').Append(Hex(SHA256.HashData(File.ReadAllBytes(file)))).Append('\n');
        return Hex(SHA256.HashData(Encoding.UTF8.GetBytes(lines.ToString())));
    }

    private static string Hex(byte[] hash) => Convert.ToHexString(hash).ToLowerInvariant();
}
