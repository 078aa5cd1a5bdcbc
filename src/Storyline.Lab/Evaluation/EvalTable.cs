using System.Text.Json;
using System.Text.Json.Nodes;

namespace Storyline.Lab.Evaluation;

/// <summary>
/// The result of one <c>storyline eval</c> run: one row per system, one number per metric,
/// plus free-form notes (dataset, timing, settings). The CLI prints it and writes it as JSON.
/// </summary>
public sealed class EvalTable
{
    private readonly List<EvalRow> _rows = new();

    public EvalTable(string title, IEnumerable<string> metrics)
    {
        Title = title;
        Metrics = metrics.ToArray();
    }

    public string Title { get; }

    /// <summary>Metric keys in column order, e.g. <c>f1</c>, <c>pages_per_s</c>.</summary>
    public IReadOnlyList<string> Metrics { get; }

    public IReadOnlyList<EvalRow> Rows => _rows;

    public List<string> Notes { get; } = new();

    public EvalRow Add(string system, IReadOnlyDictionary<string, double?> values, JsonObject? extra = null)
    {
        foreach (var key in values.Keys)
            if (!Metrics.Contains(key))
                throw new ArgumentException($"Metric '{key}' is not a column of '{Title}'.", nameof(values));
        var row = new EvalRow(system, values, extra);
        _rows.Add(row);
        return row;
    }

    /// <summary>
    /// A system that could not run on this set (a baseline that refuses small or degenerate input): its row stays in the table,
    /// without numbers and with the reason, so the other rows stand and the reader sees why one is empty.
    /// </summary>
    public EvalRow AddNotRun(string system, string reason)
    {
        var row = new EvalRow(system, new Dictionary<string, double?>(), null, reason);
        _rows.Add(row);
        return row;
    }

    /// <summary>Rows as the machine-readable form: <c>[{"system": ..., metric: number, ...}]</c>.</summary>
    public JsonArray ToJson()
    {
        var array = new JsonArray();
        foreach (var row in _rows)
        {
            var obj = new JsonObject { ["system"] = row.System };
            if (row.NotRunReason is { } reason) obj["not_run"] = reason;
            foreach (var metric in Metrics)
                obj[metric] = row.Values.TryGetValue(metric, out var v) && v is { } d && double.IsFinite(d) ? JsonValue.Create(d) : null;
            if (row.Extra is not null)
                foreach (var (key, value) in row.Extra)
                    obj[key] = value?.DeepClone();
            array.Add(obj);
        }
        return array;
    }

    public string ToJsonString() => ToJson().ToJsonString(new JsonSerializerOptions { WriteIndented = true });
}

/// <summary>One system's scores; <see cref="NotRunReason"/> is set (and no value is) when the system could not run on the set.</summary>
public sealed record EvalRow(string System, IReadOnlyDictionary<string, double?> Values, JsonObject? Extra, string? NotRunReason = null);
