using System.Collections.Immutable;
using Storyline.Text;

namespace Storyline.Lab.Evaluation.Quotes;

/// <summary>
/// Content-span precision, recall and F1 of found attributions against gold, with overlap and exact matching,
/// and the share of overlap-matched items whose source matches. Counts are weighted so that an article
/// annotated by several annotators weighs as much as one annotated once (see <see cref="AttributionScorer"/>).
/// </summary>
public sealed record AttributionScore(double Predicted, double Gold, double Matched, double ExactMatched, double SourceMatched)
{
    public static AttributionScore Zero { get; } = new(0, 0, 0, 0, 0);

    public double Precision => Predicted == 0 ? 0 : Matched / Predicted;
    public double Recall => Gold == 0 ? 0 : Matched / Gold;
    public double F1 => F(Precision, Recall);
    public double ExactF1 => F(Predicted == 0 ? 0 : ExactMatched / Predicted, Gold == 0 ? 0 : ExactMatched / Gold);
    /// <summary>Among overlap-matched items, the share whose source matches.</summary>
    public double SourceAccuracy => Matched == 0 ? 0 : SourceMatched / Matched;

    public AttributionScore Add(AttributionScore o) =>
        new(Predicted + o.Predicted, Gold + o.Gold, Matched + o.Matched, ExactMatched + o.ExactMatched, SourceMatched + o.SourceMatched);

    public AttributionScore Scale(double w) => new(Predicted * w, Gold * w, Matched * w, ExactMatched * w, SourceMatched * w);

    private static double F(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
}

/// <summary>
/// Matches predicted attributions to gold ones, one to one, greedily by shared characters.
/// <list type="bullet">
/// <item>Overlap match: the shared characters are at least half of the longer of the two contents
/// (so a fragment of a long quote does not match it, nor does a sentence-long guess match a fragment).</item>
/// <item>Exact match: the same characters, ignoring whitespace.</item>
/// <item>Source match (for overlap-matched items): the predicted speaker lies mostly (half its characters or more)
/// inside the gold source, which often adds an appositive ("X, a senior adviser,"); when gold has no source,
/// the prediction must have none either.</item>
/// </list>
/// </summary>
public static class AttributionScorer
{
    public const double MinOverlap = 0.5;

    public static AttributionScore Score(string text, IReadOnlyList<AttributionSpans> predicted, IReadOnlyList<AttributionSpans> gold)
    {
        var pairs = new List<(int P, int G, int Overlap)>();
        for (int p = 0; p < predicted.Count; p++)
            for (int g = 0; g < gold.Count; g++)
            {
                int o = AttributionSpans.Overlap(predicted[p].Content, gold[g].Content);
                if (o > 0 && o >= MinOverlap * Math.Max(predicted[p].ContentLength, gold[g].ContentLength)) pairs.Add((p, g, o));
            }
        pairs.Sort((a, b) => b.Overlap != a.Overlap ? b.Overlap.CompareTo(a.Overlap) : a.P != b.P ? a.P.CompareTo(b.P) : a.G.CompareTo(b.G));
        var usedP = new bool[predicted.Count];
        var usedG = new bool[gold.Count];
        double matched = 0, exact = 0, source = 0;
        foreach (var (p, g, _) in pairs)
        {
            if (usedP[p] || usedG[g]) continue;
            usedP[p] = usedG[g] = true;
            matched++;
            if (SameCharacters(text, predicted[p].Content, gold[g].Content)) exact++;
            if (SourceMatches(predicted[p].Source, gold[g].Source)) source++;
        }
        return new AttributionScore(predicted.Count, gold.Count, matched, exact, source);
    }

    public static bool SourceMatches(ImmutableArray<TextSpan> predicted, ImmutableArray<TextSpan> gold)
    {
        int predictedLength = predicted.Sum(s => s.Length);
        if (gold.IsEmpty) return predictedLength == 0;
        if (predictedLength == 0) return false;
        return AttributionSpans.Overlap(predicted, gold) >= MinOverlap * predictedLength;
    }

    internal static bool SameCharacters(string text, ImmutableArray<TextSpan> a, ImmutableArray<TextSpan> b) =>
        NonSpace(text, a).SequenceEqual(NonSpace(text, b));

    private static IEnumerable<int> NonSpace(string text, ImmutableArray<TextSpan> spans)
    {
        var positions = new SortedSet<int>();
        foreach (var s in spans)
            for (int i = s.Start; i < s.End && i < text.Length; i++)
                if (!char.IsWhiteSpace(text[i])) positions.Add(i);
        return positions;
    }
}
