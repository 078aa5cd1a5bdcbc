using System.Collections.Frozen;

namespace Storyline.Annotate.Quotes;

/// <summary>
/// Compares the wording of two quotes across outlets. Words are cut to a stem prefix
/// (<see cref="QuoteSettings.StemPrefix"/> letters), which makes "minimum"/"minimal" and "personnel"/"personal"
/// one stem: crude, but it holds across the small wording shifts translations introduce, where a suffix
/// stemmer does not ("minimum" and "minimal" have different Porter stems).
/// </summary>
internal static class QuoteWords
{
    private static readonly FrozenSet<string> Stop = new[]
    {
        "the", "and", "for", "that", "this", "with", "was", "were", "are", "have", "has", "had", "not", "but", "you",
        "they", "their", "them", "our", "his", "her", "its", "who", "what", "which", "will", "would", "can", "could",
        "from", "into", "there", "here", "all", "any", "been", "being", "also", "than", "then", "just", "very", "more",
        "most", "some", "such", "only", "over", "about", "out", "when", "where", "how", "why", "one", "two", "like",
        "did", "does", "doing", "don", "didn", "it's", "i'm", "we're", "that's", "these", "those", "your", "him", "she",
        "too", "much", "many", "get", "got", "let", "may", "might", "must", "shall", "should", "let's",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The content words of a text, lower-cased, in order.</summary>
    public static List<string> ContentWords(string text)
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
            if (!Stop.Contains(w)) words.Add(w);
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
