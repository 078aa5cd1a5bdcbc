using System.Collections.Frozen;
using System.Collections.Immutable;
using Storyline.Language;
using Storyline.Text;

namespace Storyline.Annotate.Quotes;

/// <summary>Read helpers over an article's tokens: lookups by offset and word tests, without copying text; with the
/// language's quote words (<see cref="QuoteVocabulary"/>), which every rule reading the tokens needs.</summary>
internal sealed class TokenView(string text, ImmutableArray<Token> tokens, QuoteVocabulary words)
{
    public QuoteVocabulary Words { get; } = words;

    public string Text { get; } = text;
    public ImmutableArray<Token> Tokens { get; } = tokens;
    public int Count => Tokens.Length;

    public TextSpan Span(int i) => Tokens[i].Span;

    public ReadOnlySpan<char> Word(int i) => Text.AsSpan(Tokens[i].Span.Start, Tokens[i].Span.Length);

    public string WordString(int i) => Text.Substring(Tokens[i].Span.Start, Tokens[i].Span.Length);

    /// <summary>True when token <paramref name="i"/> is in <paramref name="set"/>, looked up without allocating.</summary>
    public bool In(FrozenSet<string> set, int i) =>
        i >= 0 && i < Count && set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Word(i));

    public bool Is(int i, string word) => i >= 0 && i < Count && Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsWord(int i) => i >= 0 && i < Count && Tokens[i].Kind is TokenKind.Word;

    public bool IsPunct(int i, char c) => i >= 0 && i < Count && Tokens[i].Span.Length == 1 && Text[Tokens[i].Span.Start] == c;

    public bool IsCapitalized(int i) => IsWord(i) && char.IsUpper(Text[Tokens[i].Span.Start]);

    public bool IsLower(int i) => IsWord(i) && char.IsLower(Text[Tokens[i].Span.Start]);

    /// <summary>Index of the first token starting at or after <paramref name="offset"/> (Count when none).</summary>
    public int FirstAtOrAfter(int offset)
    {
        int lo = 0, hi = Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Tokens[mid].Span.Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Index of the last token ending at or before <paramref name="offset"/> (-1 when none).</summary>
    public int LastEndingAtOrBefore(int offset)
    {
        int i = FirstAtOrAfter(offset) - 1;
        while (i >= 0 && Tokens[i].Span.End > offset) i--;
        return i;
    }

    public TextSpan Range(int first, int last) => TextSpan.FromBounds(Tokens[first].Span.Start, Tokens[last].Span.End);

    private Dictionary<string, List<int>>? _positions;

    /// <summary>Indexes of the word tokens equal to <paramref name="word"/> (case ignored), in order. Built on first use:
    /// rules that look a word up across the whole article would otherwise scan every token once per question.</summary>
    public IReadOnlyList<int> PositionsOf(string word)
    {
        if (_positions is null)
        {
            var positions = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
            var lookup = positions.GetAlternateLookup<ReadOnlySpan<char>>();
            for (int k = 0; k < Count; k++)
            {
                if (!IsWord(k)) continue;
                if (!lookup.TryGetValue(Word(k), out var list)) positions[WordString(k)] = list = [];
                list.Add(k);
            }
            _positions = positions;
        }
        return _positions.TryGetValue(word, out var found) ? found : [];
    }
}
