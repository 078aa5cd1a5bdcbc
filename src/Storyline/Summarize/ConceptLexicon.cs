using System.Collections.Frozen;

namespace Storyline.Summarize;

/// <summary>Corpus statistics of one stem: documents containing it, clusters whose input has it, and of those how many human summaries use it.</summary>
public readonly record struct StemCounts(int DocFreq, int Input, int Hit);

/// <summary>
/// Corpus statistics of stems learned from the training corpus (Multi-News): how rare a stem is
/// (inverse document frequency) and how likely a human summary is to use it when the input does
/// (RegSum's "global indicator"). Stems seen in fewer than a handful of training clusters are not kept.
/// </summary>
public sealed class ConceptLexicon
{
    /// <summary>Pseudo-clusters of smoothing towards the base rate: a stem seen in few inputs says little.</summary>
    public const double PriorSmoothing = 20;

    private readonly FrozenDictionary<string, StemCounts> _stems;
    private readonly FrozenDictionary<string, StemCounts>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public ConceptLexicon(int documents, int clusters, double baseRate, IReadOnlyDictionary<string, StemCounts> stems)
    {
        Documents = Math.Max(1, documents);
        Clusters = clusters;
        BaseRate = Math.Clamp(baseRate, 1e-6, 1 - 1e-6);
        _stems = stems.ToFrozenDictionary(StringComparer.Ordinal);
        _lookup = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>An empty lexicon: every stem unknown (for tests and models trained without corpus statistics).</summary>
    public static ConceptLexicon Empty { get; } = new(1, 0, 0.1, new Dictionary<string, StemCounts>());

    public int Documents { get; }
    public int Clusters { get; }
    /// <summary>Share of (cluster, input stem) pairs whose stem the human summary uses.</summary>
    public double BaseRate { get; }
    public int Count => _stems.Count;
    public IEnumerable<KeyValuePair<string, StemCounts>> Stems => _stems.OrderBy(p => p.Key, StringComparer.Ordinal);

    /// <summary>log(documents / (1 + document frequency)); unknown stems count as seen once.</summary>
    public double Idf(string stem)
    {
        int df = _lookup.TryGetValue(stem, out var c) ? c.DocFreq : 0;
        return Math.Log(Documents / (1.0 + df));
    }

    /// <summary>
    /// Smoothed log-ratio of the stem's summary rate to the base rate. <paramref name="ownHit"/> (training only)
    /// removes the current cluster's own contribution, so the feature never sees the label it predicts.
    /// </summary>
    public bool TryPrior(string stem, bool? ownHit, out double prior)
    {
        prior = 0;
        if (!_lookup.TryGetValue(stem, out var c)) return false;
        double input = c.Input, hit = c.Hit;
        if (ownHit is { } own) { input -= 1; hit -= own ? 1 : 0; }
        if (input <= 0) return false;
        prior = Math.Log((hit + PriorSmoothing * BaseRate) / (input + PriorSmoothing) / BaseRate);
        return true;
    }
}
