namespace Storyline.Lab.Evaluation.Rouge;

/// <summary>
/// ROUGE-1.5.5 switches that change scores. The defaults are the DUC 2004 Task 2 setting
/// (<c>-n 4 -2 4 -u -m -l 100 -p 0.5 -f A</c>) the published tables use.
/// </summary>
/// <param name="MaxN">Largest n of ROUGE-N (<c>-n</c>).</param>
/// <param name="SkipDistance">Maximum gap of skip-bigrams (<c>-2</c>); negative disables ROUGE-S.</param>
/// <param name="SkipUnigrams">Count unigrams in the skip-bigram score too (<c>-u</c>, ROUGE-SU).</param>
/// <param name="Stem">Stem tokens longer than 3 characters (<c>-m</c>).</param>
/// <param name="RemoveStopwords">Drop SMART common words before scoring (<c>-s</c>).</param>
/// <param name="WordLimit">Keep only the first N whitespace-separated words of peers and models (<c>-l</c>); 0 = all.</param>
/// <param name="Alpha">F weight (<c>-p</c>): F = PR / ((1-α)P + αR).</param>
public sealed record RougeOptions(
    int MaxN = 4,
    int SkipDistance = 4,
    bool SkipUnigrams = true,
    bool Stem = true,
    bool RemoveStopwords = false,
    int WordLimit = 100,
    double Alpha = 0.5)
{
    public static RougeOptions Duc2004 { get; } = new();
}
