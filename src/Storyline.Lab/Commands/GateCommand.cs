using System.CommandLine;
using System.Globalization;
using Storyline.Lab.Evaluation.Gate;

namespace Storyline.Lab.Commands;

/// <summary><c>storyline-lab gate</c>: measures every gated evaluation and compares it with <c>evals/baseline.json</c>.</summary>
internal static class GateCommand
{
    public static Command Create()
    {
        var shared = new Option<string>("--shared") { Description = "The data folder (default ../shared)", DefaultValueFactory = _ => Path.Combine("..", "shared") };
        var baselineFile = new Option<string>("--baseline") { Description = "The baseline file", DefaultValueFactory = _ => Path.Combine("evals", "baseline.json") };
        var only = new Option<string[]>("--only") { Description = "Measure only these evals (names in the baseline)", AllowMultipleArgumentsPerToken = true };
        var raise = new Option<bool>("--raise") { Description = "Raise floors (and best values) to what was measured, minus each metric's tolerance; never lowers" };
        var lower = new Option<string?>("--lower") { Description = "Lower one floor without measuring: EVAL.METRIC=VALUE (needs --note)" };
        var note = new Option<string?>("--note") { Description = "Why a floor is lowered (kept in the baseline beside it)" };
        var cmd = new Command("gate", "Measure the evals pinned in evals/baseline.json and check each metric against its floor.") { shared, baselineFile, only, raise, lower, note };
        cmd.SetAction(parse =>
        {
            var path = parse.GetValue(baselineFile)!;
            var baseline = EvalBaseline.Read(path);
            if (parse.GetValue(lower) is { } spec)
            {
                int dot = spec.IndexOf('.'), eq = spec.IndexOf('=');
                if (dot < 0 || eq < dot || !double.TryParse(spec[(eq + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                {
                    Console.Error.WriteLine("storyline-lab: --lower takes EVAL.METRIC=VALUE, e.g. ner.f1=88.4");
                    return 2;
                }
                try { baseline.Lower(spec[..dot], spec[(dot + 1)..eq], value, parse.GetValue(note) ?? "").Write(path); }
                catch (ArgumentException ex) { Console.Error.WriteLine($"storyline-lab: {ex.Message}"); return 2; }
                Console.WriteLine($"lowered {spec[..eq]} to {value}; commit the baseline with the note.");
                return 0;
            }
            var root = parse.GetValue(shared)!;
            var selected = parse.GetValue(only) is { Length: > 0 } names ? names.ToHashSet(StringComparer.Ordinal) : null;
            bool failed = false;
            foreach (var eval in baseline.Evals.Where(e => selected?.Contains(e.Name) ?? true))
            {
                var check = GateCheck.Run(eval, root);
                foreach (var line in check.Lines) Console.WriteLine(line);
                failed |= !check.Passed;
                if (parse.GetValue(raise) && check.Passed) baseline = baseline.Raise(eval.Name, check.Measured);
            }
            if (parse.GetValue(raise)) baseline.Write(path);
            return failed ? 1 : 0;
        });
        return cmd;
    }
}
