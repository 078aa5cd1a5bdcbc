using System.Globalization;

namespace Storyline.Lab.Evaluation.Gate;

/// <summary>The outcome of measuring one gated eval: each metric against its floor, and whether the dataset is the pinned one.</summary>
public sealed record GateCheck(string Eval, bool Passed, IReadOnlyDictionary<string, double> Measured, IReadOnlyList<string> Lines)
{
    /// <summary>Measures one eval; a dataset whose digest differs from the pinned one fails (floors mean nothing on other data).</summary>
    public static GateCheck Run(GatedEval eval, string sharedRoot)
    {
        var lines = new List<string>();
        var dataset = Path.Combine(sharedRoot, eval.Dataset);
        var digest = DatasetDigest.Of(dataset);
        if (digest != eval.Sha256)
            return new GateCheck(eval.Name, false, new Dictionary<string, double>(), [$"{eval.Name}: FAIL dataset {eval.Dataset} has digest {digest}, the baseline pins {eval.Sha256}"]);
        if (!GateMeasurements.All.TryGetValue(eval.Name, out var measure))
            return new GateCheck(eval.Name, false, new Dictionary<string, double>(), [$"{eval.Name}: FAIL no measurement is registered under this name"]);
        var measured = measure(sharedRoot);
        bool passed = true;
        foreach (var (metric, floor) in eval.Metrics)
        {
            if (!measured.TryGetValue(metric, out var value))
            {
                lines.Add($"{eval.Name}.{metric}: FAIL not measured");
                passed = false;
                continue;
            }
            bool ok = value >= floor.Floor - 1e-9;
            passed &= ok;
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"{eval.Name}.{metric}: {(ok ? "ok  " : "FAIL")} {value:0.####} (floor {floor.Floor:0.####}, best {floor.Best:0.####})"));
        }
        return new GateCheck(eval.Name, passed, measured, lines);
    }
}
