using Storyline.Text;

namespace Storyline.Articles;

/// <summary>Points at the exact characters of one article that a statement rests on.</summary>
public readonly record struct Citation(string ArticleId, TextSpan Span)
{
    public int Start => Span.Start;
    public int End => Span.End;
}
