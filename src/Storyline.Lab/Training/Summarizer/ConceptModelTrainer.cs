using Storyline.Lab.Training.Summarizer;
using Storyline.Text;

using Storyline.Summarize;
using Storyline.Language;

namespace Storyline.Lab.Training.Summarizer;

/// <summary>A training cluster: source documents (plain text) and one human summary.</summary>
public sealed record SummaryTrainingCluster(IReadOnlyList<string> Documents, string Reference);

/// <summary>
/// Trains <see cref="ConceptModel"/>: first corpus statistics of stems (document frequency; inputs and
/// summaries using each stem), then two logistic regressions (content stems, bigrams) by Newton's method
/// with an L2 penalty. Label: the reference uses the concept (same stems and bigram rule as the
/// summarizer). Deterministic: no randomness, clusters in input order, negatives thinned by a fixed stride.
/// </summary>
public static class ConceptModelTrainer
{
    /// <summary>Stems in fewer training inputs than this are not kept in the lexicon (keeps the file small; their prior is unreliable anyway).</summary>
    public const int MinStemInputs = 5;

    /// <summary>L2 penalty on the non-bias weights (features are O(1); the data has millions of rows, so this only guards against collinearity).</summary>
    public const double L2 = 1.0;

    /// <summary>Keep one in this many negative concepts (with that weight): bigram negatives are ~95% of rows.</summary>
    public const int BigramNegativeStride = 4;

    public const int UnigramNegativeStride = 2;

    private const int NewtonIterations = 12;

    /// <summary>Trains on <paramref name="clusters"/> (enumerated twice).</summary>
    /// <param name="features">The feature set to train on (recorded in the model file; the shipped model uses the default).</param>
    public static ConceptModel Train(IEnumerable<SummaryTrainingCluster> clusters, SummarizerSettings settings, Action<string>? log = null,
        ConceptFeatureSet features = ConceptFeatureSet.SizeFreeWithDocs)
    {
        settings = settings with { UseConceptModel = false };
        var lexicon = BuildLexicon(clusters, settings, log);
        int f = ConceptFeatures.NamesOf(features).Length;
        var unigram = new Rows(f);
        var bigram = new Rows(f);
        long uSeen = 0, bSeen = 0;
        Span<double> x = stackalloc double[f];
        int count = 0;
        foreach (var cluster in clusters)
        {
            var model = ClusterModel.Build(Documents(cluster), settings, SummarizerModels.None);
            var (refUnigrams, refBigrams) = ReferenceConcepts(model.Vocabulary, cluster.Reference);
            Func<int, bool> ownHit = refUnigrams.Contains;
            foreach (var u in model.UnigramStats.Keys)
            {
                bool label = refUnigrams.Contains(u);
                if (!label && uSeen++ % UnigramNegativeStride != 0) continue;
                model.Features(u, bigram: false, features, lexicon, x, ownHit);
                unigram.Add(x, label, label ? 1 : UnigramNegativeStride);
            }
            foreach (var b in model.BigramStats.Keys)
            {
                bool label = refBigrams.Contains(b);
                if (!label && bSeen++ % BigramNegativeStride != 0) continue;
                model.Features(b, bigram: true, features, lexicon, x, ownHit);
                bigram.Add(x, label, label ? 1 : BigramNegativeStride);
            }
            if (++count % 1000 == 0) log?.Invoke($"  features: {count} clusters, {unigram.Count:N0} stem rows, {bigram.Count:N0} bigram rows");
        }
        log?.Invoke($"features: {count} clusters, {unigram.Count:N0} stem rows, {bigram.Count:N0} bigram rows");
        var wu = Fit(unigram, log, "stems");
        var wb = Fit(bigram, log, "bigrams");
        return new ConceptModel(wu, wb, lexicon, features);
    }

    /// <summary>Mean log-loss and positive rate of a model on held-out clusters (no thinning, no leave-one-out).</summary>
    public static (double UnigramLogLoss, double BigramLogLoss, double UnigramRate, double BigramRate) Evaluate(
        ConceptModel trained, IEnumerable<SummaryTrainingCluster> clusters, SummarizerSettings settings)
    {
        settings = settings with { UseConceptModel = false };
        Span<double> x = stackalloc double[ConceptFeatures.MaxCount];
        // index 0: stems, 1: bigrams
        var loss = new double[2];
        var positives = new double[2];
        var rows = new long[2];
        foreach (var cluster in clusters)
        {
            var model = ClusterModel.Build(Documents(cluster), settings, SummarizerModels.None);
            var (refUnigrams, refBigrams) = ReferenceConcepts(model.Vocabulary, cluster.Reference);
            var concepts = model.UnigramStats.Keys.Select(u => (Key: (long)u, Bigram: false, Used: refUnigrams.Contains(u)))
                .Concat(model.BigramStats.Keys.Select(b => (Key: b, Bigram: true, Used: refBigrams.Contains(b))));
            foreach (var (key, bigram, used) in concepts)
            {
                model.Features(key, bigram, trained.FeatureSet, trained.Lexicon, x);
                double p = trained.Predict(x, bigram);
                int k = bigram ? 1 : 0;
                loss[k] -= Math.Log(Math.Clamp(used ? p : 1 - p, 1e-12, 1));
                positives[k] += used ? 1 : 0;
                rows[k]++;
            }
        }
        return (loss[0] / Math.Max(1, rows[0]), loss[1] / Math.Max(1, rows[1]), positives[0] / Math.Max(1, rows[0]), positives[1] / Math.Max(1, rows[1]));
    }

    internal static SummaryDocument[] Documents(SummaryTrainingCluster cluster) =>
        cluster.Documents.Select((d, i) => SummaryDocument.FromText(SummaryDocument.Unwrap(d), i)).ToArray();

    /// <summary>Content stems and bigram concepts of a reference summary, as term ids of the cluster's vocabulary.</summary>
    internal static (HashSet<int> Unigrams, HashSet<long> Bigrams) ReferenceConcepts(TermVocabulary vocabulary, string reference)
    {
        var unigrams = new HashSet<int>();
        var bigrams = new HashSet<long>();
        var text = SummaryDocument.Unwrap(reference);
        foreach (var sentence in SentenceSplitter.Split(text, LanguagePacks.English.Sentences))
        {
            int prev = -1;
            bool prevStop = true;
            foreach (var token in Tokenizer.Tokenize(text, sentence.Span))
            {
                if (token.Kind is not (TokenKind.Word or TokenKind.Number)) continue;
                var (id, stop) = vocabulary.Term(text.AsSpan(token.Span.Start, token.Span.Length));
                if (id < 0) continue;
                if (!stop) unigrams.Add(id);
                if (prev >= 0 && !(prevStop && stop)) bigrams.Add(((long)prev << 32) | (uint)id);
                prev = id;
                prevStop = stop;
            }
        }
        return (unigrams, bigrams);
    }

    private static ConceptLexicon BuildLexicon(IEnumerable<SummaryTrainingCluster> clusters, SummarizerSettings settings, Action<string>? log)
    {
        var docFreq = new Dictionary<string, int>(StringComparer.Ordinal);
        var input = new Dictionary<string, int>(StringComparer.Ordinal);
        var hit = new Dictionary<string, int>(StringComparer.Ordinal);
        int documents = 0, count = 0;
        long pairs = 0, hits = 0;
        var seen = new HashSet<int>();
        foreach (var cluster in clusters)
        {
            var docs = Documents(cluster);
            var model = ClusterModel.Build(docs, settings, SummarizerModels.None);
            var vocabulary = model.Vocabulary;
            for (int d = 0; d < docs.Length; d++)
            {
                seen.Clear();
                foreach (var c in model.Candidates)
                    if (c.Document == d)
                        foreach (var u in c.Content) seen.Add(u);
                foreach (var u in seen) Increment(docFreq, vocabulary.Stem(u));
                documents++;
            }
            var (refUnigrams, _) = ReferenceConcepts(vocabulary, cluster.Reference);
            foreach (var u in model.UnigramStats.Keys)
            {
                var stem = vocabulary.Stem(u);
                Increment(input, stem);
                pairs++;
                if (refUnigrams.Contains(u)) { Increment(hit, stem); hits++; }
            }
            count++;
        }
        var stems = new Dictionary<string, StemCounts>(StringComparer.Ordinal);
        foreach (var (stem, n) in input)
            if (n >= MinStemInputs)
                stems[stem] = new StemCounts(docFreq.GetValueOrDefault(stem), n, hit.GetValueOrDefault(stem));
        log?.Invoke($"lexicon: {count} clusters, {documents} documents, {stems.Count:N0} stems kept of {input.Count:N0}, base rate {(double)hits / Math.Max(1, pairs):F3}");
        return new ConceptLexicon(documents, count, (double)hits / Math.Max(1, pairs), stems);
    }

    private static void Increment(Dictionary<string, int> d, string key) =>
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(d, key, out _)++;

    /// <summary>Logistic regression by Newton's method (the Hessian is F×F, F = 16).</summary>
    internal static double[] Fit(Rows rows, Action<string>? log, string name)
    {
        int f = rows.Features;
        var beta = new double[f];
        var grad = new double[f];
        var hess = new double[f, f];
        var xi = new double[f];
        for (int iter = 0; iter < NewtonIterations; iter++)
        {
            Array.Clear(grad);
            Array.Clear(hess);
            double loss = 0, weightSum = 0;
            for (int i = 0; i < rows.Count; i++)
            {
                rows.Get(i, xi);
                double z = 0;
                for (int k = 0; k < f; k++) z += beta[k] * xi[k];
                double p = 1 / (1 + Math.Exp(-z));
                double y = rows.Target(i), w = rows.Weight(i);
                loss -= w * (y * Math.Log(Math.Max(p, 1e-12)) + (1 - y) * Math.Log(Math.Max(1 - p, 1e-12)));
                weightSum += w;
                double r = w * (p - y), h = w * p * (1 - p);
                for (int a = 0; a < f; a++)
                {
                    grad[a] += r * xi[a];
                    double ha = h * xi[a];
                    for (int b = 0; b <= a; b++) hess[a, b] += ha * xi[b];
                }
            }
            for (int a = 0; a < f; a++)
            {
                for (int b = 0; b < a; b++) hess[b, a] = hess[a, b];
                if (a > 0) { grad[a] += L2 * beta[a]; hess[a, a] += L2; }
                else hess[a, a] += 1e-9;
            }
            var step = Solve(hess, grad);
            for (int a = 0; a < f; a++) beta[a] -= step[a];
            log?.Invoke($"  {name} newton {iter + 1}: weighted log-loss {loss / weightSum:F5}");
        }
        return beta;
    }

    /// <summary>Solves H·s = g by Gaussian elimination with partial pivoting (H is small and positive definite).</summary>
    private static double[] Solve(double[,] h, double[] g)
    {
        int n = g.Length;
        var a = (double[,])h.Clone();
        var b = (double[])g.Clone();
        for (int col = 0; col < n; col++)
        {
            int pivot = col;
            for (int r = col + 1; r < n; r++) if (Math.Abs(a[r, col]) > Math.Abs(a[pivot, col])) pivot = r;
            if (pivot != col)
            {
                for (int c = 0; c < n; c++) (a[col, c], a[pivot, c]) = (a[pivot, c], a[col, c]);
                (b[col], b[pivot]) = (b[pivot], b[col]);
            }
            double d = a[col, col];
            if (Math.Abs(d) < 1e-15) continue;
            for (int r = col + 1; r < n; r++)
            {
                double m = a[r, col] / d;
                if (m == 0) continue;
                for (int c = col; c < n; c++) a[r, c] -= m * a[col, c];
                b[r] -= m * b[col];
            }
        }
        var s = new double[n];
        for (int r = n - 1; r >= 0; r--)
        {
            double sum = b[r];
            for (int c = r + 1; c < n; c++) sum -= a[r, c] * s[c];
            s[r] = Math.Abs(a[r, r]) < 1e-15 ? 0 : sum / a[r, r];
        }
        return s;
    }

    /// <summary>Training rows stored compactly (features as float).</summary>
    internal sealed class Rows(int features)
    {
        private readonly List<float> _x = new();
        private readonly List<float> _y = new();
        private readonly List<float> _w = new();

        public int Features { get; } = features;
        public int Count => _y.Count;

        public void Add(ReadOnlySpan<double> x, bool label, double weight) => Add(x, label ? 1.0 : 0.0, weight);

        /// <summary>A row with a fractional target in [0, 1] (cross-entropy against a share).</summary>
        public void Add(ReadOnlySpan<double> x, double target, double weight)
        {
            foreach (var v in x) _x.Add((float)v);
            _y.Add((float)target);
            _w.Add((float)weight);
        }

        public void Get(int i, double[] x)
        {
            for (int k = 0; k < Features; k++) x[k] = _x[i * Features + k];
        }

        public double Target(int i) => _y[i];
        public double Weight(int i) => _w[i];
    }
}
