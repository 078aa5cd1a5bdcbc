using System.CommandLine;
using Spectre.Console;
using Storyline.Lab.Evaluation.Paraphrase;
using Storyline.Lab.Rendering;
using Storyline.Similarity;
using Storyline.Similarity.Embeddings;

namespace Storyline.Lab.Commands.Eval;

/// <summary><c>storyline-lab eval paraphrase</c>: the sentence matcher's "same statement?" decision on MSRP-format pairs.</summary>
internal static class ParaphraseEvalCommand
{
    public static Command Create()
    {
        var dataset = new Option<string>("--dataset")
        {
            Description = "Pairs in the MSRP format (Quality, #1 ID, #2 ID, #1 String, #2 String)",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "paraphrase", "msrp", "msr_paraphrase_train.txt"),
        };
        var cv = new Option<int?>("--cv") { Description = "Cross-validate with N folds on this file (training inside each fold) instead of scoring the shipped model" };
        var modelFile = new Option<string?>("--model") { Description = "Score this model file (from 'train matcher') instead of the shipped one" };
        var json = new Option<string?>("--json") { Description = "also write the table as JSON to this file" };
        var examples = new Option<string?>("--examples") { Description = "write every pair that a check fires on (label, checks, both sentences) to this file, for error analysis" };
        var shared = new MatcherOptions();
        var command = new Command("paraphrase", "Paraphrase identification: accuracy, precision, recall, F1 of the 'same meaning' class, beside published systems.")
        {
            dataset, cv, modelFile, json, examples,
        };
        foreach (var o in shared.All) command.Options.Add(o);
        command.SetAction(parse =>
        {
            var path = parse.GetValue(dataset)!;
            IReadOnlyList<ParaphrasePair> pairs;
            try { pairs = MsrpReader.Read(path); }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"storyline-lab eval paraphrase: {e.Message}");
                return 2;
            }
            var options = shared.Training(parse);
            using var embedder = new MiniLmEmbedder(parse.GetValue(shared.Threads));
            var gold = pairs.Select(p => p.Same).ToList();
            ParaphraseEvaluation.Result result;
            if (parse.GetValue(cv) is { } folds)
            {
                if (folds < 2) { Console.Error.WriteLine("storyline-lab eval paraphrase: --cv needs at least 2 folds"); return 2; }
                var evidence = ParaphraseEvaluation.Gather(pairs, embedder, parse.GetValue(shared.Cache));
                result = ParaphraseEvaluation.CrossValidate(evidence, gold, folds, options, Console.Error.WriteLine);
                foreach (var note in ParaphraseEvaluation.CheckNotes(evidence, gold)) Console.Error.WriteLine(note);
                if (parse.GetValue(examples) is { } examplesPath)
                    File.WriteAllLines(examplesPath, Enumerable.Range(0, pairs.Count).Where(i => evidence[i].Checks.Veto is not null)
                        .Select(i => $"{(gold[i] ? 1 : 0)}\t{evidence[i].Checks}\t{evidence[i].Checks.ConflictDescription}\t{pairs[i].A}\t{pairs[i].B}"));
            }
            else
            {
                ParaphraseModel model;
                if (parse.GetValue(modelFile) is { } file)
                {
                    using var stream = File.OpenRead(file);
                    model = ParaphraseModel.Load(stream);
                }
                else model = ParaphraseModel.LoadShipped();
                var evidence = ParaphraseEvaluation.Gather(pairs, embedder, parse.GetValue(shared.Cache));
                result = ParaphraseEvaluation.Score(evidence, gold, model);
            }
            var table = ParaphraseEvaluation.ToTable(result, path, pairs.Count);
            EvalTableRenderer.Print(table, AnsiConsole.Console);
            if (parse.GetValue(json) is { } jsonPath) EvalTableRenderer.WriteJson(table, jsonPath);
            return 0;
        });
        return command;
    }
}
