using Storyline.Lab.Training.Ner;
using System.Numerics;
using Storyline.Text;

using Storyline.Annotate.Entities.Tagging;

namespace Storyline.Lab.Training.Ner;

/// <summary>Settings of <see cref="WordClusterBuilder"/>.</summary>
internal sealed record WordClusterOptions
{
    /// <summary>Words clustered: the most frequent ones seen at least <see cref="MinCount"/> times.
    /// 40,000 words × 200 dimensions gave eng.testa F1 93.3 where 30,000 × 96 gave 92.6 (docs/ner.md).</summary>
    public int MaxWords { get; init; } = 40000;
    public int MinCount { get; init; } = 4;
    /// <summary>Context words (left and right neighbours) that describe a word.</summary>
    public int ContextWords { get; init; } = 1000;
    /// <summary>Dimensions the context vectors are randomly projected to before clustering.</summary>
    public int Dimensions { get; init; } = 200;
    /// <summary>Cluster counts, coarse to fine: each becomes one feature, like Brown-cluster path prefixes.</summary>
    public int[] Granularities { get; init; } = [64, 256, 1024];
    /// <summary>K-means clusterings of the same vectors from differently seeded starts (each a group of <see cref="Granularities"/>
    /// levels). Each perceptron run reads one group, so the averaged model is an ensemble over clusterings. Three groups,
    /// three runs mixed: eng.testa 93.85 against 93.72 with one clustering read by all three runs (docs/ner.md).</summary>
    public int Groups { get; init; } = 3;
    public int Iterations { get; init; } = 12;
    public int Seed { get; init; } = 7;
    /// <summary>A text feeds the capitalisation profile only if at least this share of its mid-sentence words are capitalised
    /// (DUC 12%, PolNeAR 16%, Multi-News 0%: its preprocessing lower-cased names).</summary>
    public double MinCapitalShare { get; init; } = 0.05;
}

/// <summary>
/// Word classes from unlabelled text: each frequent word is described by PPMI-weighted counts of its left and right
/// neighbours, randomly projected to a few dimensions, and grouped by spherical k-means at several granularities.
/// Deterministic (seeded, single-threaded). Exchange-algorithm (class bigram) clusters and k-means over truncated-SVD
/// vectors were tried and removed (docs/ner.md, "Tried and removed").
/// </summary>
internal static class WordClusterBuilder
{
    public static WordClusters Build(IEnumerable<string> texts, WordClusterOptions options, Action<string>? log = null) =>
        Build(UnlabelledCorpus.Read(texts, options.MinCapitalShare), options, log);

    public static WordClusters Build(UnlabelledCorpus unlabelled, WordClusterOptions options, Action<string>? log = null)
    {
        var (words, corpus, capitalised, midSentence) = (unlabelled.Words, unlabelled.Sequences, unlabelled.Capitalised, unlabelled.MidSentence);
        if (words.Count == 0) return WordClusters.Empty;
        log?.Invoke($"word clusters: {corpus.Sum(c => c.Length):N0} tokens, {words.Count:N0} distinct words");
        var (byFreq, vocabSize, contextSize, vocabIndex, contextIndex) = unlabelled.Vocabulary(options);
        if (vocabSize < options.Granularities.Max()) return WordClusters.Empty;

        var assignments = new List<int[]>();
        var levels = new List<int>();
        int dims = options.Dimensions;
        var vectors = options.Groups == 0 ? []
            : Vectors(corpus, vocabIndex, contextIndex, vocabSize, contextSize, [(-1, 0), (1, 1)], options.Dimensions, options.Seed);
        for (int group = 0; group < options.Groups; group++)
            foreach (int k in options.Granularities)
            {
                assignments.Add(KMeans(vectors, vocabSize, dims, k, options.Iterations, new Random(options.Seed + k + 1000 * group)));
                levels.Add(k);
                log?.Invoke($"word clusters: group {group + 1}, k={k} done");
            }
        var result = new Dictionary<string, ushort[]>(vocabSize, StringComparer.Ordinal);
        for (int v = 0; v < vocabSize; v++)
        {
            var a = new ushort[assignments.Count + 1];
            for (int g = 0; g < assignments.Count; g++) a[g] = (ushort)assignments[g][v];
            a[^1] = CaseBucket(capitalised[byFreq[v]], midSentence[byFreq[v]]);
            result[words[byFreq[v]]] = a;
        }
        return new WordClusters([.. levels, WordClusters.CaseProfileLevel], result);
    }

    /// <summary>
    /// Unit vectors per vocabulary word: PPMI of its context words at the given (offset, block) positions — one
    /// block per side for syntactic clusters, one pooled block for topical ones — randomly projected (seeded ±1).
    /// </summary>
    private static float[] Vectors(List<int[]> corpus, int[] vocabIndex, int[] contextIndex, int vocabSize, int contextSize,
        IReadOnlyList<(int Offset, int Block)> positions, int dims, int seed) =>
        Project(PpmiMatrix.Build(corpus, vocabIndex, contextIndex, vocabSize, contextSize, positions), dims, seed);

    /// <summary>Each row of <paramref name="ppmi"/> randomly projected (seeded ±1) to <paramref name="dims"/> dimensions and normalised.</summary>
    private static float[] Project(PpmiMatrix ppmi, int dims, int seed)
    {
        var random = new Random(seed);
        var projection = new float[ppmi.Columns * dims];
        for (int i = 0; i < projection.Length; i++) projection[i] = random.Next(2) == 0 ? -1f : 1f;
        var vectors = new float[ppmi.Rows * dims];
        for (int v = 0; v < ppmi.Rows; v++)
        {
            var vec = vectors.AsSpan(v * dims, dims);
            for (int e = ppmi.RowStart[v]; e < ppmi.RowStart[v + 1]; e++)
            {
                float pmi = ppmi.Values[e];
                var p = projection.AsSpan(ppmi.ColumnIndex[e] * dims, dims);
                for (int d = 0; d < dims; d++) vec[d] += pmi * p[d];
            }
            Normalize(vec);
        }
        return vectors;
    }

    /// <summary>How often a word is capitalised mid-sentence in cased news: 0 unknown (seen &lt; 3 times), 1 almost never … 4 almost always.</summary>
    private static ushort CaseBucket(int capitalised, int mid)
    {
        if (mid < 3) return 0;
        double r = (double)capitalised / mid;
        return (ushort)(r < 0.1 ? 1 : r < 0.5 ? 2 : r < 0.9 ? 3 : 4);
    }

    private static void Normalize(Span<float> v)
    {
        float norm = 0;
        foreach (var x in v) norm += x * x;
        if (norm == 0) return;
        float inv = 1f / MathF.Sqrt(norm);
        for (int i = 0; i < v.Length; i++) v[i] *= inv;
    }

    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var acc = Vector<float>.Zero;
        int i = 0, width = Vector<float>.Count;
        for (; i <= a.Length - width; i += width) acc += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        float sum = Vector.Sum(acc);
        for (; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    /// <summary>Spherical k-means; centroids start at k distinct words drawn with the seeded generator.</summary>
    private static int[] KMeans(float[] vectors, int n, int dims, int k, int iterations, Random random)
    {
        var centroids = new float[k * dims];
        var picks = Enumerable.Range(0, n).ToArray();
        random.Shuffle(picks);
        for (int c = 0; c < k; c++) vectors.AsSpan(picks[c] * dims, dims).CopyTo(centroids.AsSpan(c * dims, dims));
        var assign = new int[n];
        for (int it = 0; it < iterations; it++)
        {
            for (int v = 0; v < n; v++)
            {
                var vec = vectors.AsSpan(v * dims, dims);
                float best = float.NegativeInfinity;
                int arg = 0;
                for (int c = 0; c < k; c++)
                {
                    float s = Dot(vec, centroids.AsSpan(c * dims, dims));
                    if (s > best) { best = s; arg = c; }
                }
                assign[v] = arg;
            }
            var sums = new float[k * dims];
            var sizes = new int[k];
            for (int v = 0; v < n; v++)
            {
                sizes[assign[v]]++;
                var dst = sums.AsSpan(assign[v] * dims, dims);
                var src = vectors.AsSpan(v * dims, dims);
                for (int d = 0; d < dims; d++) dst[d] += src[d];
            }
            for (int c = 0; c < k; c++)
            {
                // An emptied cluster keeps its old centroid rather than collapsing to zero.
                if (sizes[c] == 0) continue;
                var s = sums.AsSpan(c * dims, dims);
                Normalize(s);
                s.CopyTo(centroids.AsSpan(c * dims, dims));
            }
        }
        return assign;
    }
}
