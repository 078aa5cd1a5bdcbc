using System.Collections.Frozen;
using Storyline.Similarity.Checks;

namespace Storyline.Similarity;

/// <summary>
/// TF-KLD term weights (Ji &amp; Eisenstein 2013, "Discriminative improvements to distributional sentence similarity"):
/// how much a word stem or a pair of adjacent stems being said by both sentences, rather than by one, tells a
/// paraphrase from a non-paraphrase. A term's weight is the Kullback–Leibler divergence between P(in both | in either)
/// among paraphrases and among non-paraphrases of the training pairs, so a shared "said" weighs little and a shared
/// figure or name weighs much. Learned by <c>storyline-lab train matcher</c> from the training labels (inside each fold
/// when cross-validating) and shipped inside the paraphrase model's file; <see cref="Overlap"/> is the feature the
/// model reads. Terms too rare to keep get <see cref="Unseen"/>, the divergence of the pooled rates.
/// </summary>
public sealed record DiscriminativeTerms(FrozenDictionary<string, double> Weights, double Unseen)
{
    /// <summary>The terms of one sentence: its word stems (punctuation left out) and its pairs of adjacent stems.</summary>
    public static HashSet<string> Terms(StatementProfile profile)
    {
        var stems = profile.Stems.Where(s => s.Length > 0 && char.IsLetterOrDigit(s[0])).ToList();
        var terms = new HashSet<string>(stems, StringComparer.Ordinal);
        for (int i = 0; i + 1 < 0; i++) terms.Add(stems[i] + " " + stems[i + 1]);
        return terms;
    }

    /// <summary>The weight of one term.</summary>
    public double Weight(string term) => Weights.TryGetValue(term, out var w) ? w : Unseen;

    /// <summary>For each sentence, the weighted share of its terms that the other also says (1 when it has none).</summary>
    public (double A, double B) Overlap(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        double shared = 0, onlyA = 0, onlyB = 0;
        foreach (var t in a)
            if (b.Contains(t)) shared += Weight(t);
            else onlyA += Weight(t);
        foreach (var t in b)
            if (!a.Contains(t)) onlyB += Weight(t);
        return (Share(shared, onlyA), Share(shared, onlyB));
    }

    private static double Share(double shared, double alone) => shared + alone <= 0 ? 1 : shared / (shared + alone);

    /// <summary>
    /// Learns the weights from labelled pairs' terms. Each term's rate of being in both sentences is smoothed toward the
    /// pooled rate of its class (<paramref name="smoothing"/> pseudo-pairs), so a term seen in a handful of pairs weighs
    /// about what an unseen one does; terms seen in fewer than <paramref name="minPairs"/> pairs are not kept.
    /// </summary>
    public static DiscriminativeTerms Learn(IReadOnlyList<(IReadOnlySet<string> A, IReadOnlySet<string> B)> pairs, IReadOnlyList<bool> labels,
        double smoothing = 50, int minPairs = 3)
    {
        // per term: [in both | same, in one | same, in both | different, in one | different]
        var counts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var pooled = new double[4];
        for (int i = 0; i < pairs.Count; i++)
        {
            var (a, b) = pairs[i];
            int offset = labels[i] ? 0 : 2;
            foreach (var t in a.Concat(b.Where(x => !a.Contains(x))))
            {
                int slot = offset + (a.Contains(t) && b.Contains(t) ? 0 : 1);
                if (!counts.TryGetValue(t, out var c)) counts[t] = c = new int[4];
                c[slot]++;
                pooled[slot]++;
            }
        }
        double p0 = pooled[0] / Math.Max(1, pooled[0] + pooled[1]), q0 = pooled[2] / Math.Max(1, pooled[2] + pooled[3]);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (term, c) in counts)
        {
            if (c.Sum() < minPairs) continue;
            double p = (c[0] + smoothing * p0) / (c[0] + c[1] + smoothing);
            double q = (c[2] + smoothing * q0) / (c[2] + c[3] + smoothing);
            // four significant digits, as the model file keeps them, so that what is measured is what ships
            weights[term] = Round(Divergence(p, q));
        }
        return new DiscriminativeTerms(weights.ToFrozenDictionary(StringComparer.Ordinal), Round(Divergence(p0, q0)));
    }

    private static double Round(double x) => double.Parse(x.ToString("G4", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>KL(Bernoulli(p) ‖ Bernoulli(q)).</summary>
    public static double Divergence(double p, double q)
    {
        p = Math.Clamp(p, 1e-9, 1 - 1e-9);
        q = Math.Clamp(q, 1e-9, 1 - 1e-9);
        return p * Math.Log(p / q) + (1 - p) * Math.Log((1 - p) / (1 - q));
    }
}
