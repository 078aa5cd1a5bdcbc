using Storyline.Lab.Datasets.Ner;
using Storyline.Lab.Training.Ner;
using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Storyline.Annotate.Entities;
using Storyline.Annotate.Entities.Tagging;
using Storyline.Lab.Evaluation.Ner;

namespace Storyline.Lab.Commands;

/// <summary><c>storyline train …</c>: rebuilds a shipped model from the data in ../shared/data.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var train = new Command("train", "Train a model that Storyline ships (deterministic; see docs/).");
        train.Subcommands.Add(CreateNer());
        train.Subcommands.Add(Train.SummarizerTrainCommand.Create());
        train.Subcommands.Add(Train.BiasTrainCommand.Create());
        train.Subcommands.Add(Train.MatcherTrainCommand.Create());
        train.Subcommands.Add(Train.RoleNounsTrainCommand.Create());
        return train;
    }

    private static Command CreateNer()
    {
        var trainFile = new Option<FileInfo>("--train") { Description = "CoNLL-2003 training file (IOB1), e.g. ../shared/data/ner/conll2003/eng.train", Required = true };
        var devFile = new Option<FileInfo>("--dev") { Description = "CoNLL-2003 dev file used to pick the epoch, e.g. eng.testa", Required = true };
        var outFile = new Option<FileInfo>("--out") { Description = "Where to write the model (.bin.gz)", Required = true };
        var unlabelled = new Option<string[]>("--unlabelled")
        {
            Description = "Unlabelled news text for the word clusters: .jsonl files (their 'documents'/'text' fields), folders of .txt files, or plain .txt files. Repeatable.",
            AllowMultipleArgumentsPerToken = true,
        };
        var epochs = new Option<int?>("--epochs") { Description = "Most training epochs per run (default 8)" };
        var runs = new Option<int?>("--runs") { Description = "Perceptrons trained and averaged (default 3); 1 for quick feature experiments" };
        var clustersFrom = new Option<FileInfo?>("--clusters-from") { Description = "Reuse the word clusters of this model file instead of building them from --unlabelled (for feature experiments)" };
        var clusterGroup = new Option<int?>("--cluster-group") { Description = "Cluster group the first run reads (default 0; run r reads group + r); for experiments with --runs 1" };
        var seed = new Option<int?>("--seed") { Description = "Shuffle seed of the first run (default 20190123; run r uses seed + r); for experiments" };
        var noLists = new Option<bool>("--no-name-lists") { Description = "Train without the English pack's name lists as features (the model before them; for comparisons)" };
        var withoutKinds = new Option<string[]>("--name-lists-without") { Description = "Leave these kinds of listed names out of the features (City, Country, State, Nationality, Organisation, Platform); for experiments", AllowMultipleArgumentsPerToken = true };
        var cmd = new Command("ner", "Train the named-entity tagger.")
        {
            trainFile, devFile, outFile, unlabelled, epochs, runs, clustersFrom, clusterGroup, seed, noLists, withoutKinds,
        };
        cmd.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            var trainDocs = ConllReader.ReadFile(parse.GetValue(trainFile)!.FullName);
            var devDocs = ConllReader.ReadFile(parse.GetValue(devFile)!.FullName);
            var sources = parse.GetValue(unlabelled) ?? [];
            foreach (var s in sources)
                if (!File.Exists(s) && !Directory.Exists(s))
                {
                    Console.Error.WriteLine($"storyline: unlabelled text source not found: {s}");
                    return 2;
                }
            var text = UnlabelledText(sources).ToList();
            var reuse = parse.GetValue(clustersFrom) is { } modelFile ? EntityTagger.Load(modelFile.FullName) : null;
            var tagger = NerTraining.Train(trainDocs, devDocs, text, line => Console.WriteLine(line), parse.GetValue(epochs), reuse, parse.GetValue(runs),
                parse.GetValue(clusterGroup), parse.GetValue(seed), nameLists: !parse.GetValue(noLists),
                withoutKinds: (parse.GetValue(withoutKinds) ?? []).Aggregate(Storyline.Language.NameKinds.None, (all, k) => all | Enum.Parse<Storyline.Language.NameKinds>(k)));
            var output = parse.GetValue(outFile)!;
            if (output.Directory is { } dir) dir.Create();
            using (var stream = File.Create(output.FullName)) NerTraining.Save(tagger, stream);
            Console.WriteLine($"wrote {output.FullName} ({new FileInfo(output.FullName).Length / 1024.0:F0} KiB, {tagger.FeatureCount:N0} features, {tagger.GazetteerCount:N0} gazetteer names, {tagger.ListCount:N0} listed names, {tagger.ClusterWordCount:N0} clustered words) in {clock.Elapsed.TotalSeconds:F0} s");
            return 0;
        });
        return cmd;
    }

    /// <summary>Texts in a stable order (sorted paths) so training stays deterministic.</summary>
    private static IEnumerable<string> UnlabelledText(IEnumerable<string> sources)
    {
        foreach (var source in sources)
        {
            var files = Directory.Exists(source)
                ? Directory.GetFiles(source, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray()
                : [source];
            foreach (var file in files)
            {
                if (file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
                {
                    foreach (var line in File.ReadLines(file))
                    {
                        if (string.IsNullOrWhiteSpace(line)) continue;
                        using var json = JsonDocument.Parse(line);
                        foreach (var t in TextsOf(json.RootElement)) yield return t;
                    }
                }
                else yield return File.ReadAllText(file);
            }
        }
    }

    private static IEnumerable<string> TextsOf(JsonElement row)
    {
        if (row.ValueKind != JsonValueKind.Object) yield break;
        if (row.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String) yield return text.GetString()!;
        if (row.TryGetProperty("documents", out var docs) && docs.ValueKind == JsonValueKind.Array)
            foreach (var d in docs.EnumerateArray())
                if (d.ValueKind == JsonValueKind.String) yield return d.GetString()!;
    }
}
