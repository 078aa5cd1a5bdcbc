using System.Collections.Immutable;
namespace Storyline.Summarize;

/// <summary>
/// A learned prior on how summary-like a sentence is, beyond the concepts it covers: a logistic regression
/// over position, length, concept density, centrality, quotes and numbers, fitted to the share of the
/// sentence's bigram concepts a human summary uses (Multi-News training clusters; <c>SentencePriorTrainer</c> in the lab).
/// </summary>
internal static class SentencePrior
{
    public static readonly ImmutableArray<string> Names =
        ["bias", "inverse_position", "relative_position", "log_words", "log_density", "log_mass", "centrality", "quote_share", "number_share", "first_sentence"];

    public static int Count => Names.Length;

    /// <summary>Features of a sentence in its cluster (concept weights as the cluster model computed them).</summary>
    public static void Features(ClusterModel cluster, Candidate c, Span<double> x)
    {
        double mass = cluster.Gain(c, covered: null);
        int sentences = Math.Max(1, cluster.Documents[c.Document].Sentences.Length);
        int numbers = 0;
        foreach (var u in c.Content) if (cluster.Vocabulary.IsNumber(u)) numbers++;
        x[0] = 1;
        x[1] = 1.0 / (1 + c.Index);
        x[2] = (double)c.Index / sentences;
        x[3] = Math.Log(Math.Max(1, c.Words));
        x[4] = Math.Log(0.001 + mass / Math.Max(1, c.Words));
        x[5] = Math.Log(1 + mass);
        x[6] = cluster.Centrality(c);
        x[7] = QuoteShare.Of(c.Text);
        x[8] = c.Content.Length == 0 ? 0 : (double)numbers / c.Content.Length;
        x[9] = c.Index == 0 ? 1 : 0;
    }

    /// <summary>Predicted share of the sentence's bigrams a human summary would use.</summary>
    public static double Predict(ReadOnlySpan<double> weights, ReadOnlySpan<double> x)
    {
        double z = 0;
        for (int k = 0; k < x.Length && k < weights.Length; k++) z += weights[k] * x[k];
        return 1 / (1 + Math.Exp(-z));
    }
}
