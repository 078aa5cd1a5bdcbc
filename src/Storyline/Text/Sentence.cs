using Storyline.Articles;

namespace Storyline.Text;

/// <summary>A sentence of an article: a span over its text.</summary>
/// <param name="Paragraph">Index of the paragraph (line block) it belongs to.</param>
public readonly record struct Sentence(TextSpan Span, int Paragraph)
{
    public static readonly LayerKey<Sentence> Layer = new("sentences");
}

/// <summary>A paragraph of an article: a maximal run of text between line breaks.</summary>
public readonly record struct Paragraph(TextSpan Span)
{
    public static readonly LayerKey<Paragraph> Layer = new("paragraphs");
}
