using Storyline.Similarity;

namespace Storyline.Lab.Training.Matcher;

/// <summary>How <see cref="MatcherTrainer"/> fits the paraphrase model.</summary>
/// <param name="Lambdas">L2 penalties to choose from by an inner cross-validation on the training rows (one value: no choice).</param>
/// <param name="InnerFolds">Folds of that inner cross-validation.</param>
/// <param name="Drop">Base features left out (ablation).</param>
public sealed record MatcherTrainingOptions(IReadOnlyList<double>? Lambdas = null, int InnerFolds = 5,
    IReadOnlySet<string>? Drop = null)
{
    public IReadOnlyList<double> PenaltyGrid => Lambdas ?? [1e-4, 1e-3, 1e-2, 1e-1];
}

/// <summary>
/// Trains the matcher's <see cref="ParaphraseModel"/> on labelled pairs' evidence: standardises each feature, picks the
/// L2 penalty by inner cross-validation (accuracy; the lowest penalty wins ties), fits a logistic regression, and keeps
/// the fixed probability threshold 0.5 (no threshold is tuned: with calibrated probabilities it is the accuracy cut).
/// </summary>
public static class MatcherTrainer
{
    public const double Threshold = 0.5;

    public static ParaphraseModel Train(IReadOnlyList<EmbeddingSentenceMatcher.Evidence> evidence, IReadOnlyList<bool> labels,
        MatcherTrainingOptions options, Action<string>? log = null)
    {
        var names = PairFeatures.BaseNames.ToList();
        var keep = names.Select(n => options.Drop?.Contains(n) != true).ToArray();
        var rows = evidence.Select(e => e.Features[..names.Count]).ToList();
        double lambda = options.PenaltyGrid.Count == 1 ? options.PenaltyGrid[0] : ChoosePenalty(rows, labels, keep, options, log);
        var (means, deviations) = Moments(rows);
        var standardised = rows.Select(r => Standardise(r, means, deviations, keep)).ToList();
        var (weights, bias) = LogisticRegression.Fit(standardised, labels, lambda);
        var cosine = BestCut(evidence.Select(e => e.Cosine).ToList(), labels);
        log?.Invoke($"lambda {lambda}; cosine-alone cut {cosine:0.###}");
        return new ParaphraseModel(names, means, deviations, Expand(weights, keep), bias, Threshold, cosine);
    }

    private static double ChoosePenalty(List<double[]> rows, IReadOnlyList<bool> labels, bool[] keep, MatcherTrainingOptions options, Action<string>? log)
    {
        var folds = Folds(rows.Count, options.InnerFolds, seed: 7);
        double best = double.NegativeInfinity, chosen = options.PenaltyGrid[0];
        foreach (var lambda in options.PenaltyGrid.Order())
        {
            int correct = 0;
            for (int f = 0; f < options.InnerFolds; f++)
            {
                var train = Enumerable.Range(0, rows.Count).Where(i => folds[i] != f).ToList();
                var (means, deviations) = Moments(train.Select(i => rows[i]).ToList());
                var (w, b) = LogisticRegression.Fit(train.Select(i => Standardise(rows[i], means, deviations, keep)).ToList(), train.Select(i => labels[i]).ToList(), lambda);
                for (int i = 0; i < rows.Count; i++)
                {
                    if (folds[i] != f) continue;
                    var x = Standardise(rows[i], means, deviations, keep);
                    double z = b;
                    for (int k = 0; k < x.Length; k++) z += w[k] * x[k];
                    if ((z >= 0) == labels[i]) correct++;
                }
            }
            double accuracy = correct / (double)rows.Count;
            log?.Invoke($"  inner CV lambda {lambda}: accuracy {100 * accuracy:0.00}");
            if (accuracy > best + 1e-12) { best = accuracy; chosen = lambda; }
        }
        return chosen;
    }

    /// <summary>A deterministic fold for each row: a seeded shuffle, then round robin.</summary>
    public static int[] Folds(int count, int folds, int seed)
    {
        var order = Enumerable.Range(0, count).ToArray();
        new Random(seed).Shuffle(order);
        var fold = new int[count];
        for (int k = 0; k < count; k++) fold[order[k]] = k % folds;
        return fold;
    }

    /// <summary>The cosine cut with the best training accuracy (the cosine-alone baseline).</summary>
    public static double BestCut(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        int positives = labels.Count(x => x);
        // cut below everything: all predicted same
        int correct = positives, best = correct;
        double cut = scores[order[0]];
        for (int k = 0; k < order.Length; k++)
        {
            correct += labels[order[k]] ? -1 : 1;
            if (correct > best && (k + 1 == order.Length || scores[order[k + 1]] > scores[order[k]]))
            {
                best = correct;
                cut = k + 1 < order.Length ? (scores[order[k]] + scores[order[k + 1]]) / 2 : scores[order[k]] + 1e-9;
            }
        }
        return cut;
    }

    private static (double[] Means, double[] Deviations) Moments(List<double[]> rows)
    {
        int d = rows[0].Length;
        var means = new double[d];
        var deviations = new double[d];
        foreach (var r in rows) for (int i = 0; i < d; i++) means[i] += r[i] / rows.Count;
        foreach (var r in rows) for (int i = 0; i < d; i++) deviations[i] += (r[i] - means[i]) * (r[i] - means[i]) / rows.Count;
        for (int i = 0; i < d; i++) deviations[i] = Math.Sqrt(deviations[i]) is var sd && sd > 1e-12 ? sd : 1;
        return (means, deviations);
    }

    private static double[] Standardise(double[] row, double[] means, double[] deviations, bool[] keep)
    {
        var x = new double[keep.Count(k => k)];
        int j = 0;
        for (int i = 0; i < row.Length; i++)
            if (keep[i]) x[j++] = (row[i] - means[i]) / deviations[i];
        return x;
    }

    private static double[] Expand(double[] weights, bool[] keep)
    {
        var all = new double[keep.Length];
        int j = 0;
        for (int i = 0; i < keep.Length; i++)
            if (keep[i]) all[i] = weights[j++];
        return all;
    }
}
