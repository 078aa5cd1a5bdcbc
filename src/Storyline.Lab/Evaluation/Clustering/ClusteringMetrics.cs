namespace Storyline.Lab.Evaluation.Clustering;

/// <summary>
/// BCubed (Bagga and Baldwin 1998; Amigó et al. 2009) and pairwise ("standard", as in Miranda et al. 2018)
/// precision, recall and F1. Both come from the contingency table of predicted × gold clusters.
/// </summary>
public static class ClusteringMetrics
{
    /// <summary>Scores two labelings of the same items (parallel lists; labels are opaque strings).</summary>
    /// <remarks>A ratio whose denominator is zero (e.g. pairwise precision when every predicted cluster is a
    /// singleton) is 1: there is nothing it could get wrong.</remarks>
    public static ClusteringScores Score(IReadOnlyList<string> predicted, IReadOnlyList<string> gold)
    {
        if (predicted.Count != gold.Count)
            throw new ArgumentException($"{predicted.Count} predicted labels for {gold.Count} gold labels.");
        int n = predicted.Count;
        var cell = new Dictionary<(string, string), long>();
        var predictedSize = new Dictionary<string, long>(StringComparer.Ordinal);
        var goldSize = new Dictionary<string, long>(StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            cell[(predicted[i], gold[i])] = cell.GetValueOrDefault((predicted[i], gold[i])) + 1;
            predictedSize[predicted[i]] = predictedSize.GetValueOrDefault(predicted[i]) + 1;
            goldSize[gold[i]] = goldSize.GetValueOrDefault(gold[i]) + 1;
        }

        // BCubed: each of the n_ij items in cell (i, j) has precision n_ij/|P_i| and recall n_ij/|G_j|
        double bp = 0, br = 0;
        long tp = 0;
        foreach (var ((p, g), count) in cell)
        {
            bp += (double)count * count / predictedSize[p];
            br += (double)count * count / goldSize[g];
            tp += Pairs(count);
        }
        bp = n == 0 ? 1 : bp / n;
        br = n == 0 ? 1 : br / n;
        long predictedPairs = predictedSize.Values.Sum(Pairs);
        long goldPairs = goldSize.Values.Sum(Pairs);
        double pp = predictedPairs == 0 ? 1 : (double)tp / predictedPairs;
        double pr = goldPairs == 0 ? 1 : (double)tp / goldPairs;
        return new ClusteringScores(bp, br, F1(bp, br), pp, pr, F1(pp, pr), predictedSize.Count, goldSize.Count, n);
    }

    private static long Pairs(long size) => size * (size - 1) / 2;

    private static double F1(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}
