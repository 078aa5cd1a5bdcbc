using System.Collections.Immutable;
using Storyline.Text;

namespace Storyline.Lab.Evaluation.Quotes;

/// <summary>One attribution reduced to what is scored: its content parts, its source parts, and whether it is a direct quote.</summary>
public sealed record AttributionSpans(ImmutableArray<TextSpan> Content, ImmutableArray<TextSpan> Source, bool Direct)
{
    public int ContentLength => Content.Sum(s => s.Length);

    /// <summary>Characters shared by two multi-part spans (parts of one side never overlap each other).</summary>
    public static int Overlap(ImmutableArray<TextSpan> a, ImmutableArray<TextSpan> b)
    {
        int n = 0;
        foreach (var x in a)
            foreach (var y in b)
                n += x.OverlapLength(y);
        return n;
    }
}

/// <summary>The gold attributions of one article by one annotator.</summary>
public sealed record GoldAnnotation(string Annotator, ImmutableArray<AttributionSpans> Attributions);

/// <summary>One article of a PolNeAR-format dataset: its text and every annotator's attributions.</summary>
public sealed record GoldArticle(string Split, string Id, string Text, ImmutableArray<GoldAnnotation> Annotations);
