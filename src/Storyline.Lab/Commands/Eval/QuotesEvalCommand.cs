using System.CommandLine;
using Spectre.Console;
using Storyline.Lab.Rendering;
using Storyline.Lab.Evaluation.Quotes;

namespace Storyline.Lab.Commands.Eval;

/// <summary><c>storyline eval quotes</c>: direct-quote and attribution spans against PolNeAR.</summary>
internal static class QuotesEvalCommand
{
    public static Command Create()
    {
        var dataset = new Option<string>("--dataset")
        {
            Description = "PolNeAR attributions JSONL (article texts in <its folder>/<split>/text/<article>.txt)",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "quotes", "polnear", "attributions-train-dev.jsonl"),
        };
        var split = new Option<string>("--split") { Description = "split to score (train, dev)", DefaultValueFactory = _ => "dev" };
        var json = new Option<string?>("--json") { Description = "also write the table as JSON to this file" };
        var errors = new Option<string?>("--errors") { Description = "write unmatched direct-quote items (JSON lines) to this file, for error analysis" };
        var show = new Option<string?>("--show") { Description = "print found and gold items of one article (by id), for error analysis" };
        var command = new Command("quotes", "Quote and attribution detection on PolNeAR: content-span P/R/F1 and speaker accuracy.")
        {
            dataset, split, json, errors, show,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(dataset)!;
            var splitName = parse.GetValue(split)!;
            System.Collections.Immutable.ImmutableArray<GoldArticle> articles;
            try { articles = PolnearDataset.Load(path, splitName); }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"storyline eval quotes: {e.Message}");
                return 2;
            }
            if (parse.GetValue(show) is { } articleId)
            {
                var article = articles.FirstOrDefault(a => a.Id == articleId);
                if (article is null) { Console.Error.WriteLine($"storyline eval quotes: no article '{articleId}' in split {splitName}"); return 2; }
                string Show(IEnumerable<Storyline.Text.TextSpan> spans) => string.Join(" | ", spans.Select(x => article.Text.Substring(x.Start, x.Length)));
                foreach (var q in Storyline.Annotate.Quotes.QuoteStage.Find(article.Text))
                    Console.WriteLine($"FOUND {(q.Direct ? "D" : "R")} [{Show(q.Parts)}] cue=[{Show([q.Cue])}] speaker=[{Show([q.Speaker])}] -> [{Show([q.ResolvedSpeaker])}]");
                foreach (var g in article.Annotations[0].Attributions)
                    Console.WriteLine($"GOLD  {(g.Direct ? "D" : "R")} [{Show(g.Content)}] speaker=[{Show(g.Source)}]");
                return 0;
            }
            var table = QuoteEvaluation.ToTable(QuoteEvaluation.Run(articles), path, splitName);
            EvalTableRenderer.Print(table, AnsiConsole.Console);
            if (parse.GetValue(json) is { } jsonPath) EvalTableRenderer.WriteJson(table, jsonPath);
            if (parse.GetValue(errors) is { } errorsPath)
                File.WriteAllLines(errorsPath, QuoteEvaluation.Mismatches(articles, directOnly: true)
                    .Select(m => System.Text.Json.JsonSerializer.Serialize(m)));
            return 0;
        });
        return command;
    }
}
