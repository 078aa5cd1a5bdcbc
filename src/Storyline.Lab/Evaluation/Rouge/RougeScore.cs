namespace Storyline.Lab.Evaluation.Rouge;

/// <summary>Recall, precision and F of one ROUGE measure.</summary>
public readonly record struct RougeScore(double Recall, double Precision, double F)
{
    /// <summary>Scores from pooled counts, as ROUGE-1.5.5 computes them (0 when a count is 0).</summary>
    public static RougeScore FromCounts(double hits, double modelCount, double peerCount, double alpha)
    {
        double r = modelCount > 0 ? hits / modelCount : 0;
        double p = peerCount > 0 ? hits / peerCount : 0;
        double denominator = (1 - alpha) * p + alpha * r;
        return new RougeScore(r, p, denominator > 0 ? p * r / denominator : 0);
    }
}

/// <summary>The measures ROUGE-1.5.5 reports, named as in its output.</summary>
public static class RougeMeasure
{
    public const string Rouge1 = "ROUGE-1";
    public const string Rouge2 = "ROUGE-2";
    public const string Rouge3 = "ROUGE-3";
    public const string Rouge4 = "ROUGE-4";
    public const string RougeL = "ROUGE-L";

    public static string RougeN(int n) => $"ROUGE-{n}";

    public static string RougeS(int skip, bool unigrams) => $"ROUGE-S{(unigrams ? "U" : "")}{skip}";
}
