using System.Collections.Immutable;
using Storyline.Articles;

namespace Storyline.Text;

public enum TokenKind : byte { Word, Number, Punctuation, Symbol }

/// <summary>A token of an article: a span and its coarse kind.</summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind)
{
    public static readonly LayerKey<Token> Layer = new("tokens");

    /// <summary>The index of the token that starts exactly at <paramref name="start"/>, or -1, by binary search over
    /// tokens in text order (a mention or label span starts on a token).</summary>
    public static int IndexStartingAt(ImmutableArray<Token> tokens, int start)
    {
        int lo = 0, hi = tokens.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].Span.Start < start) lo = mid + 1;
            else if (tokens[mid].Span.Start > start) hi = mid - 1;
            else return mid;
        }
        return -1;
    }
}
