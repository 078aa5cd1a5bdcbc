namespace Storyline.Lab.Evaluation.Rouge;

/// <summary>
/// ROUGE-N, ROUGE-L (summary-level union LCS) and ROUGE-S/SU as ROUGE-1.5.5 computes them, with
/// multi-reference "model average" pooling (<c>-f A</c>): hits and counts are summed over the
/// references of a topic before dividing.
/// </summary>
public sealed class RougeScorer
{
    private readonly RougeTokenizer _tokenizer;

    public RougeScorer(RougeOptions options, RougeResources resources)
    {
        Options = options;
        Resources = resources;
        _tokenizer = new RougeTokenizer(options, resources);
    }

    public RougeOptions Options { get; }

    public RougeResources Resources { get; }

    public RougeTokenizer Tokenizer => _tokenizer;

    /// <summary>Measure names in report order: ROUGE-1..N, ROUGE-L, then ROUGE-SU4 when enabled.</summary>
    public IReadOnlyList<string> Measures =>
    [
        .. Enumerable.Range(1, Options.MaxN).Select(RougeMeasure.RougeN),
        RougeMeasure.RougeL,
        .. Options.SkipDistance >= 0 ? [RougeMeasure.RougeS(Options.SkipDistance, Options.SkipUnigrams)] : Array.Empty<string>(),
    ];

    /// <summary>
    /// Tokenises a summary and counts its n-grams. Lines are further split into sentences with the
    /// Moses splitter, as the public DUC 2004 pipeline did for peers and models before running
    /// ROUGE-1.5.5 (this only changes ROUGE-L, the one sentence-level measure).
    /// </summary>
    public RougeDocument Prepare(string text)
    {
        text = string.Join('\n', MosesSentenceSplitter.Split(text));
        var sentences = _tokenizer.Tokenize(text);
        var all = sentences.SelectMany(s => s).ToArray();
        var ngrams = new Dictionary<string, int>[Options.MaxN];
        var totals = new int[Options.MaxN];
        for (int n = 1; n <= Options.MaxN; n++)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i + n <= all.Length; i++)
            {
                var gram = n == 1 ? all[i] : string.Join(' ', all, i, n);
                counts[gram] = counts.GetValueOrDefault(gram) + 1;
                totals[n - 1]++;
            }
            ngrams[n - 1] = counts;
        }
        Dictionary<string, int>? skip = null;
        int skipTotal = 0;
        if (Options.SkipDistance >= 0) (skip, skipTotal) = SkipBigrams(all, Options.SkipDistance, Options.SkipUnigrams);
        return new RougeDocument(sentences, ngrams, totals, skip, skipTotal);
    }

    /// <summary>Scores one peer against the references of its topic, pooled (<c>-f A</c>).</summary>
    public IReadOnlyDictionary<string, RougeScore> Score(RougeDocument peer, IReadOnlyList<RougeDocument> models)
    {
        var result = new Dictionary<string, RougeScore>(StringComparer.Ordinal);
        double alpha = Options.Alpha;
        for (int n = 1; n <= Options.MaxN; n++)
        {
            long hits = 0, modelCount = 0, peerCount = 0;
            foreach (var model in models)
            {
                hits += Overlap(model.NGrams[n - 1], peer.NGrams[n - 1]);
                modelCount += model.NGramTotals[n - 1];
                peerCount += peer.NGramTotals[n - 1];
            }
            result[RougeMeasure.RougeN(n)] = RougeScore.FromCounts(hits, modelCount, peerCount, alpha);
        }
        {
            long hits = 0, modelCount = 0, peerCount = 0;
            foreach (var model in models)
            {
                hits += UnionLcsHits(model, peer);
                modelCount += model.TokenCount;
                peerCount += peer.TokenCount;
            }
            result[RougeMeasure.RougeL] = RougeScore.FromCounts(hits, modelCount, peerCount, alpha);
        }
        if (Options.SkipDistance >= 0)
        {
            long hits = 0, modelCount = 0, peerCount = 0;
            foreach (var model in models)
            {
                hits += Overlap(model.SkipGrams!, peer.SkipGrams!);
                modelCount += model.SkipTotal;
                peerCount += peer.SkipTotal;
            }
            result[RougeMeasure.RougeS(Options.SkipDistance, Options.SkipUnigrams)] = RougeScore.FromCounts(hits, modelCount, peerCount, alpha);
        }
        return result;
    }

    /// <summary>Convenience: prepares and scores plain texts.</summary>
    public IReadOnlyDictionary<string, RougeScore> Score(string peer, IEnumerable<string> models) =>
        Score(Prepare(peer), models.Select(Prepare).ToArray());

    /// <summary>Clipped overlap: Σ min(model count, peer count).</summary>
    private static long Overlap(Dictionary<string, int> model, Dictionary<string, int> peer)
    {
        var (small, large) = model.Count <= peer.Count ? (model, peer) : (peer, model);
        long hits = 0;
        foreach (var (gram, count) in small)
            if (large.TryGetValue(gram, out var other)) hits += Math.Min(count, other);
        return hits;
    }

    /// <summary>
    /// Skip-bigrams with at most <paramref name="skip"/> words between the pair; with unigrams,
    /// every token but the last also counts once (ROUGE-1.5.5 adds them inside the pair loop).
    /// </summary>
    internal static (Dictionary<string, int> Counts, int Total) SkipBigrams(string[] tokens, int skip, bool unigrams)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int total = 0;
        for (int i = 0; i < tokens.Length - 1; i++)
        {
            if (unigrams)
            {
                counts[tokens[i]] = counts.GetValueOrDefault(tokens[i]) + 1;
                total++;
            }
            for (int j = i + 1; j < tokens.Length && j <= i + skip + 1; j++)
            {
                var gram = tokens[i] + " " + tokens[j];
                counts[gram] = counts.GetValueOrDefault(gram) + 1;
                total++;
            }
        }
        return (counts, total);
    }

    /// <summary>
    /// Summary-level LCS hits: for each reference sentence, the union of its LCS positions with every
    /// peer sentence, each hit clipped by the unigram counts still unused in both texts.
    /// </summary>
    internal static int UnionLcsHits(RougeDocument model, RougeDocument peer)
    {
        var modelLeft = new Dictionary<string, int>(model.NGrams[0], StringComparer.Ordinal);
        var peerLeft = new Dictionary<string, int>(peer.NGrams[0], StringComparer.Ordinal);
        int hits = 0;
        foreach (var sentence in model.Sentences)
        {
            if (sentence.Length == 0) continue;
            var mask = new bool[sentence.Length];
            foreach (var peerSentence in peer.Sentences)
                MarkLcs(sentence, peerSentence, mask);
            for (int k = 0; k < sentence.Length; k++)
            {
                if (!mask[k]) continue;
                var token = sentence[k];
                if (modelLeft.TryGetValue(token, out var m) && m > 0 && peerLeft.TryGetValue(token, out var p) && p > 0)
                {
                    hits++;
                    modelLeft[token] = m - 1;
                    peerLeft[token] = p - 1;
                }
            }
        }
        return hits;
    }

    /// <summary>Marks the model positions of one LCS, with ROUGE-1.5.5's tie-breaking (prefer "up" on ties).</summary>
    internal static void MarkLcs(string[] model, string[] peer, bool[] mask)
    {
        int m = model.Length, n = peer.Length;
        if (m == 0 || n == 0) return;
        var c = new int[(m + 1) * (n + 1)];
        var b = new byte[(m + 1) * (n + 1)]; // 1 diagonal, 2 up, 3 left
        int w = n + 1;
        for (int i = 1; i <= m; i++)
        {
            for (int j = 1; j <= n; j++)
            {
                if (string.Equals(model[i - 1], peer[j - 1], StringComparison.Ordinal))
                {
                    c[i * w + j] = c[(i - 1) * w + j - 1] + 1;
                    b[i * w + j] = 1;
                }
                else if (c[(i - 1) * w + j] >= c[i * w + j - 1])
                {
                    c[i * w + j] = c[(i - 1) * w + j];
                    b[i * w + j] = 2;
                }
                else
                {
                    c[i * w + j] = c[i * w + j - 1];
                    b[i * w + j] = 3;
                }
            }
        }
        int x = m, y = n;
        while (x != 0 && y != 0)
        {
            switch (b[x * w + y])
            {
                case 1: x--; y--; mask[x] = true; break;
                case 2: x--; break;
                default: y--; break;
            }
        }
    }
}
