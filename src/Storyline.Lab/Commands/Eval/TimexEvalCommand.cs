using System.CommandLine;
using System.Text;
using Spectre.Console;
using Storyline.Lab.Rendering;
using Storyline.Lab.Evaluation.Time;

namespace Storyline.Lab.Commands.Eval;

/// <summary><c>storyline eval timex</c>: TempEval-3 style span and value F1 of the time tagger.</summary>
internal static class TimexEvalCommand
{
    public static Command Create()
    {
        var dataset = new Option<string>("--dataset") { Description = "TempEval-3 style JSON lines {split, doc, dct, text, timexes[]}.", Required = true };
        var json = new Option<string?>("--json") { Description = "Write the table as JSON to this file." };
        var errors = new Option<string?>("--errors") { Description = "Write every mismatch (tab-separated) to this file." };
        var limit = new Option<int?>("--limit") { Description = "Use only the first N documents." };
        var command = new Command("timex", "Temporal expressions: strict/relaxed span F1 and value F1 (TempEval-3 scoring).") { dataset, json, errors, limit };
        command.SetAction(parse =>
        {
            var (docs, problem) = TimexDatasetReader.Read(parse.GetValue(dataset)!);
            if (problem is not null)
            {
                Console.Error.WriteLine($"storyline: {problem.Source}: {problem.Reason}");
                return 1;
            }
            var selected = parse.GetValue(limit) is int n ? docs.Take(n).ToList() : docs.ToList();
            var errorText = parse.GetValue(errors) is null ? null : new StringBuilder();
            var table = TimexEvaluation.Run(selected, errorText);
            EvalTableRenderer.Print(table, AnsiConsole.Console);
            if (parse.GetValue(json) is { } path) EvalTableRenderer.WriteJson(table, path);
            if (parse.GetValue(errors) is { } errPath) File.WriteAllText(errPath, errorText!.ToString());
            return 0;
        });
        return command;
    }
}
