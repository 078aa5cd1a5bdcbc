using Storyline.Lab.Training.Ner;
using Storyline.Lab.Training.Summarizer;
using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Storyline.Lab.Evaluation;
using Storyline.Summarize;

namespace Storyline.Lab.Commands.Train;

/// <summary><c>storyline train summarizer</c>: rebuilds the summarizer's concept-importance model from Multi-News.</summary>
internal static class SummarizerTrainCommand
{
    public static Command Create()
    {
        var dataset = new Option<string>("--dataset") { Description = "Summarization JSONL (documents[] and summary), e.g. ../shared/data/multinews/val-trunc500.jsonl", Required = true };
        var skip = new Option<int>("--skip") { Description = "Leave out the first N clusters (the tuning clusters of 'eval summarization --limit N').", DefaultValueFactory = _ => 600 };
        var limit = new Option<int>("--limit") { Description = "Train on at most N clusters after the skipped ones (0: all).", DefaultValueFactory = _ => 0 };
        var minDocs = new Option<int>("--min-documents") { Description = "Train only on clusters with at least this many documents.", DefaultValueFactory = _ => 1 };
        var refWords = new Option<int>("--reference-words") { Description = "Label concepts by the first N words of the reference only (0: all of it).", DefaultValueFactory = _ => 0 };
        var outFile = new Option<FileInfo>("--out") { Description = "Where to write the model (.txt.gz), e.g. src/Storyline/Summarize/Model/concepts.txt.gz (required unless --sentence-prior)" };
        var stemTarget = new Option<bool>("--stem-target") { Description = "With --sentence-prior: target the share of the sentence's content stems in the summary instead of its bigrams." };
        var sentencePrior = new Option<bool>("--sentence-prior") { Description = "Fit the sentence prior instead (prints SummarizerSettings.SentencePriorWeights; writes no file)." };
        var functionWords = new Option<bool>("--function-words") { Description = "Build the function-word table instead (how often a human summary of N words uses 'the', 'of', 'said', ...), written to --out, e.g. src/Storyline/Summarize/Model/function-words.txt.gz." };
        var rougeData = new Option<string?>("--rouge-data") { Description = "With --function-words: ROUGE-1.5.5 data folder (WordNet *.exc for ROUGE's stemming); default <dataset dir>/../rouge." };
        var minShare = new Option<double>("--min-reference-share") { Description = "With --function-words: also tabulate every word used by at least this share of the references (0: function words only).", DefaultValueFactory = _ => 0 };
        var features = new Option<string>("--features") { Description = "Concept features to train on: counts (round 2), size-free (shares and relative positions only) or size-free-docs (size-free plus log_docs, the shipped model).", DefaultValueFactory = _ => "size-free-docs" };
        var diagnose = new Option<bool>("--diagnose") { Description = "Diagnostic, reads the inputs only: print how the concept model's P(used) and features are distributed on the clusters after --skip (--limit N of them); trains nothing." };
        var modelFile = new Option<FileInfo?>("--model") { Description = "With --diagnose: the concept model file to diagnose; with --sentence-prior: the concept model whose weights the prior's features use (default: the shipped one)." };
        var cmd = new Command("summarizer", "Train the summarizer's concept-importance model (which stems and bigrams a human summary uses).") { dataset, skip, limit, minDocs, refWords, outFile, sentencePrior, stemTarget, functionWords, rougeData, minShare, features, diagnose, modelFile };
        cmd.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            var path = parse.GetValue(dataset)!;
            if (!File.Exists(path)) { Console.Error.WriteLine($"storyline: dataset not found: {path}"); return 2; }
            int skipped = parse.GetValue(skip), max = parse.GetValue(limit);
            if (skipped < 0 || max < 0) { Console.Error.WriteLine("storyline: --skip and --limit must not be negative."); return 2; }
            List<SummarizationCluster> all;
            try { all = SummarizationDataset.Read(path); }
            catch (Exception ex) when (ex is FormatException or IOException or JsonException)
            {
                Console.Error.WriteLine($"storyline: {ex.Message}");
                return 2;
            }
            ConceptFeatureSet featureSet;
            switch (parse.GetValue(features))
            {
                case "counts": featureSet = ConceptFeatureSet.Counts; break;
                case "size-free": featureSet = ConceptFeatureSet.SizeFree; break;
                case "size-free-docs": featureSet = ConceptFeatureSet.SizeFreeWithDocs; break;
                default: Console.Error.WriteLine("storyline: --features must be counts, size-free or size-free-docs."); return 2;
            }
            ConceptModel? chosenModel = ConceptModel.LoadShipped();
            if (parse.GetValue(modelFile) is { } mf)
            {
                try
                {
                    using var modelStream = File.OpenRead(mf.FullName);
                    chosenModel = ConceptModel.Load(modelStream);
                }
                catch (Exception ex) when (ex is IOException or InvalidDataException or UnauthorizedAccessException)
                {
                    Console.Error.WriteLine($"storyline: concept model {mf.FullName}: {ex.Message}");
                    return 2;
                }
            }
            // clusters after --skip (at most --limit of them) are read; the skipped ones are the held-out scores' clusters
            var selected = all.Skip(skipped).Take(max > 0 ? max : int.MaxValue);
            if (parse.GetValue(diagnose))
            {
                if (chosenModel is not { } diagnosed) { Console.Error.WriteLine("storyline: no concept model."); return 2; }
                var inputs = selected.Select(c => c.Documents).ToList();
                PrintDiagnosis(ConceptDiagnostics.Measure(diagnosed, inputs, SummarizerSettings.Default), diagnosed.FeatureSet);
                return 0;
            }
            var training = selected
                .Where(c => c.References.Count > 0 && c.Documents.Count >= parse.GetValue(minDocs))
                .Select(c => new SummaryTrainingCluster(c.Documents, FirstWords(c.References[0], parse.GetValue(refWords)))).ToList();
            if (training.Count == 0) { Console.Error.WriteLine("storyline: no training clusters left after --skip."); return 2; }
            if (parse.GetValue(functionWords))
            {
                if (parse.GetValue(outFile) is not { } tableFile) { Console.Error.WriteLine("storyline: --out is required."); return 2; }
                var rougeDir = parse.GetValue(rougeData) ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".", "..", "rouge");
                Storyline.Lab.Evaluation.Rouge.RougeTokenizer tokenizer;
                try { tokenizer = new(Storyline.Lab.Evaluation.Rouge.RougeOptions.Duc2004, Storyline.Lab.Evaluation.Rouge.RougeResources.Load(rougeDir)); }
                catch (DirectoryNotFoundException ex) { Console.Error.WriteLine($"storyline: {ex.Message}"); return 2; }
                var table = FunctionWordTableBuilder.Build(training.Select(c => c.Reference), tokenizer.StemToken, minReferenceShare: parse.GetValue(minShare));
                if (tableFile.Directory is { } tableDir) tableDir.Create();
                using (var stream = File.Create(tableFile.FullName)) table.Save(stream);
                Console.WriteLine($"wrote {tableFile.FullName} ({new FileInfo(tableFile.FullName).Length / 1024.0:F1} KiB, {table.Count} words, {training.Count} references) in {clock.Elapsed.TotalSeconds:F0} s");
                int at100 = table.Lengths.IndexOf(100);
                if (at100 >= 0)
                    Console.WriteLine("expected count in 100 words: " + string.Join(' ', table.Entries.Take(25).Select(e => $"{e.Key}={e.AtLeast[at100].Sum():F2}")));
                return 0;
            }
            if (parse.GetValue(sentencePrior))
            {
                var heldOutSentences = HeldOut(all, skipped);
                // the prior's features read the concept weights of the chosen model (--model, else the shipped one)
                var priorModels = new SummarizerModels(chosenModel, FunctionWordTable.LoadShipped());
                var (weights, loss, rate) = SentencePriorTrainer.Train(training, heldOutSentences, SummarizerSettings.Default, priorModels, Console.WriteLine, parse.GetValue(stemTarget));
                Console.WriteLine($"held-out ({heldOutSentences.Count} skipped clusters): cross-entropy {loss:F4} (mean target {rate:F3}) in {clock.Elapsed.TotalSeconds:F0} s");
                Console.WriteLine(string.Join(' ', SentencePriorTrainer.FeatureNames.Zip(weights, (n, w) => $"{n}={w:F4}")));
                Console.WriteLine("SentencePriorWeights = [" + string.Join(", ", weights.Select(w => w.ToString("F4", System.Globalization.CultureInfo.InvariantCulture))) + "]");
                return 0;
            }
            if (parse.GetValue(outFile) is null) { Console.Error.WriteLine("storyline: --out is required."); return 2; }
            var model = ConceptModelTrainer.Train(training, SummarizerSettings.Default, Console.WriteLine, featureSet);
            var heldOut = HeldOut(all, skipped);
            if (heldOut.Count > 0)
            {
                var e = ConceptModelTrainer.Evaluate(model, heldOut, SummarizerSettings.Default);
                Console.WriteLine($"held-out ({heldOut.Count} skipped clusters): log-loss stems {e.UnigramLogLoss:F4} (positive rate {e.UnigramRate:F3}), bigrams {e.BigramLogLoss:F4} (positive rate {e.BigramRate:F3})");
            }
            var output = parse.GetValue(outFile)!;
            if (output.Directory is { } dir) dir.Create();
            using (var stream = File.Create(output.FullName)) model.Save(stream);
            Console.WriteLine($"wrote {output.FullName} ({new FileInfo(output.FullName).Length / 1024.0:F0} KiB, {model.Lexicon.Count:N0} stems) in {clock.Elapsed.TotalSeconds:F0} s");
            var featureNames = ConceptFeatures.NamesOf(model.FeatureSet);
            Console.WriteLine("stems:   " + string.Join(' ', featureNames.Zip(model.Unigram, (n, w) => $"{n}={w:F3}")));
            Console.WriteLine("bigrams: " + string.Join(' ', featureNames.Zip(model.Bigram, (n, w) => $"{n}={w:F3}")));
            return 0;
        });
        return cmd;
    }

    private static void PrintDiagnosis(ConceptDiagnosis d, ConceptFeatureSet set)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        string Q(double[] values) => string.Join(" ", values.Select(v => v.ToString("F3", inv)));
        Console.WriteLine($"{d.Clusters} clusters, {d.MeanDocuments:F1} documents and {d.MeanSentences:F1} sentences per cluster; features: {set}");
        Console.WriteLine($"quantiles at {string.Join(' ', ConceptDiagnostics.Levels.Select(l => l.ToString(inv)))}");
        foreach (var s in new[] { d.Stems, d.Bigrams })
        {
            Console.WriteLine($"{s.Kind}: {s.Probability.Count} concepts, P(used) mean {s.Probability.Mean:F3}, quantiles {Q(s.Probability.Quantiles)}");
            Console.WriteLine($"  share above {string.Join('/', ConceptDiagnostics.Thresholds.Select(t => t.ToString(inv)))}: {Q(s.Above)}; per cluster: {string.Join(" ", s.PerClusterAbove.Select(v => v.ToString("F1", inv)))}");
            Console.WriteLine($"  mean P at rank {string.Join('/', ConceptDiagnostics.Ranks)}: {Q(s.AtRank)}");
        }
        foreach (var f in d.Features)
            Console.WriteLine($"  feature {f.Name,-20} mean {f.Mean,8:F3}  quantiles {Q(f.Quantiles)}");
    }

    // the first --skip clusters with a reference: never trained on, scored after training
    private static List<SummaryTrainingCluster> HeldOut(List<SummarizationCluster> all, int skipped) =>
        all.Take(skipped).Where(c => c.References.Count > 0).Select(c => new SummaryTrainingCluster(c.Documents, c.References[0])).ToList();

    private static string FirstWords(string text, int words) =>
        words <= 0 ? text : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Take(words));
}
