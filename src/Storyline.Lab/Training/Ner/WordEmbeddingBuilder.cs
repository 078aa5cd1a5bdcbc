using Storyline.Lab.Training.Ner;
using Storyline.Annotate.Entities.Tagging;

namespace Storyline.Lab.Training.Ner;

/// <summary>Where the dense vectors that get binarized come from.</summary>
public enum EmbeddingSource
{
    /// <summary>Truncated SVD of the words' PPMI context matrix (<see cref="TruncatedSvd"/>), U·Σ^p.</summary>
    Svd,
    /// <summary>The leading dimensions of the clusters' own seeded ±1 random projection of the same matrix (a baseline: no SVD).</summary>
    Projection,
}

/// <summary>Settings of the binarized word-embedding features of the entity tagger. Off in the shipped model (<see cref="Dimensions"/> = 0):
/// see docs/ner.md, round 4.</summary>
public sealed record WordEmbeddingOptions
{
    /// <summary>Most dimensions (feature codes 2·j + sign are 16-bit).</summary>
    public const int MaxDimensions = 1024;

    /// <summary>Embedding dimensions; 0 builds none (the tagger then has no embedding features).</summary>
    public int Dimensions { get; init; }
    /// <summary>Where the dense vectors come from.</summary>
    public EmbeddingSource Source { get; init; } = EmbeddingSource.Svd;
    /// <summary>Exponent of the singular values in U·Σ^p (Levy, Goldberg &amp; Dagan 2015 found p ≤ 0.5 better than 1 for word similarity).</summary>
    public double SingularValuePower { get; init; } = 0.5;
    /// <summary>Power iterations of the randomized SVD.</summary>
    public int PowerIterations { get; init; } = 2;
    /// <summary>Extra directions sampled by the randomized SVD.</summary>
    public int Oversample { get; init; } = 10;
    /// <summary>Scale each word's vector to unit length before binarizing (otherwise frequent words, with larger rows, fire more dims).</summary>
    public bool NormalizeRows { get; init; }
    /// <summary>Also emit the previous and next words' active dimensions.</summary>
    public bool Neighbours { get; init; }
    /// <summary>The most frequent words of the unlabelled text get no embedding (their own word features say more); the
    /// embeddings are then for the rarer words, where names the labelled data never saw are.</summary>
    public int SkipMostFrequent { get; init; }
    /// <summary>Most active codes per word (0: all), the strongest kept: sparser features.</summary>
    public int MaxActive { get; init; }
    /// <summary>Read embeddings only for capitalised tokens.</summary>
    public bool CapitalisedOnly { get; init; }
    /// <summary>Seed of the SVD's random test matrix.</summary>
    public int Seed { get; init; } = 11;
}

/// <summary>
/// Builds <see cref="WordEmbeddings"/> from the same unlabelled text and the same PPMI context description as the word
/// clusters (<see cref="WordClusterBuilder"/>), for the same vocabulary. Deterministic (seeded, single-threaded).
/// </summary>
internal static class WordEmbeddingBuilder
{
    public static WordEmbeddings Build(UnlabelledCorpus unlabelled, WordClusterOptions clusterOptions, WordEmbeddingOptions options,
        Action<string>? log = null)
    {
        if (options.Dimensions <= 0 || unlabelled.Words.Count == 0) return WordEmbeddings.Empty;
        var (byFreq, vocabSize, contextSize, vocabIndex, contextIndex) = unlabelled.Vocabulary(clusterOptions);
        if (vocabSize == 0) return WordEmbeddings.Empty;
        var ppmi = PpmiMatrix.Build(unlabelled.Sequences, vocabIndex, contextIndex, vocabSize, contextSize, [(-1, 0), (1, 1)]);
        log?.Invoke($"word embeddings: PPMI {ppmi.Rows:N0} × {ppmi.Columns:N0}, {ppmi.Values.Length:N0} non-zero");
        var dense = Dense(ppmi, clusterOptions, options);
        int dims = Math.Min(options.Dimensions, dense.Length / vocabSize);
        if (options.NormalizeRows)
            for (int v = 0; v < vocabSize; v++)
            {
                var row = dense.AsSpan(v * dims, dims);
                double norm = 0;
                foreach (var x in row) norm += x * x;
                if (norm == 0) continue;
                double inv = 1 / Math.Sqrt(norm);
                for (int j = 0; j < dims; j++) row[j] *= inv;
            }
        var codes = WordEmbeddings.Binarize(dense, vocabSize, dims, options.MaxActive);
        var active = new Dictionary<string, ushort[]>(vocabSize, StringComparer.Ordinal);
        long fired = 0;
        for (int v = Math.Min(options.SkipMostFrequent, vocabSize); v < vocabSize; v++)
        {
            active[unlabelled.Words[byFreq[v]]] = codes[v];
            fired += codes[v].Length;
        }
        log?.Invoke($"word embeddings: {active.Count:N0} words × {dims} dims, {(double)fired / Math.Max(1, active.Count):F1} active per word");
        return new WordEmbeddings(dims, active) { Neighbours = options.Neighbours, CapitalisedOnly = options.CapitalisedOnly };
    }

    /// <summary>Dense vectors, rows × dims row-major.</summary>
    private static double[] Dense(PpmiMatrix ppmi, WordClusterOptions clusterOptions, WordEmbeddingOptions options)
    {
        if (options.Source == EmbeddingSource.Projection)
        {
            int all = clusterOptions.Dimensions, dims = Math.Min(options.Dimensions, all);
            var projected = WordClusterBuilder.Project(ppmi, all, clusterOptions.Seed);
            var result = new double[ppmi.Rows * dims];
            for (int v = 0; v < ppmi.Rows; v++)
                for (int j = 0; j < dims; j++) result[v * dims + j] = projected[v * all + j];
            return result;
        }
        var svd = TruncatedSvd.Compute(ppmi, options.Dimensions, options.Oversample, options.PowerIterations, options.Seed);
        var u = svd.U;
        int k = svd.Rank;
        var scale = Array.ConvertAll(svd.Sigma, s => Math.Pow(s, options.SingularValuePower));
        for (int v = 0; v < ppmi.Rows; v++)
            for (int j = 0; j < k; j++) u[(long)v * k + j] *= scale[j];
        return u;
    }
}
