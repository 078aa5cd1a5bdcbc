using System.Collections.Frozen;

namespace Storyline.Annotate.Quotes;

/// <summary>
/// Compares the wording of two quotes across outlets. Words are cut to a stem prefix
/// (<see cref="QuoteSettings.StemPrefix"/> letters), which makes "minimum"/"minimal" and "personnel"/"personal"
/// one stem: crude, but it holds across the small wording shifts translations introduce, where a suffix
/// stemmer does not ("minimum" and "minimal" have different Porter stems). This is why quotes do not use the language
/// pack's stemmer: with the English pack's Snowball stemmer a translated pair of the seed story (a "minimal" phrase and
/// a "Minimum of" phrase) no longer meets, and a sample quote by one speaker takes in another of hers.
/// Function words are the pack's.
/// </summary>
internal static class QuoteWords
{
    /// <summary>The content words of a text (three letters or more, not <paramref name="functionWords"/>), lower-cased, in order.</summary>
    public static List<string> ContentWords(string text, FrozenSet<string> functionWords)
    {
        var words = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            int s = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '\u2019' && i + 1 < text.Length && char.IsLetter(text[i + 1])))) i++;
            if (i - s < 3) continue;
            var w = text.Substring(s, i - s).ToLowerInvariant().Replace('\u2019', '\'');
            if (!functionWords.Contains(w)) words.Add(w);
        }
        return words;
    }

    public static string Stem(string word) => word.Length <= QuoteSettings.StemPrefix ? word : word[..QuoteSettings.StemPrefix];

    /// <summary>Shared exact words and the share of the smaller word set they make up.</summary>
    public static (int Shared, double Share) ExactOverlap(IReadOnlyCollection<string> a, IReadOnlyCollection<string> b) =>
        Overlap(a.ToHashSet(), b.ToHashSet());

    private static (int, double) Overlap(HashSet<string> x, HashSet<string> y)
    {
        if (x.Count == 0 || y.Count == 0) return (0, 0);
        int shared = x.Count(y.Contains);
        return (shared, (double)shared / Math.Min(x.Count, y.Count));
    }
}
