using Storyline.Lab.Training.Summarizer;
using Storyline.Summarize;

namespace Storyline.Lab.Training.Summarizer;

/// <summary>Distribution of one quantity over many concepts.</summary>
/// <param name="Quantiles">Values at <see cref="ConceptDiagnostics.Levels"/>.</param>
public sealed record Distribution(string Name, int Count, double Mean, double[] Quantiles);

/// <summary>How a concept model's predictions spread over one kind of concept (stems or bigrams) of a set of inputs.</summary>
/// <param name="Above">Share of concepts with P(used) above each of <see cref="ConceptDiagnostics.Thresholds"/>.</param>
/// <param name="PerClusterAbove">Mean number of concepts per cluster above each threshold.</param>
/// <param name="AtRank">Mean over clusters of the P(used) of the cluster's k-th most likely concept, k in <see cref="ConceptDiagnostics.Ranks"/>.</param>
public sealed record ConceptSpread(string Kind, Distribution Probability, double[] Above, double[] PerClusterAbove, double[] AtRank);

/// <summary>What a diagnostic run measured: the inputs' size, the spread of P(used), and every feature's distribution.</summary>
public sealed record ConceptDiagnosis(int Clusters, double MeanDocuments, double MeanSentences, ConceptSpread Stems, ConceptSpread Bigrams, IReadOnlyList<Distribution> Features);

/// <summary>
/// Reads only the inputs (never a reference): how the concept model's probabilities and features are distributed on a
/// set of clusters. Used to compare the training corpus (Multi-News, 500-token inputs) with larger inputs (DUC 2004's
/// ten full articles), where count features leave the range the model was fitted on (docs/summarizer.md, round 7).
/// </summary>
public static class ConceptDiagnostics
{
    public static readonly double[] Levels = [0.1, 0.5, 0.9, 0.99, 1.0];
    public static readonly double[] Thresholds = [0.5, 0.8, 0.95];
    public static readonly int[] Ranks = [1, 10, 30, 100];

    public static ConceptDiagnosis Measure(ConceptModel model, IEnumerable<IReadOnlyList<string>> clusters, SummarizerSettings settings)
    {
        settings = settings with { UseConceptModel = false };
        var names = ConceptFeatures.NamesOf(model.FeatureSet);
        var features = names.Select(_ => new List<double>()).ToArray();
        var probabilities = new[] { new List<double>(), new List<double>() };
        var perClusterAbove = new double[2][];
        var atRank = new double[2][];
        for (int k = 0; k < 2; k++) { perClusterAbove[k] = new double[Thresholds.Length]; atRank[k] = new double[Ranks.Length]; }
        Span<double> x = stackalloc double[ConceptFeatures.MaxCount];
        int count = 0;
        double documents = 0, sentences = 0;
        var cluster = new List<double>();
        foreach (var docs in clusters)
        {
            var built = ClusterModel.Build(ConceptModelTrainer.Documents(new SummaryTrainingCluster(docs, "")), settings, SummarizerModels.None);
            count++;
            documents += built.Documents.Count;
            sentences += built.Sentences;
            for (int k = 0; k < 2; k++)
            {
                bool bigram = k == 1;
                var keys = bigram ? built.BigramStats.Keys.ToList() : built.UnigramStats.Keys.Select(u => (long)u).ToList();
                cluster.Clear();
                foreach (var key in keys)
                {
                    built.Features(key, bigram, model.FeatureSet, model.Lexicon, x);
                    for (int f = 1; f < names.Length; f++) features[f].Add(x[f]);
                    cluster.Add(model.Predict(x, bigram));
                }
                probabilities[k].AddRange(cluster);
                for (int t = 0; t < Thresholds.Length; t++) perClusterAbove[k][t] += cluster.Count(p => p > Thresholds[t]);
                cluster.Sort((a, b) => b.CompareTo(a));
                for (int r = 0; r < Ranks.Length; r++) atRank[k][r] += Ranks[r] <= cluster.Count ? cluster[Ranks[r] - 1] : 0;
            }
        }
        int n = Math.Max(1, count);
        ConceptSpread Spread(int k) => new(k == 0 ? "stems" : "bigrams", Describe("P(used)", probabilities[k]),
            Thresholds.Select(t => probabilities[k].Count == 0 ? 0 : probabilities[k].Count(p => p > t) / (double)probabilities[k].Count).ToArray(),
            perClusterAbove[k].Select(v => v / n).ToArray(), atRank[k].Select(v => v / n).ToArray());
        return new ConceptDiagnosis(count, documents / n, sentences / n, Spread(0), Spread(1),
            Enumerable.Range(1, names.Length - 1).Select(f => Describe(names[f], features[f])).ToArray());
    }

    private static Distribution Describe(string name, List<double> values)
    {
        if (values.Count == 0) return new(name, 0, 0, new double[Levels.Length]);
        var sorted = values.ToArray();
        Array.Sort(sorted);
        return new(name, sorted.Length, sorted.Average(),
            Levels.Select(q => sorted[Math.Min(sorted.Length - 1, (int)Math.Floor(q * (sorted.Length - 1)))]).ToArray());
    }
}
