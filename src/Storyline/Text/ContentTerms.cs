using System.Collections.Frozen;
using Storyline.Language;

namespace Storyline.Text;

/// <summary>
/// Content words of a piece of text, lower-cased and stemmed, the language's function words dropped: the
/// vocabulary claims and events are compared in. "severed"/"sever", "offices"/"office" meet here.
/// </summary>
public static class ContentTerms
{
    public static FrozenSet<string> Of(ReadOnlySpan<char> text, LanguagePack language) => Collect(text, language).ToFrozenSet(StringComparer.Ordinal);

    public static HashSet<string> Collect(ReadOnlySpan<char> text, LanguagePack language)
    {
        var functionWords = language.FunctionWords;
        var terms = new HashSet<string>(StringComparer.Ordinal);
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i])) i++;
            int s = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (text[i] is '-' && i + 1 < text.Length && char.IsLetter(text[i + 1])))) i++;
            if (i == s) break;
            var word = Fold(text[s..i]);
            if (word.Length < 2 || functionWords.Contains(word) || char.IsDigit(word[0])) continue;
            foreach (var part in word.Split('-'))
                if (part.Length >= 2 && !functionWords.Contains(part))
                    terms.Add(part.Length > 3 ? language.ContentStemmer.Stem(part) : part);
        }
        return terms;
    }

    /// <summary>Lower case without accents, so "Guaidó" and "Guaido" are one term.</summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        // nearly every word of English news is ASCII: no accents to strip, no normalisation to pay for
        if (!System.Text.Ascii.IsValid(word)) return FoldUnicode(word);
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        System.Text.Ascii.ToLower(word, lower, out int written);
        return new string(lower[..written]);
    }

    private static string FoldUnicode(ReadOnlySpan<char> word)
    {
        // the runtime's normalisation is a no-op under invariant globalization: the accents go by table
        var bare = Accents.Strip(word);
        Span<char> buffer = bare.Length <= 64 ? stackalloc char[bare.Length] : new char[bare.Length];
        int n = 0;
        foreach (char c in bare) buffer[n++] = char.ToLowerInvariant(c);
        return new string(buffer[..n]);
    }
}
