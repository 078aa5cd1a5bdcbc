using Storyline.Articles;

namespace Storyline.Text;

public enum TokenKind : byte { Word, Number, Punctuation, Symbol }

/// <summary>A token of an article: a span and its coarse kind.</summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind)
{
    public static readonly LayerKey<Token> Layer = new("tokens");
}
