using System.Collections.Immutable;

namespace Storyline.Annotate.Entities.Tagging;

/// <summary>
/// A trained linear sequence tagger: feature weights per BILOU tag, tag-transition weights, and the
/// gazetteer and word clusters its features read. Decodes each sentence with Viterbi under BILOU
/// constraints, sentences in document order so later ones see how earlier ones were labelled.
/// </summary>
internal sealed class NerModel
{
    private const int K = NerTags.Count;

    private readonly IReadOnlyDictionary<uint, int> _rows;
    private readonly float[] _weights;      // rows × K
    private readonly float[] _transitions;  // (K + 1) × K, last row = sentence start

    public NerModel(Gazetteer gazetteer, WordClusters clusters, IReadOnlyDictionary<uint, int> rows, float[] weights, float[] transitions,
        bool twoStage = false, Func<int, bool>? clusterLevels = null, Gazetteer? lists = null)
    {
        if (weights.Length != rows.Count * K) throw new ArgumentException("Weight table does not match the feature count.");
        if (transitions.Length != (K + 1) * K) throw new ArgumentException("Transition table has the wrong size.");
        Gazetteer = gazetteer;
        Clusters = clusters;
        Lists = lists ?? Gazetteer.Empty;
        Features = new NerFeatures(gazetteer, clusters, clusterLevels, Lists);
        TwoStage = twoStage;
        // tagging reads the feature table; the trainer and the serializer read a plain copy of the row map (a frozen one
        // of half a million rows cost more to build than a digest of a few articles spends tagging)
        _rows = rows.ToDictionary();
        _weights = weights;
        _transitions = transitions;
        _table = new FeatureTable(_rows, _weights);
    }

    private readonly FeatureTable _table;

    public Gazetteer Gazetteer { get; }
    public WordClusters Clusters { get; }
    /// <summary>External name lists the features read (masks of <c>NameKinds</c> bits), stored in the model file so a model
    /// always tags with the lists it was trained with; empty for models trained without them.</summary>
    public Gazetteer Lists { get; }
    public NerFeatures Features { get; }
    /// <summary>Tags each document twice, the second pass reading the first pass's labels for the same words (see <see cref="NerFeatures.DocumentLabels"/>).</summary>
    public bool TwoStage { get; }
    public IReadOnlyDictionary<uint, int> Rows => _rows;
    public ReadOnlySpan<float> Weights => _weights;
    public ReadOnlySpan<float> Transitions => _transitions;

    /// <summary>Tags every sentence of one document (tokens per sentence); returns BILOU tag ids.</summary>
    public int[][] Tag(string[][] sentences)
    {
        var prepared = Features.Prepare(sentences);
        // The static features' scores are the same in both passes: sum them once.
        var statics = Array.ConvertAll(prepared, StaticScores);
        var buffer = new List<uint>(16);
        if (!TwoStage) return Decode(prepared, statics, null, buffer);
        var first = Decode(prepared, statics, DocumentPass.First, buffer);
        return Decode(prepared, statics, DocumentPass.Second(prepared, first), buffer);
    }

    private int[][] Decode(PreparedSentence[] prepared, float[][] statics, DocumentPass? pass, List<uint> buffer)
    {
        var history = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var result = new int[prepared.Length][];
        for (int s = 0; s < prepared.Length; s++)
        {
            var sentence = prepared[s];
            // static scores first, then the history features, in the order Score adds them (same sums to the bit)
            var scores = (float[])statics[s].Clone();
            for (int i = 0; i < sentence.Tokens.Length; i++)
            {
                var row = scores.AsSpan(i * K, K);
                DynamicFeatures(buffer, sentence, i, history, pass, s);
                foreach (var key in buffer) _table.AddTo(row, key);
            }
            result[s] = Viterbi(scores, sentence.Tokens.Length, _transitions);
            Remember(history, sentence, result[s]);
        }
        return result;
    }

    /// <summary>Emission scores n × K of one sentence from its static features only.</summary>
    private float[] StaticScores(PreparedSentence sentence)
    {
        var scores = new float[sentence.Tokens.Length * K];
        for (int i = 0; i < sentence.Tokens.Length; i++)
        {
            var row = scores.AsSpan(i * K, K);
            foreach (var key in sentence.Features[i]) _table.AddTo(row, key);
        }
        return scores;
    }

    /// <summary>Emission scores n × K of one sentence, history (and document-pass) features included.</summary>
    internal static float[] Score(PreparedSentence sentence, Dictionary<string, int[]> history, DocumentPass? pass, int s,
        List<uint> buffer, IReadOnlyDictionary<uint, int> rows, float[] weights)
    {
        int n = sentence.Tokens.Length;
        var scores = new float[n * K];
        for (int i = 0; i < n; i++)
        {
            var row = scores.AsSpan(i * K, K);
            foreach (var key in sentence.Features[i]) AddRow(row, key, rows, weights);
            DynamicFeatures(buffer, sentence, i, history, pass, s);
            foreach (var key in buffer) AddRow(row, key, rows, weights);
        }
        return scores;
    }

    /// <summary>Fills <paramref name="buffer"/> with the token's features that depend on earlier predictions.</summary>
    internal static void DynamicFeatures(List<uint> buffer, PreparedSentence sentence, int i, Dictionary<string, int[]> history,
        DocumentPass? pass, int s)
    {
        buffer.Clear();
        NerFeatures.History(buffer, HistoryOf(history, sentence, i));
        if (pass is null) return;
        if (pass.Counts is null) { NerFeatures.DocumentLabels(buffer, null); return; }
        if (!TracksHistory(sentence.Tokens[i])) return;
        var others = pass.Scratch;
        if (pass.Counts.TryGetValue(sentence.Folded[i], out var all)) all.CopyTo(others, 0);
        else Array.Clear(others);
        others[LabelIndex(pass.FirstTags![s][i])]--;
        NerFeatures.DocumentLabels(buffer, others);
    }

    private static void AddRow(Span<float> row, uint key, IReadOnlyDictionary<uint, int> rows, float[] weights)
    {
        if (!rows.TryGetValue(key, out int r)) return;
        var w = weights.AsSpan(r * K, K);
        for (int t = 0; t < K; t++) row[t] += w[t];
    }

    internal static int[]? HistoryOf(Dictionary<string, int[]> history, PreparedSentence sentence, int i) =>
        TracksHistory(sentence.Tokens[i]) ? history.GetValueOrDefault(sentence.Folded[i]) : null;

    /// <summary>Only capitalised words carry a useful label history; "the" or "said" would only add noise.</summary>
    private static bool TracksHistory(string token) => token.Length > 1 && char.IsUpper(token[0]);

    private static int LabelIndex(int tag) => tag == NerTags.O ? 0 : 1 + NerTags.TypeOf(tag);

    internal static void Remember(Dictionary<string, int[]> history, PreparedSentence sentence, int[] tags)
    {
        for (int i = 0; i < tags.Length; i++)
        {
            if (!TracksHistory(sentence.Tokens[i])) continue;
            if (!history.TryGetValue(sentence.Folded[i], out var counts))
                history[sentence.Folded[i]] = counts = new int[1 + NerTags.TypeCount];
            counts[LabelIndex(tags[i])]++;
        }
    }

    /// <summary>Which pass of a two-stage tagging is running: the first (no counts) or the second (counts of the first pass's labels per word).</summary>
    internal sealed class DocumentPass
    {
        private DocumentPass(Dictionary<string, int[]>? counts, int[][]? firstTags) { Counts = counts; FirstTags = firstTags; }

        public static DocumentPass First { get; } = new(null, null);

        public static DocumentPass Second(PreparedSentence[] sentences, int[][] firstTags)
        {
            var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
            for (int s = 0; s < sentences.Length; s++) Remember(counts, sentences[s], firstTags[s]);
            return new DocumentPass(counts, firstTags);
        }

        public Dictionary<string, int[]>? Counts { get; }
        public int[][]? FirstTags { get; }
        /// <summary>Reused per token; tagging is single-threaded per document.</summary>
        public int[] Scratch { get; } = new int[1 + NerTags.TypeCount];
    }

    /// <summary>Best tag sequence under the BILOU constraints.</summary>
    internal static int[] Viterbi(float[] scores, int n, float[] transitions)
    {
        var tags = new int[n];
        if (n == 0) return tags;
        var delta = new float[n * K];
        var back = new int[n * K];
        for (int t = 0; t < K; t++)
            delta[t] = NerTags.AllowedStart(t) ? scores[t] + transitions[K * K + t] : float.NegativeInfinity;
        for (int i = 1; i < n; i++)
        {
            for (int t = 0; t < K; t++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                // only the tags BILOU allows before t, in ascending order: the same maximum and the same tie-break as
                // a loop over every tag that skips the others
                foreach (int p in Predecessors[t])
                {
                    float v = delta[(i - 1) * K + p] + transitions[p * K + t];
                    if (v > best) { best = v; arg = p; }
                }
                delta[i * K + t] = best + scores[i * K + t];
                back[i * K + t] = arg;
            }
        }
        float bestEnd = float.NegativeInfinity;
        int last = 0;
        for (int t = 0; t < K; t++)
            if (NerTags.AllowedEnd(t) && delta[(n - 1) * K + t] > bestEnd) { bestEnd = delta[(n - 1) * K + t]; last = t; }
        tags[n - 1] = last;
        for (int i = n - 1; i > 0; i--) tags[i - 1] = back[i * K + tags[i]];
        return tags;
    }

    /// <summary>Per tag, the tags allowed before it, ascending.</summary>
    private static readonly ImmutableArray<ImmutableArray<int>> Predecessors = BuildPredecessors();

    private static ImmutableArray<ImmutableArray<int>> BuildPredecessors() =>
        [.. Enumerable.Range(0, K).Select(t => Enumerable.Range(0, K).Where(p => NerTags.Allowed(p, t)).ToImmutableArray())];
}
