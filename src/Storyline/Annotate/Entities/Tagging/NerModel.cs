using System.Collections.Frozen;

namespace Storyline.Annotate.Entities.Tagging;

/// <summary>
/// A trained linear sequence tagger: feature weights per BILOU tag, tag-transition weights, and the
/// gazetteer and word clusters its features read. Decodes each sentence with Viterbi under BILOU
/// constraints, sentences in document order so later ones see how earlier ones were labelled.
/// </summary>
internal sealed class NerModel
{
    private const int K = NerTags.Count;

    private readonly FrozenDictionary<uint, int> _rows;
    private readonly float[] _weights;      // rows × K
    private readonly float[] _transitions;  // (K + 1) × K, last row = sentence start

    public NerModel(Gazetteer gazetteer, WordClusters clusters, IReadOnlyDictionary<uint, int> rows, float[] weights, float[] transitions)
    {
        if (weights.Length != rows.Count * K) throw new ArgumentException("Weight table does not match the feature count.");
        if (transitions.Length != (K + 1) * K) throw new ArgumentException("Transition table has the wrong size.");
        Gazetteer = gazetteer;
        Clusters = clusters;
        Features = new NerFeatures(gazetteer, clusters);
        _rows = rows.ToFrozenDictionary();
        _weights = weights;
        _transitions = transitions;
    }

    public Gazetteer Gazetteer { get; }
    public WordClusters Clusters { get; }
    public NerFeatures Features { get; }
    public IReadOnlyDictionary<uint, int> Rows => _rows;
    public ReadOnlySpan<float> Weights => _weights;
    public ReadOnlySpan<float> Transitions => _transitions;

    /// <summary>Tags every sentence of one document (tokens per sentence); returns BILOU tag ids.</summary>
    public int[][] Tag(string[][] sentences)
    {
        var prepared = Features.Prepare(sentences);
        var history = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var result = new int[prepared.Length][];
        var buffer = new List<uint>(8);
        for (int s = 0; s < prepared.Length; s++)
        {
            var sentence = prepared[s];
            var scores = Score(sentence, history, buffer, _rows, _weights);
            result[s] = Viterbi(scores, sentence.Tokens.Length, _transitions);
            Remember(history, sentence, result[s]);
        }
        return result;
    }

    /// <summary>Emission scores n × K of one sentence, history features included.</summary>
    internal static float[] Score(PreparedSentence sentence, Dictionary<string, int[]> history, List<uint> buffer,
        IReadOnlyDictionary<uint, int> rows, float[] weights)
    {
        int n = sentence.Tokens.Length;
        var scores = new float[n * K];
        for (int i = 0; i < n; i++)
        {
            var row = scores.AsSpan(i * K, K);
            foreach (var key in sentence.Features[i]) AddRow(row, key, rows, weights);
            buffer.Clear();
            NerFeatures.History(buffer, HistoryOf(history, sentence, i));
            foreach (var key in buffer) AddRow(row, key, rows, weights);
        }
        return scores;
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

    internal static void Remember(Dictionary<string, int[]> history, PreparedSentence sentence, int[] tags)
    {
        for (int i = 0; i < tags.Length; i++)
        {
            if (!TracksHistory(sentence.Tokens[i])) continue;
            if (!history.TryGetValue(sentence.Folded[i], out var counts))
                history[sentence.Folded[i]] = counts = new int[1 + NerTags.TypeCount];
            counts[tags[i] == NerTags.O ? 0 : 1 + NerTags.TypeOf(tags[i])]++;
        }
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
                for (int p = 0; p < K; p++)
                {
                    if (!Allowed[p * K + t]) continue;
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

    private static readonly bool[] Allowed = BuildAllowed();

    private static bool[] BuildAllowed()
    {
        var a = new bool[K * K];
        for (int p = 0; p < K; p++)
            for (int t = 0; t < K; t++)
                a[p * K + t] = NerTags.Allowed(p, t);
        return a;
    }
}
