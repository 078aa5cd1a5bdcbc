using System.Globalization;
using System.Text;

namespace Storyline.Lab.Evaluation.Extraction;

/// <summary>
/// Tokens as the extraction benchmark defines them: runs of Unicode word characters, the way
/// Python's <c>re</c> reads <c>\w+</c> (letters, digits of every kind, and '_'). .NET's own
/// <c>\w</c> differs (it admits combining marks and connector punctuation and drops No/Nl), so
/// published figures would not reproduce with it.
/// </summary>
public static class ShingleTokenizer
{
    /// <summary>The word-character runs of <paramref name="text"/>, in order.</summary>
    public static List<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text)) return tokens;
        int start = -1;
        int i = 0;
        while (i < text.Length)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out int consumed);
            bool word = IsWord(rune);
            if (word && start < 0) start = i;
            else if (!word && start >= 0) { tokens.Add(text[start..i]); start = -1; }
            i += Math.Max(consumed, 1);
        }
        if (start >= 0) tokens.Add(text[start..]);
        return tokens;
    }

    internal static bool IsWord(Rune rune)
    {
        if (rune.Value == '_') return true;
        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }
}
