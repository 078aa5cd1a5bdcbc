namespace Storyline.Lab.Evaluation.Extraction;

/// <summary>
/// The article-extraction benchmark's metric: 4-token shingles counted as a multiset, per-page
/// TP/FP/FN normalised by their sum, precision and recall averaged over pages, F1 the harmonic
/// mean of the two averages, accuracy the share of pages whose token sequence is exactly right.
/// </summary>
public static class ShingleMetric
{
    /// <summary>Shingle length used by the benchmark.</summary>
    public const int ShingleSize = 4;

    /// <summary>Scores one page.</summary>
    public static ShingleScore Score(string? expected, string? extracted)
    {
        var expectedTokens = ShingleTokenizer.Tokenize(expected);
        var extractedTokens = ShingleTokenizer.Tokenize(extracted);
        var want = Shingles(expectedTokens.ToArray());
        var got = Shingles(extractedTokens.ToArray());
        double tp = 0, fp = 0, fn = 0;
        foreach (var (shingle, n) in got)
        {
            int m = want.GetValueOrDefault(shingle);
            tp += Math.Min(n, m);
            fp += Math.Max(0, n - m);
        }
        foreach (var (shingle, m) in want)
            fn += Math.Max(0, m - got.GetValueOrDefault(shingle));
        double sum = tp + fp + fn;
        if (sum > 0) { tp /= sum; fp /= sum; fn /= sum; }
        return new ShingleScore(tp, fp, fn, expectedTokens.SequenceEqual(extractedTokens, StringComparer.Ordinal));
    }

    /// <summary>Averages page scores the way the benchmark does.</summary>
    public static ExtractionScores Aggregate(IEnumerable<ShingleScore> pages)
    {
        double pSum = 0, rSum = 0;
        int pN = 0, rN = 0, exact = 0, total = 0;
        foreach (var page in pages)
        {
            total++;
            if (page.Exact) exact++;
            if (page.Tp + page.Fp > 0) { pSum += page.Precision; pN++; }
            if (page.Tp + page.Fn > 0) { rSum += page.Recall; rN++; }
        }
        double precision = pN == 0 ? 0 : pSum / pN;
        double recall = rN == 0 ? 0 : rSum / rN;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ExtractionScores(f1, precision, recall, total == 0 ? 0 : (double)exact / total, total);
    }

    /// <summary>
    /// All runs of <see cref="ShingleSize"/> consecutive tokens; a text with fewer tokens gives one
    /// shorter shingle (none when it has no token at all).
    /// </summary>
    internal static Dictionary<string, int> Shingles(string[] tokens)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int n = Math.Max(1, tokens.Length - ShingleSize + 1);
        for (int i = 0; i < n; i++)
        {
            int end = Math.Min(tokens.Length, i + ShingleSize);
            if (end <= i) break;
            // Tokens never hold spaces, so a space-joined key is as unique as the tuple.
            var key = string.Join(" ", tokens, i, end - i);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }
}

/// <summary>Benchmark-level figures for one system.</summary>
public sealed record ExtractionScores(double F1, double Precision, double Recall, double Accuracy, int Pages);
