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
        train.Subcommands.Add(Train.ClusteringDfTrainCommand.Create());
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
        var embeddingDims = new Option<int?>("--embedding-dims") { Description = "Binarized word-embedding features with this many dimensions (default 0: none, as shipped); built from --unlabelled" };
        var embeddingSource = new Option<string?>("--embedding-source") { Description = "svd (truncated SVD of the PPMI context matrix, default) or projection (the clusters' random projection)" };
        var embeddingPower = new Option<double?>("--embedding-power") { Description = "Exponent p of the singular values in U·Σ^p (default 0.5)" };
        var embeddingNormalize = new Option<bool>("--embedding-normalize") { Description = "Scale each word's vector to unit length before binarizing" };
        var embeddingNeighbours = new Option<bool>("--embedding-neighbours") { Description = "Also read the previous and next words' embedding dimensions" };
        var embeddingCapitalised = new Option<bool>("--embedding-capitalised") { Description = "Read embeddings only for capitalised tokens" };
        var embeddingSkip = new Option<int?>("--embedding-skip-frequent") { Description = "Give the N most frequent unlabelled words no embedding" };
        var embeddingMaxActive = new Option<int?>("--embedding-max-active") { Description = "Keep only the N strongest active dimensions per word" };
        var clusterSvd = new Option<int?>("--cluster-svd-dims") { Description = "Cluster truncated-SVD vectors of this many dimensions instead of the random projection (experiment; default off)" };
        var update = new Option<string?>("--update") { Description = "Update rule: perceptron (default, as shipped) or pa (passive-aggressive / 1-best MIRA)" };
        var paC = new Option<double?>("--pa-c") { Description = "Step cap C of the passive-aggressive update (default 0.1)" };
        var costAugmented = new Option<bool>("--cost-augmented") { Description = "Passive-aggressive only: decode training sentences with +1 on every wrong tag" };
        var minFeatureCount = new Option<int?>("--min-feature-count") { Description = "Drop features seen in fewer training tokens than this (default 1: keep all)" };
        var cmd = new Command("ner", "Train the named-entity tagger.")
        {
            update, paC, costAugmented, minFeatureCount,
            trainFile, devFile, outFile, unlabelled, epochs, runs, clustersFrom, clusterGroup, seed,
            embeddingDims, embeddingSource, embeddingPower, embeddingNormalize, embeddingNeighbours, embeddingCapitalised, embeddingSkip, embeddingMaxActive, clusterSvd,
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
            // Without --embedding-dims the tagger's own settings apply (no embeddings, as shipped).
            var embeddings = new WordEmbeddingOptions();
            if (parse.GetValue(embeddingDims) is { } dims)
            {
                if (dims is < 0 or > WordEmbeddingOptions.MaxDimensions)
                {
                    Console.Error.WriteLine($"storyline: --embedding-dims must be between 0 and {WordEmbeddingOptions.MaxDimensions}.");
                    return 2;
                }
                embeddings = embeddings with { Dimensions = dims };
            }
            switch (parse.GetValue(embeddingSource))
            {
                case null or "svd": break;
                case "projection": embeddings = embeddings with { Source = EmbeddingSource.Projection }; break;
                case var other:
                    Console.Error.WriteLine($"storyline: unknown --embedding-source '{other}' (expected svd or projection).");
                    return 2;
            }
            if (parse.GetValue(embeddingPower) is { } power) embeddings = embeddings with { SingularValuePower = power };
            if (parse.GetValue(embeddingNormalize)) embeddings = embeddings with { NormalizeRows = true };
            if (parse.GetValue(embeddingNeighbours)) embeddings = embeddings with { Neighbours = true };
            if (parse.GetValue(embeddingCapitalised)) embeddings = embeddings with { CapitalisedOnly = true };
            if (parse.GetValue(embeddingMaxActive) is { } maxActive) embeddings = embeddings with { MaxActive = Math.Max(0, maxActive) };
            if (parse.GetValue(embeddingSkip) is { } skip) embeddings = embeddings with { SkipMostFrequent = Math.Max(0, skip) };
            if (embeddings.Dimensions > 0 && sources.Length == 0)
            {
                Console.Error.WriteLine("storyline: embedding features need --unlabelled text.");
                return 2;
            }
            // Without learner options the tagger's own settings apply (the shipped learner).
            var learner = new NerLearnerOptions();
            switch (parse.GetValue(update))
            {
                case null: break;
                case "perceptron": learner = learner with { Update = NerUpdateRule.Perceptron }; break;
                case "pa": learner = learner with { Update = NerUpdateRule.PassiveAggressive }; break;
                case var other:
                    Console.Error.WriteLine($"storyline: unknown --update '{other}' (expected perceptron or pa).");
                    return 2;
            }
            if (parse.GetValue(paC) is { } c)
            {
                if (!(c > 0) || double.IsInfinity(c))
                {
                    Console.Error.WriteLine("storyline: --pa-c must be a positive number.");
                    return 2;
                }
                learner = learner with { Aggressiveness = c };
            }
            if (parse.GetValue(costAugmented)) learner = learner with { CostAugmented = true };
            if ((parse.GetValue(paC) is not null || learner.CostAugmented) && learner.Update != NerUpdateRule.PassiveAggressive)
            {
                Console.Error.WriteLine("storyline: --pa-c and --cost-augmented need --update pa.");
                return 2;
            }
            if (parse.GetValue(minFeatureCount) is { } minCount)
            {
                if (minCount < 1)
                {
                    Console.Error.WriteLine("storyline: --min-feature-count must be at least 1.");
                    return 2;
                }
                learner = learner with { MinFeatureCount = minCount };
            }
            var text = UnlabelledText(sources).ToList();
            var reuse = parse.GetValue(clustersFrom) is { } modelFile ? EntityTagger.Load(modelFile.FullName) : null;
            var tagger = NerTraining.Train(trainDocs, devDocs, text, line => Console.WriteLine(line), parse.GetValue(epochs), reuse, parse.GetValue(runs),
                parse.GetValue(clusterGroup), parse.GetValue(seed), parse.GetValue(embeddingDims) is null ? null : embeddings,
                parse.GetValue(clusterSvd) is { } svd ? Math.Clamp(svd, 1, 1000) : null,
                learner == new NerLearnerOptions() ? null : learner);
            var output = parse.GetValue(outFile)!;
            if (output.Directory is { } dir) dir.Create();
            using (var stream = File.Create(output.FullName)) NerTraining.Save(tagger, stream);
            Console.WriteLine($"wrote {output.FullName} ({new FileInfo(output.FullName).Length / 1024.0:F0} KiB, {tagger.FeatureCount:N0} features, {tagger.GazetteerCount:N0} gazetteer names, {tagger.ClusterWordCount:N0} clustered words) in {clock.Elapsed.TotalSeconds:F0} s");
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
