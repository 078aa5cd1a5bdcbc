using System.Globalization;

namespace Storyline.Lab.Evaluation.Rouge;

/// <summary>
/// The "Average_R/P/F" ROUGE-1.5.5 prints (sentence-unit averaging, <c>-t 0</c>), reproduced exactly.
/// Those lines are not the plain mean of the per-topic scores: each per-topic R, P and F is first
/// rounded to 5 decimals (F from the rounded R and P), then ROUGE-1.5.5 draws <c>-r</c> bootstrap
/// resamples (resample i seeded with <c>srand(i)</c>, topics ordered by evaluation id) and prints the
/// mean of the resample means, with the confidence interval read off the sorted resample means.
/// The bootstrap mean differs from the plain mean by up to ~0.0007 on DUC 2004, more than the
/// 0.0005 agreement wanted with the published tables, so reproducing them needs the same draws.
/// </summary>
public static class Rouge155Average
{
    /// <summary>Bootstrap averages of per-topic scores, keyed by measure.</summary>
    /// <param name="topics">Per-topic scores with the evaluation id ROUGE sorts them by (the topic id).</param>
    /// <param name="resamples">ROUGE's <c>-r</c> (default 1000).</param>
    /// <param name="confidence">ROUGE's <c>-c</c>, percent (default 95).</param>
    /// <param name="alpha">ROUGE's <c>-p</c>, for the per-topic F recomputed from rounded R and P.</param>
    public static IReadOnlyDictionary<string, RougeAverageScore> Of(
        IReadOnlyCollection<(string EvalId, IReadOnlyDictionary<string, RougeScore> Scores)> topics,
        int resamples = 1000, double confidence = 95, double alpha = 0.5)
    {
        var result = new Dictionary<string, RougeAverageScore>(StringComparer.Ordinal);
        if (topics.Count == 0 || resamples <= 0) return result;
        // Perl's sort of the "eval.peer" ids: byte order
        var ordered = topics.OrderBy(t => t.EvalId, StringComparer.Ordinal).ToArray();
        var draws = Draws(ordered.Length, resamples);
        foreach (var measure in ordered[0].Scores.Keys)
        {
            var rows = ordered.Select(t => Rounded(t.Scores[measure], alpha)).ToArray();
            result[measure] = new RougeAverageScore(
                Resample(rows.Select(s => s.Recall).ToArray(), draws, confidence),
                Resample(rows.Select(s => s.Precision).ToArray(), draws, confidence),
                Resample(rows.Select(s => s.F).ToArray(), draws, confidence));
        }
        return result;
    }

    /// <summary>A per-topic score as ROUGE-1.5.5 stores it: sprintf("%7.5f") R and P, F from those.</summary>
    public static RougeScore Rounded(RougeScore s, double alpha)
    {
        double r = Round5(s.Recall), p = Round5(s.Precision);
        double d = (1 - alpha) * p + alpha * r;
        return new RougeScore(r, p, d > 0 ? Round5(p * r / d) : 0);
    }

    private static double Round5(double x) =>
        double.Parse(x.ToString("F5", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>Topic indices drawn by each resample: srand(i), then int(rand(n)) n times.</summary>
    private static int[][] Draws(int n, int resamples)
    {
        var draws = new int[resamples][];
        for (int i = 0; i < resamples; i++)
        {
            var rng = new PerlRandom((ulong)i);
            var d = new int[n];
            for (int k = 0; k < n; k++) d[k] = (int)(rng.NextDouble() * n);
            draws[i] = d;
        }
        return draws;
    }

    private static RougeInterval Resample(double[] values, int[][] draws, double confidence)
    {
        var means = new double[draws.Length];
        for (int i = 0; i < draws.Length; i++)
        {
            double sum = 0;
            foreach (var k in draws[i]) sum += values[k];
            means[i] = sum / values.Length;
        }
        Array.Sort(means);
        double total = 0;
        foreach (var m in means) total += m;
        int count = means.Length;
        double delta = count * ((100 - confidence) / 2.0) / 100.0;
        int upperA = (int)(count - delta - 1), upperB = Math.Min(upperA + 1, count - 1);
        int lowerA = (int)delta, lowerB = Math.Min(lowerA + 1, count - 1);
        double ratio = count - delta - 1 - upperA;
        return new RougeInterval(
            Round5(total / count),
            Round5(means[lowerA] + (means[lowerB] - means[lowerA]) * ratio),
            Round5(means[upperA] + (means[upperB] - means[upperA]) * ratio));
    }
}

/// <summary>An average with its bootstrap confidence interval, as ROUGE-1.5.5 prints it.</summary>
public readonly record struct RougeInterval(double Mean, double Lower, double Upper);

/// <summary>Average R, P and F with their confidence intervals.</summary>
public readonly record struct RougeAverageScore(RougeInterval Recall, RougeInterval Precision, RougeInterval F)
{
    /// <summary>The three means as a plain score.</summary>
    public RougeScore Mean => new(Recall.Mean, Precision.Mean, F.Mean);
}

/// <summary>
/// Perl's <c>srand</c>/<c>rand</c> (drand48: 48-bit linear congruential generator, seed in the high
/// 32 bits over 0x330E), which ROUGE-1.5.5's bootstrap draws from.
/// </summary>
internal struct PerlRandom(ulong seed)
{
    private const ulong Mask = (1UL << 48) - 1;
    private ulong _state = ((seed << 16) + 0x330E) & Mask;

    public double NextDouble()
    {
        _state = (_state * 0x5DEECE66DUL + 0xB) & Mask;
        return _state / (double)(1UL << 48);
    }
}
