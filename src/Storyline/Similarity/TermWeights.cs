namespace Storyline.Similarity;

/// <summary>Inverse document frequencies over the sentences of one story, for weighting shared terms.</summary>
public sealed class TermWeights
{
    private readonly Dictionary<string, double> _idf;
    private readonly double _unseen;

    public TermWeights(IEnumerable<IReadOnlySet<string>> documents)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        int n = 0;
        foreach (var doc in documents)
        {
            n++;
            foreach (var t in doc) df[t] = df.GetValueOrDefault(t) + 1;
        }
        // a prior of unseen documents keeps small stories from punishing exactly the terms two claims share
        _idf = df.ToDictionary(kv => kv.Key, kv => Math.Log((n + PriorDocuments) / (kv.Value + 0.5)), StringComparer.Ordinal);
        _unseen = Math.Log((n + PriorDocuments) / 0.5);
    }

    /// <summary>Pseudo-documents added to every count: with two sentences, a shared term would otherwise weigh a quarter of an unshared one.</summary>
    private const double PriorDocuments = 20;

    public double Weight(string term) => _idf.TryGetValue(term, out var w) ? w : _unseen;

    // term → dense id, for vectors: comparing every pair of a story's claims is the ledger's cost, and a merge of two
    // sorted id arrays is several times cheaper than hashing every term of both sets for every pair
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<double> _weightById = [];

    /// <summary>The terms as sorted ids with their weights, for <see cref="Similarity(TermVector, TermVector)"/>.
    /// Not thread-safe (ids are handed out as new terms appear): one instance per story and thread.</summary>
    public TermVector Vector(IReadOnlySet<string> terms)
    {
        var ids = new int[terms.Count];
        int k = 0;
        foreach (var t in terms)
        {
            if (!_ids.TryGetValue(t, out int id))
            {
                _ids[t] = id = _ids.Count;
                _weightById.Add(Weight(t));
            }
            ids[k++] = id;
        }
        Array.Sort(ids);
        var weights = new double[ids.Length];
        double total = 0;
        for (int i = 0; i < ids.Length; i++) total += weights[i] = _weightById[ids[i]];
        return new TermVector(ids, weights, total);
    }

    /// <summary>The weighted Jaccard of <see cref="Similarity(IReadOnlySet{string}, IReadOnlySet{string})"/>, on vectors.</summary>
    public static double Similarity(TermVector a, TermVector b)
    {
        if (a.Ids.Length == 0 || b.Ids.Length == 0) return 0;
        double shared = 0;
        int i = 0, j = 0;
        while (i < a.Ids.Length && j < b.Ids.Length)
        {
            int x = a.Ids[i], y = b.Ids[j];
            if (x == y) { shared += a.Weights[i]; i++; j++; }
            else if (x < y) i++;
            else j++;
        }
        double union = a.Total + b.Total - shared;
        return union <= 0 ? 0 : shared / union;
    }

    /// <summary>Weighted Jaccard: shared weight over union weight (0 when either side is empty).</summary>
    public double Similarity(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        double shared = 0, union = 0;
        foreach (var t in a)
        {
            double w = Weight(t);
            union += w;
            if (b.Contains(t)) shared += w;
        }
        foreach (var t in b)
            if (!a.Contains(t)) union += Weight(t);
        return union == 0 ? 0 : shared / union;
    }
}

/// <summary>A term set as sorted ids of one <see cref="TermWeights"/>, with each term's weight and their sum.</summary>
public sealed record TermVector(int[] Ids, double[] Weights, double Total);
