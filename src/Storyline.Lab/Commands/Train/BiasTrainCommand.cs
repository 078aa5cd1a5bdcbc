using Storyline.Lab.Datasets.Bias;
using System.CommandLine;
using System.Diagnostics;
using Storyline.Lab.Evaluation.Bias;
using Storyline.Lab.Training.Bias;
using Storyline.Language;

namespace Storyline.Lab.Commands.Train;

/// <summary><c>storyline-lab train bias</c>: trains the shipped loaded-language model on all of BABE.</summary>
internal static class BiasTrainCommand
{
    public static Command Create()
    {
        var dataset = new Option<string>("--dataset")
        {
            Description = "BABE file (semicolon-separated, with label_bias and biased_words)",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "bias", "babe", "final_labels_SG2.csv"),
        };
        var outFile = new Option<FileInfo>("--out")
        {
            Description = "Where to write the model, e.g. src/Storyline/Compare/Framing/Model/loaded-language.txt.gz",
            Required = true,
        };
        var cmd = new Command("bias", "Train the loaded-language model (which words carry bias, which sentences are biased) on BABE.") { dataset, outFile };
        cmd.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            var path = parse.GetValue(dataset)!;
            System.Collections.Immutable.ImmutableArray<BiasSentence> sentences;
            try { sentences = BabeDataset.Load(path); }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"storyline-lab train bias: {e.Message}");
                return 2;
            }
            var english = LanguagePacks.Default.Fallback;
            var model = new LoadedLanguageTraining(english.Framing, english.FunctionWords).Train(sentences.Select(LoadedLanguageTraining.Tokenize).ToList());
            var output = parse.GetValue(outFile)!;
            if (output.Directory is { } dir) dir.Create();
            using (var stream = File.Create(output.FullName)) model.Save(stream);
            Console.WriteLine($"wrote {output.FullName} ({new FileInfo(output.FullName).Length / 1024.0:F0} KiB, {model.Words.Weights.Count:N0} word features, {model.Sentences.Weights.Count:N0} sentence features; thresholds word {model.WordThreshold:F3}, sentence {model.SentenceThreshold:F3}) from {sentences.Length} sentences in {clock.Elapsed.TotalSeconds:F0} s");
            return 0;
        });
        return cmd;
    }
}
