using System.CommandLine;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Spectre.Console;
using Storyline.Lab.Rendering;
using Storyline.Lab.Evaluation;
using Storyline.Summarize;
using Storyline.Pipeline;

namespace Storyline.Lab.Commands.Eval;

/// <summary><c>storyline eval summarization</c>: ROUGE of our summaries next to published systems.</summary>
internal static class SummarizationEvalCommand
{
    public static Command Create()
    {
        var dataset = new Option<string>("--dataset") { Description = "JSONL: per line documents[] and references[] (or summary), optional cluster_id/id/idx.", Required = true };
        var words = new Option<int>("--words") { Description = "Summary length in words; ROUGE truncates peers and references to it (-l).", DefaultValueFactory = _ => 100 };
        var output = new Option<string?>("--out") { Description = "Write our summaries as {id, summary} lines." };
        var json = new Option<string?>("--json") { Description = "Write the table as JSON rows." };
        var rougeData = new Option<string?>("--rouge-data") { Description = "ROUGE-1.5.5 data folder (*.exc, smart_common_words.txt); default <dataset dir>/../rouge." };
        var limit = new Option<int>("--limit") { Description = "Only the first N clusters (for quick tuning runs).", DefaultValueFactory = _ => 0 };
        var set = new Option<string[]>("--set") { Description = "Override a summarizer setting, e.g. --set LengthExponent=0.8 (tuning).", AllowMultipleArgumentsPerToken = true };
        var conceptModel = new Option<FileInfo?>("--concept-model") { Description = "A concept model file to use instead of the shipped one (compare trained variants without rebuilding)." };
        var functionWordTable = new Option<FileInfo?>("--function-word-table") { Description = "A function-word table file to use instead of the shipped one." };
        var cvFolds = new Option<int>("--cv-folds") { Description = "Add a cross-validated row: each fold summarised with the --cv-grid configuration best on the other folds.", DefaultValueFactory = _ => 0 };
        var cvGrid = new Option<string[]>("--cv-grid") { Description = "A setting and the values the cross-validation may choose, e.g. --cv-grid DropParentheticals=false,true (repeat; the grid is every combination).", AllowMultipleArgumentsPerToken = true };

        var command = new Command("summarization", "Multi-document summarization: ROUGE-1/2/4/L/SU4 against references (DUC 2004: next to the 13 SumRepo systems).")
        {
            dataset, words, output, json, rougeData, limit, set, conceptModel, functionWordTable, cvFolds, cvGrid,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(dataset)!;
            if (!File.Exists(path)) { Console.Error.WriteLine($"storyline: dataset not found: {path}"); return 2; }
            int n = parse.GetValue(words);
            if (n <= 0) { Console.Error.WriteLine("storyline: --words must be positive."); return 2; }
            var rouge = parse.GetValue(rougeData) ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", "..", "rouge");
            SummarizerSettings settings;
            List<(string Label, SummarizerSettings Settings)> grid;
            int folds = parse.GetValue(cvFolds);
            try
            {
                settings = Apply(SummarizerSettings.Default, parse.GetValue(set) ?? []);
                grid = Grid(settings, parse.GetValue(cvGrid) ?? []);
            }
            catch (ArgumentException ex) { Console.Error.WriteLine($"storyline: {ex.Message}"); return 2; }
            if (folds == 1 || folds < 0) { Console.Error.WriteLine("storyline: --cv-folds must be 0 (off) or at least 2."); return 2; }
            if (folds >= 2 && grid.Count == 0) { Console.Error.WriteLine("storyline: --cv-folds needs at least one --cv-grid Name=v1,v2."); return 2; }

            // one store for the run, of the shipped models or the files named here; a bad file ends the run before any work
            var store = new ModelStore(new ModelFiles(ConceptModel: parse.GetValue(conceptModel)?.FullName, FunctionWordTable: parse.GetValue(functionWordTable)?.FullName));
            if (store.Check() is { IsEmpty: false } bad)
            {
                foreach (var p in bad) Console.Error.WriteLine($"storyline: {p.Code}: {p.Source}: {p.Reason}");
                return 2;
            }
            var models = store.Summarizer.Value;
            SummarizationEvalResult result;
            try
            {
                result = SummarizationEvaluation.Run(new SummarizationEvalOptions(path, n, rouge, settings, models, parse.GetValue(limit), grid, folds));
            }
            catch (Exception ex) when (ex is FormatException or IOException or JsonException or InvalidDataException)
            {
                Console.Error.WriteLine($"storyline: {ex.Message}");
                return 2;
            }
            EvalTableRenderer.Print(result.Table, AnsiConsole.Console);
            if (parse.GetValue(json) is { } jsonPath) EvalTableRenderer.WriteJson(result.Table, jsonPath);
            if (parse.GetValue(output) is { } outPath)
            {
                var dir = Path.GetDirectoryName(Path.GetFullPath(outPath));
                if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
                File.WriteAllLines(outPath, result.Summaries.Select(s => JsonSerializer.Serialize(new { id = s.Id, summary = s.Summary })));
            }
            return 0;
        });
        return command;
    }

    /// <summary>Every combination of the grid's values, applied on top of the run's settings; the first combination is
    /// the first value of each setting (list the shipped value first, so that ties keep it).</summary>
    private static List<(string Label, SummarizerSettings Settings)> Grid(SummarizerSettings settings, string[] axes)
    {
        var combos = new List<List<string>> { new() };
        foreach (var axis in axes)
        {
            int eq = axis.IndexOf('=');
            if (eq <= 0) throw new ArgumentException($"--cv-grid expects Name=v1,v2, got '{axis}'.");
            var name = axis[..eq];
            var values = axis[(eq + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (values.Length == 0) throw new ArgumentException($"--cv-grid {name} lists no values.");
            combos = combos.SelectMany(c => values.Select(v => c.Append($"{name}={v}").ToList())).ToList();
        }
        if (axes.Length == 0) return [];
        return combos.Select(c => (string.Join(" ", c), Apply(settings, [.. c]))).ToList();
    }

    private static SummarizerSettings Apply(SummarizerSettings settings, string[] overrides) =>
        SettingOverrides.Apply(settings, overrides, "summarizer");
}
