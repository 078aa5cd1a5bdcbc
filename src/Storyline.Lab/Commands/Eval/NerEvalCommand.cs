using Storyline.Lab.Datasets.Ner;
using System.CommandLine;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Spectre.Console;
using Storyline.Annotate.Entities;
using Storyline.Lab.Rendering;
using Storyline.Lab.Evaluation;
using Storyline.Lab.Evaluation.Ner;
using Storyline.Pipeline;

namespace Storyline.Lab.Commands.Eval;

/// <summary><c>storyline eval ner</c>: CoNLL-2003 phrase-level P/R/F1 (as conlleval) and tagging speed.</summary>
internal static class NerEvalCommand
{
    // Published F1 on CoNLL-2003 eng.testb, for the table's context rows.
    private static readonly (string System, double F1)[] Anchors =
    [
        ("Stanford NER CRF (Finkel et al. 2005)", 86.86),
        ("Ratinov & Roth 2009 (perceptron + gazetteers + clusters)", 90.80),
        ("large pretrained transformers (approx.)", 93.0),
    ];

    public static Command Create()
    {
        var dataset = new Option<FileInfo>("--dataset") { Description = "CoNLL-2003 file (IOB1), e.g. ../shared/data/ner/conll2003/eng.testb", Required = true };
        var model = new Option<FileInfo?>("--model") { Description = "Model file to score instead of the shipped one" };
        var json = new Option<string?>("--json") { Description = "Write the table as JSON rows to this file" };
        var errors = new Option<string?>("--errors") { Description = "Write every sentence with a wrong phrase (gold vs predicted) to this file, for error analysis" };
        var cmd = new Command("ner", "Named entities on CoNLL-2003: phrase-level precision/recall/F1 (exact span and type) and tokens/second.") { dataset, model, json, errors };
        cmd.SetAction(parse =>
        {
            var path = parse.GetValue(dataset)!;
            if (!path.Exists)
            {
                Console.Error.WriteLine($"storyline: dataset not found: {path.FullName}");
                return 2;
            }
            var docs = ConllReader.ReadFile(path.FullName);
            var modelFile = parse.GetValue(model);
            var store = new ModelStore(new ModelFiles(EntityTagger: modelFile?.FullName));
            if (store.Check() is { IsEmpty: false } bad)
            {
                foreach (var p in bad) Console.Error.WriteLine($"storyline: cannot load the NER model: {p.Source}: {p.Reason}");
                return 2;
            }
            var tagger = store.Entities.Value;
            var result = NerEvaluation.Run(tagger, docs);
            var table = BuildTable(result, path.Name);
            EvalTableRenderer.Print(table, AnsiConsole.Console);
            if (parse.GetValue(json) is { } jsonPath) EvalTableRenderer.WriteJson(table, jsonPath);
            if (parse.GetValue(errors) is { } errorPath) WriteErrors(tagger, docs, errorPath);
            return 0;
        });
        return cmd;
    }

    /// <summary>One block per sentence whose phrases differ: the tokens, then missed (-) and spurious (+) phrases.</summary>
    private static void WriteErrors(EntityTagger tagger, IReadOnlyList<ConllDocument> docs, string path)
    {
        using var w = new StreamWriter(path);
        for (int d = 0; d < docs.Count; d++)
        {
            var doc = docs[d];
            var tags = tagger.TagIob(doc.Sentences.Select(s => s.Tokens.ToArray()).ToArray());
            for (int s = 0; s < doc.Sentences.Length; s++)
            {
                var tokens = doc.Sentences[s].Tokens;
                var gold = ConllScorer.Chunks(doc.Sentences[s].Tags).ToHashSet();
                var predicted = ConllScorer.Chunks(tags[s]).ToHashSet();
                if (gold.SetEquals(predicted)) continue;
                w.WriteLine($"# doc {d} sentence {s}: {string.Join(' ', tokens)}");
                foreach (var c in gold.Except(predicted)) w.WriteLine($"- {c.Type} {string.Join(' ', tokens[c.Start..c.End])}");
                foreach (var c in predicted.Except(gold)) w.WriteLine($"+ {c.Type} {string.Join(' ', tokens[c.Start..c.End])}");
            }
        }
    }

    private static EvalTable BuildTable(NerEvaluationResult result, string datasetName)
    {
        var table = new EvalTable($"NER on CoNLL-2003 {datasetName} (phrase-level, exact span and type)",
            ["precision", "recall", "f1", "tokens_per_s", "tokens_per_cpu_s"]);
        var perType = new JsonObject();
        foreach (var (type, score) in result.Score.PerType)
            perType[type] = new JsonObject
            {
                ["precision"] = Math.Round(score.Precision, 2),
                ["recall"] = Math.Round(score.Recall, 2),
                ["f1"] = Math.Round(score.F1, 2),
                ["gold"] = score.Gold,
            };
        var o = result.Score.Overall;
        table.Add("storyline", new Dictionary<string, double?>
        {
            ["precision"] = o.Precision, ["recall"] = o.Recall, ["f1"] = o.F1, ["tokens_per_s"] = result.TokensPerSecond,
            ["tokens_per_cpu_s"] = result.TokensPerCpuSecond,
        }, new JsonObject { ["per_type"] = perType });
        foreach (var (type, score) in result.Score.PerType)
            table.Add($"storyline {type}", new Dictionary<string, double?>
            {
                ["precision"] = score.Precision, ["recall"] = score.Recall, ["f1"] = score.F1,
            });
        if (datasetName == "eng.testb")
            foreach (var (system, f1) in Anchors)
                table.Add(system + " [published]", new Dictionary<string, double?> { ["f1"] = f1 });
        table.Notes.Add($"{result.Score.Tokens:N0} tokens, {o.Gold:N0} gold phrases, {o.Predicted:N0} predicted, {o.Correct:N0} correct.");
        table.Notes.Add($"Speed: tagging only (features + Viterbi), one thread, after a warm-up pass, fastest of {NerEvaluation.TimedPasses} passes; tokens_per_cpu_s divides by the processor time the process used (one core's worth when the machine is busy); {Environment.ProcessorCount} cores visible.");
        return table;
    }
}
