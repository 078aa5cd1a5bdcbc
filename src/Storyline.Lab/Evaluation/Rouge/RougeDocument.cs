namespace Storyline.Lab.Evaluation.Rouge;

/// <summary>
/// A summary ready to score: its token sentences and the counts every measure needs, computed once
/// so a reference scored against many peers is tokenised only once.
/// </summary>
public sealed class RougeDocument
{
    internal RougeDocument(string[][] sentences, Dictionary<string, int>[] ngrams, int[] ngramTotals,
        Dictionary<string, int>? skipGrams, int skipTotal)
    {
        Sentences = sentences;
        NGrams = ngrams;
        NGramTotals = ngramTotals;
        SkipGrams = skipGrams;
        SkipTotal = skipTotal;
        TokenCount = sentences.Sum(s => s.Length);
    }

    /// <summary>Token sentences (one per line of the input, after truncation).</summary>
    public string[][] Sentences { get; }

    /// <summary>n-gram counts for n = 1..MaxN (index n-1), n-grams crossing sentence boundaries as in ROUGE-1.5.5.</summary>
    internal Dictionary<string, int>[] NGrams { get; }

    internal int[] NGramTotals { get; }

    internal Dictionary<string, int>? SkipGrams { get; }

    internal int SkipTotal { get; }

    public int TokenCount { get; }
}
