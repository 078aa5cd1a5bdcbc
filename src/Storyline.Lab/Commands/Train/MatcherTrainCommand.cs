using System.CommandLine;
using System.Diagnostics;
using Storyline.Lab.Commands.Eval;
using Storyline.Lab.Evaluation.Paraphrase;
using Storyline.Lab.Training.Matcher;
using Storyline.Similarity.Embeddings;

namespace Storyline.Lab.Commands.Train;

/// <summary><c>storyline-lab train matcher</c>: rebuilds the sentence matcher's paraphrase model from the MSRP training split.</summary>
internal static class MatcherTrainCommand
{
    public static Command Create()
    {
        var trainFile = new Option<string>("--train")
        {
            Description = "MSRP training split (never the test split)",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "paraphrase", "msrp", "msr_paraphrase_train.txt"),
        };
        var outFile = new Option<FileInfo>("--out") { Description = "Where to write the model, e.g. src/Storyline/Similarity/Model/paraphrase-model.txt", Required = true };
        var shared = new MatcherOptions();
        var cmd = new Command("matcher", "Train the sentence matcher's paraphrase model (logistic regression over PairFeatures).") { trainFile, outFile };
        foreach (var o in shared.All) cmd.Options.Add(o);
        cmd.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            var path = parse.GetValue(trainFile)!;
            var pairs = MsrpReader.Read(path);
            var options = shared.Training(parse);
            using var embedder = new MiniLmEmbedder(parse.GetValue(shared.Threads));
            var evidence = ParaphraseEvaluation.Gather(pairs, embedder, parse.GetValue(shared.Cache));
            var model = MatcherTrainer.Train(evidence, pairs.Select(p => p.Same).ToList(), options, Console.Error.WriteLine);
            var output = parse.GetValue(outFile)!;
            if (output.Directory is { } dir) dir.Create();
            using (var writer = new StreamWriter(output.FullName) { NewLine = "\n" })
                model.Save(writer, [
                    $"Logistic regression over PairFeatures, trained on {pairs.Count} MSRP training pairs ({Path.GetFileName(path)}) with {embedder.Name}.",
                    "Rebuild: dotnet run -c Release --project src/Storyline.Lab -- train matcher --out src/Storyline/Similarity/Model/paraphrase-model.txt" + (parse.GetValue(shared.Lambda) is { } l ? $" --lambda {l}" : "")
                        + (parse.GetValue(shared.Drop) is { } d ? $" --drop {d}" : ""),
                    "feature lines: name, training mean, training deviation, weight on the standardised feature",
                ]);
            Console.WriteLine($"wrote {output.FullName}: {model.Features.Count} features, in {clock.Elapsed.TotalSeconds:F0} s");
            return 0;
        });
        return cmd;
    }
}
