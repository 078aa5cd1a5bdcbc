using Storyline.Lab.Datasets.Ner;
using Storyline.Lab.Training.Ner;
using System.Diagnostics;
using Storyline.Lab.Evaluation.Ner;

using Storyline.Annotate.Entities.Tagging;

namespace Storyline.Lab.Training.Ner;

/// <summary>Settings of <see cref="NerTrainer"/>; defaults are the ones the shipped model was trained with.</summary>
internal sealed record NerTrainingOptions
{
    /// <summary>Most passes over the training data; the pass with the best dev F1 is kept (passes 6–8 on eng.testa).</summary>
    public int MaxEpochs { get; init; } = 8;

    /// <summary>Folds for mining gazetteers: each training document sees only names from the other folds, so the model cannot learn "always trust the list".</summary>
    public int GazetteerFolds { get; init; } = 10;

    /// <summary>Seed of the document shuffle; fixed so training is deterministic.</summary>
    public int Seed { get; init; } = 20190123;

    /// <summary>Perceptrons trained (seeds Seed, Seed+1, …) and averaged into the shipped one.
    /// Three runs mixed: eng.testa F1 93.35, against 93.10–93.24 for each run alone.</summary>
    public int Runs { get; init; } = 3;

    /// <summary>Tag each document twice, the second pass reading the first pass's labels of the same word elsewhere in the
    /// document. One run on eng.testa: 93.53 against 93.36 single-stage (docs/ner.md).</summary>
    public bool TwoStage { get; init; } = true;

    /// <summary>Which group of cluster levels this run reads (run r reads group <c>ClusterGroup + r</c> mod the number of groups).
    /// Reading two groups in one run over-fits: the first k-means group with an exchange-algorithm group, one run, 93.31 against 93.65 alone.</summary>
    public int ClusterGroup { get; init; }

    /// <summary>External name lists read as features (cities, countries, ...: the English pack's <c>KnownNames</c>); empty: none.</summary>
    public Gazetteer Lists { get; init; } = Gazetteer.Empty;
}

/// <summary>One epoch's dev score, reported while training.</summary>
internal sealed record NerEpoch(int Epoch, double DevF1, TimeSpan Elapsed);

/// <summary>
/// Trains <see cref="NerModel"/> with the averaged structured perceptron (Collins 2002): decode each
/// sentence with the current weights, move weights toward the gold path and away from the predicted one,
/// and keep the running average. Single-threaded and seeded, so the same data gives the same model.
/// </summary>
internal static class NerTrainer
{
    private const int K = NerTags.Count;

    private sealed record Example(PreparedSentence Sentence, int[][] Rows, int[] Gold);

    /// <summary>
    /// Trains <see cref="NerTrainingOptions.Runs"/> perceptrons on differently shuffled data and averages
    /// their weights (parameter mixing, McDonald et al. 2010): one model of the same size and speed, with
    /// less of the run-to-run noise a single perceptron has (±0.2 F1 on eng.testa between shuffles).
    /// </summary>
    public static NerModel Train(IReadOnlyList<ConllDocument> train, IReadOnlyList<ConllDocument> dev,
        WordClusters clusters, NerTrainingOptions options, Action<NerEpoch>? progress = null, Action<string>? log = null)
    {
        if (options.Runs <= 1) return TrainOne(train, dev, clusters, options, progress);
        var models = new List<NerModel>();
        for (int run = 0; run < options.Runs; run++)
        {
            log?.Invoke($"run {run + 1} of {options.Runs} (seed {options.Seed + run})");
            models.Add(TrainOne(train, dev, clusters, options with { Seed = options.Seed + run, ClusterGroup = options.ClusterGroup + run }, progress));
        }
        var rows = new Dictionary<uint, int>();
        foreach (var m in models)
            foreach (var key in m.Rows.Keys.Order())
                rows.TryAdd(key, rows.Count);
        var weights = new float[rows.Count * K];
        var trans = new float[(K + 1) * K];
        foreach (var m in models)
        {
            var w = m.Weights;
            foreach (var (key, row) in m.Rows)
            {
                int target = rows[key];
                for (int t = 0; t < K; t++) weights[target * K + t] += w[row * K + t] / models.Count;
            }
            var tr = m.Transitions;
            for (int i = 0; i < trans.Length; i++) trans[i] += tr[i] / models.Count;
        }
        var mixed = new NerModel(models[0].Gazetteer, clusters, rows, weights, trans, options.TwoStage, lists: options.Lists);
        log?.Invoke($"mixed model: dev F1 {Evaluate(mixed, dev).Overall.F1:F2}");
        return mixed;
    }

    private static NerModel TrainOne(IReadOnlyList<ConllDocument> train, IReadOnlyList<ConllDocument> dev,
        WordClusters clusters, NerTrainingOptions options, Action<NerEpoch>? progress)
    {
        var clock = Stopwatch.StartNew();
        int groupSize = Math.Max(1, NerTrainingSettings.Clusters.Granularities.Length);
        int groups = clusters.Granularities.Count / groupSize;
        Func<int, bool>? levels = groups > 1 ? g => g / groupSize == options.ClusterGroup % groups : null;
        var fullGazetteer = Gazetteer.Build(train.SelectMany(PhrasesOf));
        // Jackknifed gazetteers for the training documents.
        var foldGazetteers = new Gazetteer[options.GazetteerFolds];
        for (int f = 0; f < options.GazetteerFolds; f++)
        {
            int fold = f;
            foldGazetteers[f] = Gazetteer.Build(train.Where((_, d) => d % options.GazetteerFolds != fold).SelectMany(PhrasesOf));
        }

        var trainPrepared = new List<(PreparedSentence[] Sentences, int[][] Gold)>();
        for (int d = 0; d < train.Count; d++)
        {
            var features = new NerFeatures(foldGazetteers[d % options.GazetteerFolds], clusters, levels, options.Lists);
            var doc = train[d];
            trainPrepared.Add((features.Prepare(TokensOf(doc)), doc.Sentences.Select(GoldTags).ToArray()));
        }

        // Feature table: every static feature seen in training (a cut-off on rare ones lost: docs/ner.md), plus every history feature.
        var seen = new HashSet<uint>();
        foreach (var (sentences, _) in trainPrepared)
            foreach (var s in sentences)
                foreach (var tokenFeatures in s.Features)
                    foreach (var key in tokenFeatures)
                        seen.Add(key);
        var rows = new Dictionary<uint, int>();
        foreach (var key in seen.Order()) rows[key] = rows.Count;
        foreach (var key in NerFeatures.LabelStatisticKeys()) rows.TryAdd(key, rows.Count);

        int rowCount = rows.Count;
        var weights = new float[rowCount * K];
        var totals = new double[rowCount * K];
        var trans = new float[(K + 1) * K];
        var transTotals = new double[(K + 1) * K];
        long step = 1;

        var order = Enumerable.Range(0, trainPrepared.Count).ToArray();
        var random = new Random(options.Seed);
        double bestF1 = -1;
        NerModel? best = null;
        var buffer = new List<uint>(8);
        var rowBuffer = new List<int>(128);
        for (int epoch = 1; epoch <= options.MaxEpochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int d in order)
            {
                var (sentences, gold) = trainPrepared[d];
                if (!options.TwoStage) { Pass(sentences, gold, null); continue; }
                // Both passes learn: the first must be good on its own, since the second reads its labels.
                var first = Pass(sentences, gold, NerModel.DocumentPass.First);
                Pass(sentences, gold, NerModel.DocumentPass.Second(sentences, first));
            }

            var model = new NerModel(fullGazetteer, clusters, rows, Average(weights, totals, step), Average(trans, transTotals, step), options.TwoStage, levels, options.Lists);
            double f1 = Evaluate(model, dev).Overall.F1;
            progress?.Invoke(new NerEpoch(epoch, f1, clock.Elapsed));
            if (f1 > bestF1) { bestF1 = f1; best = model; }
        }
        return best ?? throw new InvalidOperationException("No training epoch ran.");

        // One perceptron pass over a document's sentences in order; returns the predicted tags.
        int[][] Pass(PreparedSentence[] sentences, int[][] gold, NerModel.DocumentPass? pass)
        {
            var history = new Dictionary<string, int[]>(StringComparer.Ordinal);
            var result = new int[sentences.Length][];
            for (int s = 0; s < sentences.Length; s++)
            {
                var sentence = sentences[s];
                var scores = NerModel.Score(sentence, history, pass, s, buffer, rows, weights);
                var g = gold[s];
                var predicted = NerModel.Viterbi(scores, sentence.Tokens.Length, trans);
                if (!predicted.AsSpan().SequenceEqual(g))
                {
                    for (int i = 0; i < g.Length; i++)
                    {
                        int prevG = i == 0 ? K : g[i - 1], prevP = i == 0 ? K : predicted[i - 1];
                        if (prevG != prevP || g[i] != predicted[i])
                        {
                            Bump(trans, transTotals, prevG * K + g[i], 1, step);
                            Bump(trans, transTotals, prevP * K + predicted[i], -1, step);
                        }
                        if (g[i] == predicted[i]) continue;
                        RowsOf(sentence, i, history, pass, s);
                        foreach (int r in rowBuffer)
                        {
                            Bump(weights, totals, r * K + g[i], 1, step);
                            Bump(weights, totals, r * K + predicted[i], -1, step);
                        }
                    }
                }
                // The history holds predictions, as it will at tagging time.
                NerModel.Remember(history, sentence, predicted);
                result[s] = predicted;
                step++;
            }
            return result;
        }

        // Row indices of the token's static and history features, into rowBuffer.
        void RowsOf(PreparedSentence sentence, int i, Dictionary<string, int[]> history, NerModel.DocumentPass? pass, int s)
        {
            rowBuffer.Clear();
            foreach (var key in sentence.Features[i])
                if (rows.TryGetValue(key, out int r)) rowBuffer.Add(r);
            NerModel.DynamicFeatures(buffer, sentence, i, history, pass, s);
            foreach (var key in buffer)
                if (rows.TryGetValue(key, out int r)) rowBuffer.Add(r);
        }
    }

    // Averaging trick: totals accumulate step × delta, so the average is w − totals / step.
    private static void Bump(float[] w, double[] totals, int index, int delta, long step)
    {
        w[index] += delta;
        totals[index] += (double)step * delta;
    }

    private static float[] Average(float[] w, double[] totals, long step)
    {
        var avg = new float[w.Length];
        for (int i = 0; i < w.Length; i++) avg[i] = (float)(w[i] - totals[i] / step);
        return avg;
    }

    private static ConllScore Evaluate(NerModel model, IReadOnlyList<ConllDocument> docs) =>
        ConllScorer.Score(docs.SelectMany(doc =>
        {
            var tags = model.Tag(TokensOf(doc));
            return doc.Sentences.Select((s, i) => ((IReadOnlyList<string>)s.Tags, (IReadOnlyList<string>)NerTags.ToIob(tags[i])));
        }));

    internal static string[][] TokensOf(ConllDocument doc) => doc.Sentences.Select(s => s.Tokens.ToArray()).ToArray();

    internal static int[] GoldTags(ConllSentence sentence) =>
        NerTags.FromPhrases(sentence.Tokens.Length,
            ConllScorer.Chunks(sentence.Tags).Select(c => (c.Start, c.End, NerTags.TypeIndex(c.Type))));

    private static IEnumerable<(string, int)> PhrasesOf(ConllDocument doc)
    {
        foreach (var s in doc.Sentences)
            foreach (var c in ConllScorer.Chunks(s.Tags))
                if (c.End - c.Start <= Gazetteer.MaxTokens && NerTags.TypeIndex(c.Type) is int t and >= 0)
                    yield return (string.Join(' ', s.Tokens.Skip(c.Start).Take(c.End - c.Start)), t);
    }
}
