using Storyline.Lab.Training.Matcher;
using Storyline.Similarity;
using Storyline.Similarity.Embeddings;

namespace Storyline.Lab.Evaluation.Paraphrase;

/// <summary>Accuracy, and precision, recall and F1 of the "same meaning" class, in percent.</summary>
public readonly record struct ParaphraseScore(double Accuracy, double Precision, double Recall, double F1)
{
    public static ParaphraseScore Of(IReadOnlyList<bool> gold, IReadOnlyList<bool> predicted)
    {
        int tp = 0, fp = 0, fn = 0, correct = 0;
        for (int i = 0; i < gold.Count; i++)
        {
            if (gold[i] == predicted[i]) correct++;
            if (predicted[i] && gold[i]) tp++;
            else if (predicted[i]) fp++;
            else if (gold[i]) fn++;
        }
        double p = tp + fp == 0 ? 0 : tp / (double)(tp + fp), r = tp + fn == 0 ? 0 : tp / (double)(tp + fn);
        return new(100.0 * correct / gold.Count, 100 * p, 100 * r, p + r == 0 ? 0 : 100 * 2 * p * r / (p + r));
    }
}

/// <summary>
/// Scores the shipped matcher's "same meaning?" decision (<see cref="MatchPurpose.SameMeaning"/>: the paraphrase model as
/// trained) and its "same statement?" decision for fact alignment (<see cref="MatchPurpose.FactSameWords"/>: the model or
/// the lexical rule, minus the explicit checks' vetoes) on MSRP-format pairs, beside the published systems and two baselines of our own: the lexical matcher alone (its shipped rule) and the
/// sentence cosine alone (the cut with the best training accuracy). With folds, every model is trained inside each fold
/// on the other folds only.
/// </summary>
public static class ParaphraseEvaluation
{
    /// <summary>Published results on the MSRP test split (accuracy, F1), as the issue and the papers give them.</summary>
    public static IReadOnlyList<(string System, double Accuracy, double F1)> Published { get; } =
    [
        ("majority class (published)", 66.5, 79.9),
        ("Madnani et al. 2012 (published)", 77.4, 84.1),
        ("Ji & Eisenstein 2013 (published)", 80.4, 85.9),
    ];

    public sealed record Result(IReadOnlyDictionary<string, ParaphraseScore> Systems, string Protocol);

    /// <summary>The evidence of every pair, computed as the matcher computes it.</summary>
    public static List<EmbeddingSentenceMatcher.Evidence> Gather(IReadOnlyList<ParaphrasePair> pairs, ISentenceEmbedder embedder, string? cache)
    {
        var embeddings = EmbeddingFile.EmbedAll(embedder, pairs.SelectMany(p => new[] { p.A, p.B }).ToList(), cache);
        var evidence = new EmbeddingSentenceMatcher.Evidence[pairs.Count];
        Parallel.For(0, pairs.Count, i =>
            evidence[i] = EmbeddingSentenceMatcher.Gather(new SentenceView(pairs[i].A), new SentenceView(pairs[i].B),
                embeddings[pairs[i].A], embeddings[pairs[i].B]));
        return [.. evidence];
    }

    /// <summary>Scores a trained model (no training here).</summary>
    public static Result Score(IReadOnlyList<EmbeddingSentenceMatcher.Evidence> evidence, IReadOnlyList<bool> gold, ParaphraseModel model)
    {
        var systems = Systems(evidence, Enumerable.Range(0, evidence.Count).ToList(), model);
        return new(systems.ToDictionary(kv => kv.Key, kv => ParaphraseScore.Of(gold, kv.Value)), "the shipped model");
    }

    /// <summary>N-fold cross-validation: each fold scored by models trained on the others.</summary>
    public static Result CrossValidate(IReadOnlyList<EmbeddingSentenceMatcher.Evidence> evidence, IReadOnlyList<bool> gold, int folds,
        MatcherTrainingOptions options, Action<string>? log)
    {
        var fold = MatcherTrainer.Folds(evidence.Count, folds, seed: 20130101);
        var predicted = new Dictionary<string, bool[]>();
        for (int f = 0; f < folds; f++)
        {
            var train = Enumerable.Range(0, evidence.Count).Where(i => fold[i] != f).ToList();
            var test = Enumerable.Range(0, evidence.Count).Where(i => fold[i] == f).ToList();
            var model = MatcherTrainer.Train(train.Select(i => evidence[i]).ToList(), train.Select(i => gold[i]).ToList(), options, log);
            foreach (var (system, answers) in Systems(evidence, test, model))
            {
                var all = predicted.TryGetValue(system, out var a) ? a : predicted[system] = new bool[evidence.Count];
                for (int k = 0; k < test.Count; k++) all[test[k]] = answers[k];
            }
            log?.Invoke($"fold {f + 1}/{folds} done");
        }
        return new(predicted.ToDictionary(kv => kv.Key, kv => ParaphraseScore.Of(gold, kv.Value)), $"{folds}-fold cross-validation, trained inside each fold");
    }

    /// <summary>Each system's answers for the rows <paramref name="rows"/>.</summary>
    private static Dictionary<string, List<bool>> Systems(IReadOnlyList<EmbeddingSentenceMatcher.Evidence> evidence, IReadOnlyList<int> rows, ParaphraseModel model)
    {
        var result = new Dictionary<string, List<bool>>
        {
            ["storyline"] = [], ["storyline/same statement (vetoes)"] = [], ["lexical matcher"] = [], ["cosine"] = [],
        };
        foreach (int i in rows)
        {
            var e = evidence[i];
            double p = EmbeddingSentenceMatcher.Probability(e, model);
            result["storyline"].Add(EmbeddingSentenceMatcher.Decide(MatchPurpose.SameMeaning, p, e.Cosine, e.Lexical, e.Checks, model).Same);
            result["storyline/same statement (vetoes)"].Add(EmbeddingSentenceMatcher.Decide(MatchPurpose.FactSameWords, p, e.Cosine, e.Lexical, e.Checks, model).Same);
            result["lexical matcher"].Add(e.Lexical.Same);
            result["cosine"].Add(e.Cosine >= model.CosineThreshold);
        }
        return result;
    }

    /// <summary>For each explicit check: on how many pairs it fires, and how many of those the annotators call the same
    /// meaning (a veto is right on the others).</summary>
    public static IEnumerable<string> CheckNotes(IReadOnlyList<EmbeddingSentenceMatcher.Evidence> evidence, IReadOnlyList<bool> gold)
    {
        var checks = new (string Name, Func<Storyline.Similarity.Checks.StatementChecks, bool> Fires)[]
        {
            ("amounts conflict", c => c.AmountsConflict), ("polarity", c => c.PolarityDiffers), ("roles", c => c.RolesSwapped),
            ("speakers", c => c.SpeakersDiffer), ("days", c => c.DaysDiffer), ("modality", c => c.ModalityDiffers),
        };
        foreach (var (name, fires) in checks)
        {
            var hits = Enumerable.Range(0, evidence.Count).Where(i => fires(evidence[i].Checks)).ToList();
            yield return $"check {name}: fires on {hits.Count} pairs, {hits.Count(i => gold[i])} of them labelled same meaning";
        }
    }

    public static EvalTable ToTable(Result result, string dataset, int pairs)
    {
        var table = new EvalTable("Paraphrase identification (MSRP format)", ["accuracy", "precision", "recall", "f1"]);
        foreach (var (system, accuracy, f1) in Published)
            table.Add(system, new Dictionary<string, double?> { ["accuracy"] = accuracy, ["precision"] = null, ["recall"] = null, ["f1"] = f1 });
        foreach (var (system, s) in result.Systems)
            table.Add(system, new Dictionary<string, double?> { ["accuracy"] = s.Accuracy, ["precision"] = s.Precision, ["recall"] = s.Recall, ["f1"] = s.F1 });
        table.Notes.Add($"dataset: {dataset} ({pairs} pairs); ours: {result.Protocol}");
        table.Notes.Add("published rows are on the MSRP test split; ours on the file given (cross-validated on the training split is the honest proxy)");
        table.Notes.Add("storyline = the shipped matcher's 'same meaning' decision (the paraphrase model); storyline/same statement = its fact-alignment decision (model or lexical rule, minus the explicit checks' vetoes: MSRP labels pairs with differing figures or sources as paraphrases, the ledger keeps them apart)");
        return table;
    }
}
