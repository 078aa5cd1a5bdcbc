using System.Globalization;

namespace Storyline.Lab.Evaluation.Clustering;

/// <summary>
/// Batch agglomerative clustering with the cut chosen by looking at the gold labels: an upper bound for what any
/// threshold on a given similarity can reach, used to tell a weak representation from a weak online algorithm.
/// Not a competitor: it sees every article at once and reads the gold.
/// </summary>
/// <remarks>
/// The dendrogram is built by the nearest-neighbour chain algorithm (Murtagh 1983) over a full similarity matrix with
/// Lance–Williams updates: O(n²) time and memory (float), exact for single, average, complete link and Ward because they are
/// reducible (a merged cluster is never more similar to a third cluster than the closer of its parts). The merges are
/// then ordered by similarity, most similar first, and the BCubed F1 of the partition after every merge is updated
/// incrementally from the contingency counts (merging the smaller cluster's counts into the larger), O(n log n) in all.
/// Deterministic: ties go to the previous chain element (which the algorithm needs), then to the lower index; equal
/// similarities keep the order the chain found them in.
/// </remarks>
public static class OracleAgglomerative
{
    /// <summary>The dendrogram of <paramref name="n"/> items from a row-major n × n symmetric similarity matrix (not modified),
    /// merges in the order of a threshold descending from +∞ (most similar first).</summary>
    public static IReadOnlyList<DendrogramMerge> Dendrogram(ReadOnlySpan<float> similarity, int n, Linkage linkage)
    {
        if (n < 0 || similarity.Length != (long)n * n) throw new ArgumentException($"A similarity matrix of {n} items has {(long)n * n} entries, not {similarity.Length}.");
        foreach (var v in similarity)
            if (float.IsNaN(v)) throw new ArgumentException("The similarity matrix contains NaN.");
        return DendrogramInPlace(similarity.ToArray(), n, linkage);
    }

    /// <summary>The dendrogram of the articles' TF-IDF cosines (<see cref="TfIdfVectors.CosineMatrix"/>, n² floats of memory).</summary>
    public static IReadOnlyList<DendrogramMerge> Dendrogram(TfIdfVectors vectors, Linkage linkage) =>
        DendrogramInPlace(vectors.CosineMatrix(), vectors.Count, linkage);

    /// <summary>As <see cref="Dendrogram(ReadOnlySpan{float}, int, Linkage)"/>, overwriting <paramref name="s"/> (saves a copy of n² floats).</summary>
    internal static DendrogramMerge[] DendrogramInPlace(float[] s, int n, Linkage linkage)
    {
        var size = new int[n];
        var active = new int[n];     // active cluster representatives, in no particular order
        var position = new int[n];   // index of a representative in `active`, -1 once merged away
        for (int i = 0; i < n; i++) { size[i] = 1; active[i] = i; position[i] = i; }
        int activeCount = n, lowest = 0;
        var chain = new int[n];
        int top = 0;
        var found = new List<DendrogramMerge>(Math.Max(n - 1, 0));
        while (activeCount > 1)
        {
            if (top == 0)
            {
                while (position[lowest] < 0) lowest++;
                chain[top++] = lowest;
            }
            int x = chain[top - 1];
            int previous = top >= 2 ? chain[top - 2] : -1;
            int best = previous;
            float bestSimilarity = previous >= 0 ? s[x * n + previous] : float.NegativeInfinity;
            int rowStart = x * n;
            for (int a = 0; a < activeCount; a++)
            {
                int k = active[a];
                if (k == x) continue;
                float v = s[rowStart + k];
                if (v > bestSimilarity || (v == bestSimilarity && best != previous && k < best)) { bestSimilarity = v; best = k; }
            }
            if (best != previous)
            {
                chain[top++] = best;
                continue;
            }
            // x and previous are each other's nearest: merge them
            top -= 2;
            int keep = Math.Min(x, previous), gone = Math.Max(x, previous);
            float at = s[keep * n + gone];
            double wKeep = size[keep], wGone = size[gone];
            for (int a = 0; a < activeCount; a++)
            {
                int k = active[a];
                if (k == keep || k == gone) continue;
                float sk = s[keep * n + k], sg = s[gone * n + k];
                float v = linkage switch
                {
                    Linkage.Single => Math.Max(sk, sg),
                    Linkage.Complete => Math.Min(sk, sg),
                    // Lance–Williams for Ward on d = 2(1 − s); the coefficients sum to 1, so it applies to s unchanged
                    Linkage.Ward => (float)(((wKeep + size[k]) * (double)sk + (wGone + size[k]) * (double)sg - size[k] * (double)at) / (wKeep + wGone + size[k])),
                    _ => (float)((wKeep * sk + wGone * sg) / (wKeep + wGone)),
                };
                v = Math.Min(v, at); // exact arithmetic guarantees this (reducibility); rounding must not invert the order
                s[keep * n + k] = v;
                s[k * n + keep] = v;
            }
            int slot = position[gone];
            active[slot] = active[--activeCount];
            position[active[slot]] = slot;
            position[gone] = -1;
            size[keep] += size[gone];
            found.Add(new DendrogramMerge(keep, gone, at, size[keep]));
        }
        // stable: equal similarities keep the chain's order, in which a merge always follows the merges that built its parts
        return found.Select((m, i) => (m, i)).OrderByDescending(p => p.m.Similarity).ThenBy(p => p.i).Select(p => p.m).ToArray();
    }

    /// <summary>
    /// Scores the partition after every prefix of <paramref name="merges"/> (0 to all) against <paramref name="gold"/> and returns
    /// the one with the highest BCubed F1 (the fewest merges on a tie).
    /// </summary>
    public static OracleCut BestCut(IReadOnlyList<DendrogramMerge> merges, IReadOnlyList<string> gold)
    {
        int n = gold.Count;
        if (merges.Count > Math.Max(n - 1, 0)) throw new ArgumentException($"{merges.Count} merges for {n} items.");
        var goldIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var goldOf = new int[n];
        var goldSizes = new List<int>();
        for (int i = 0; i < n; i++)
        {
            if (!goldIds.TryGetValue(gold[i], out int g)) { g = goldSizes.Count; goldIds[gold[i]] = g; goldSizes.Add(0); }
            goldOf[i] = g;
            goldSizes[g]++;
        }

        // per cluster (by representative): its count in each gold story, Σ count², Σ count²/|gold story|
        var counts = new Dictionary<int, int>?[n];
        var size = new int[n];
        var squares = new double[n];
        var recall = new double[n];
        double sumPrecision = 0, sumRecall = 0; // Σ_C squares/|C|, Σ_C recall
        for (int i = 0; i < n; i++)
        {
            size[i] = 1;
            squares[i] = 1;
            recall[i] = 1.0 / goldSizes[goldOf[i]];
            sumPrecision += 1;
            sumRecall += recall[i];
        }
        var curve = new double[merges.Count + 1];
        curve[0] = F1(sumPrecision / Math.Max(n, 1), sumRecall / Math.Max(n, 1));
        int bestLevel = 0;
        for (int m = 0; m < merges.Count; m++)
        {
            var (a, b) = (merges[m].Left, merges[m].Right);
            if ((uint)a >= (uint)n || (uint)b >= (uint)n || a == b) throw new ArgumentException($"Merge {m} joins {a} and {b}, not two of the {n} items.");
            if (size[a] == 0 || size[b] == 0) throw new ArgumentException($"Merge {m} joins {a} and {b}, and one of them was merged away earlier.");
            counts[a] ??= new Dictionary<int, int> { [goldOf[a]] = 1 };
            counts[b] ??= new Dictionary<int, int> { [goldOf[b]] = 1 };
            // merge the smaller table into the larger; the survivor's table moves to representative a
            var (large, small) = counts[a]!.Count >= counts[b]!.Count ? (counts[a]!, counts[b]!) : (counts[b]!, counts[a]!);
            double crossSquares = 0, crossRecall = 0;
            foreach (var (g, c) in small)
            {
                int other = large.GetValueOrDefault(g);
                crossSquares += 2.0 * c * other;
                crossRecall += 2.0 * c * other / goldSizes[g];
                large[g] = other + c;
            }
            sumPrecision -= squares[a] / size[a] + squares[b] / size[b];
            sumRecall -= recall[a] + recall[b];
            squares[a] += squares[b] + crossSquares;
            recall[a] += recall[b] + crossRecall;
            size[a] += size[b];
            sumPrecision += squares[a] / size[a];
            sumRecall += recall[a];
            counts[a] = large;
            counts[b] = null;
            size[b] = 0;
            curve[m + 1] = F1(sumPrecision / n, sumRecall / n);
            if (curve[m + 1] > curve[bestLevel]) bestLevel = m + 1;
        }
        var labels = CutLabels(merges, n, bestLevel);
        return new OracleCut(ClusteringMetrics.Score(labels, gold), bestLevel, bestLevel > 0 ? merges[bestLevel - 1].Similarity : float.NaN, labels, curve);
    }

    /// <summary>Cluster labels of <paramref name="n"/> items after the first <paramref name="applied"/> merges (label = the cluster's lowest item index).</summary>
    public static string[] CutLabels(IReadOnlyList<DendrogramMerge> merges, int n, int applied)
    {
        if (applied < 0 || applied > merges.Count) throw new ArgumentOutOfRangeException(nameof(applied));
        var parent = Enumerable.Range(0, n).ToArray();
        int Find(int x)
        {
            while (parent[x] != x) x = parent[x] = parent[parent[x]];
            return x;
        }
        for (int m = 0; m < applied; m++)
        {
            int a = Find(merges[m].Left), b = Find(merges[m].Right);
            if (a < b) parent[b] = a; else parent[a] = b;
        }
        return Enumerable.Range(0, n).Select(i => Find(i).ToString(CultureInfo.InvariantCulture)).ToArray();
    }

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
