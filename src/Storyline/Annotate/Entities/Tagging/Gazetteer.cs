using System.Collections.Frozen;

namespace Storyline.Annotate.Entities.Tagging;

/// <summary>
/// Name lists mined from the training file: each phrase (tokens joined by a space) with the set of
/// entity types it was labelled with. Matched both exactly and case-folded, because news headlines
/// are often in capitals.
/// </summary>
internal sealed class Gazetteer
{
    /// <summary>Longest phrase matched (tokens); longer training names are rare and add little.</summary>
    public const int MaxTokens = 6;

    private readonly FrozenDictionary<string, byte> _exact;
    private readonly FrozenDictionary<string, byte> _folded;

    public Gazetteer(IReadOnlyDictionary<string, byte> phrases)
    {
        Phrases = phrases;
        _exact = phrases.ToFrozenDictionary(StringComparer.Ordinal);
        var folded = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var (phrase, mask) in phrases)
        {
            var key = phrase.ToLowerInvariant();
            folded[key] = (byte)(folded.GetValueOrDefault(key) | mask);
        }
        _folded = folded.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Phrase → bit mask of type indices (bit t = type t).</summary>
    public IReadOnlyDictionary<string, byte> Phrases { get; }

    public int Count => _exact.Count;

    /// <summary>No phrases: matches nothing.</summary>
    public static Gazetteer Empty { get; } = new(new Dictionary<string, byte>());

    /// <summary>Builds one from labelled phrases.</summary>
    public static Gazetteer Build(IEnumerable<(string Phrase, int Type)> phrases)
    {
        var dict = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var (phrase, type) in phrases)
            dict[phrase] = (byte)(dict.GetValueOrDefault(phrase) | (1 << type));
        return new Gazetteer(dict);
    }

    /// <summary>
    /// Calls <paramref name="onMatch"/>(start, end, mask, exact) for every phrase of the sentence found
    /// in the lists. Only phrases starting with a capital or digit are tried: names do, and it keeps the
    /// lookups per token low.
    /// </summary>
    public void Match(string[] tokens, string[] lowered, Action<int, int, byte, bool> onMatch)
    {
        if (_exact.Count == 0) return;
        var exactLookup = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
        var foldedLookup = _folded.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[256];
        Span<char> lowerBuffer = stackalloc char[256];
        for (int i = 0; i < tokens.Length; i++)
        {
            var first = tokens[i];
            if (first.Length == 0 || !(char.IsUpper(first[0]) || char.IsDigit(first[0]))) continue;
            int len = 0;
            for (int j = i; j < tokens.Length && j - i < MaxTokens; j++)
            {
                var t = tokens[j];
                int need = len + (j > i ? 1 : 0) + t.Length;
                if (need > buffer.Length) break;
                if (j > i) { buffer[len] = ' '; lowerBuffer[len] = ' '; len++; }
                t.AsSpan().CopyTo(buffer[len..]);
                lowered[j].AsSpan().CopyTo(lowerBuffer[len..]);
                len += t.Length;
                if (exactLookup.TryGetValue(buffer[..len], out var mask))
                    onMatch(i, j + 1, mask, true);
                else if (foldedLookup.TryGetValue(lowerBuffer[..len], out mask))
                    onMatch(i, j + 1, mask, false);
            }
        }
    }
}
