using Storyline.Lab.Datasets.Bias;
using System.CommandLine;
using Spectre.Console;
using Storyline.Lab.Evaluation.Bias;
using Storyline.Lab.Rendering;
using Storyline.Language;

namespace Storyline.Lab.Commands.Eval;

/// <summary><c>storyline-lab eval bias</c>: loaded-language detection (sentences and words) in k-fold cross-validation on BABE.</summary>
internal static class BiasEvalCommand
{
    public static Command Create()
    {
        var dataset = new Option<string>("--dataset")
        {
            Description = "BABE file (semicolon-separated, with label_bias and biased_words)",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "bias", "babe", "final_labels_SG2.csv"),
        };
        var folds = new Option<int>("--folds") { Description = "number of folds", DefaultValueFactory = _ => BiasEvaluation.DefaultFolds };
        var seed = new Option<int>("--seed") { Description = "seed of the fold split", DefaultValueFactory = _ => BiasEvaluation.DefaultSeed };
        var json = new Option<string?>("--json") { Description = "also write the table as JSON to this file" };
        var command = new Command("bias", "Loaded language on BABE: sentence-level (biased) and word-level (marked words) P/R/F1 in k-fold cross-validation.")
        {
            dataset, folds, seed, json,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(dataset)!;
            System.Collections.Immutable.ImmutableArray<BiasSentence> sentences;
            try { sentences = BabeDataset.Load(path); }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"storyline-lab eval bias: {e.Message}");
                return 2;
            }
            int k = parse.GetValue(folds);
            if (k < 2 || k > sentences.Length) { Console.Error.WriteLine($"storyline-lab eval bias: --folds must be between 2 and {sentences.Length}"); return 2; }
            var english = LanguagePacks.Default.Fallback;
            var scores = BiasEvaluation.Run(sentences, k, parse.GetValue(seed), english.Framing, english.FunctionWords, Console.WriteLine);
            var table = BiasEvaluation.ToTable(scores, path, sentences.Length, k);
            EvalTableRenderer.Print(table, AnsiConsole.Console);
            if (parse.GetValue(json) is { } jsonPath) EvalTableRenderer.WriteJson(table, jsonPath);
            return 0;
        });
        return command;
    }
}
