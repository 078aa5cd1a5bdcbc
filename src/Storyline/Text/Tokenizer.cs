using System.Collections.Immutable;

namespace Storyline.Text;

/// <summary>
/// Splits news text into word, number and punctuation tokens without copying it.
/// Keeps together what news writes as one unit: "U.S.", "don't", "Guaidó's" (split as Guaidó + 's),
/// "72-hour", "1,000.5", "$400".
/// </summary>
public static class Tokenizer
{
    public static ImmutableArray<Token> Tokenize(string text) => Tokenize(text, new TextSpan(0, text.Length));

    public static ImmutableArray<Token> Tokenize(string text, TextSpan range)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>();
        Tokenize(text.AsSpan(), range, tokens);
        return tokens.ToImmutable();
    }

    public static void Tokenize(ReadOnlySpan<char> text, TextSpan range, ICollection<Token> output)
    {
        int i = range.Start, end = range.End;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int start = i;
            if (char.IsDigit(c))
            {
                i++;
                while (i < end && (char.IsDigit(text[i]) || ((text[i] == ',' || text[i] == '.') && i + 1 < end && char.IsDigit(text[i + 1]))))
                    i++;
                // "72-hour", "3rd": a number glued to letters is one word
                if (i < end && (char.IsLetter(text[i]) || (text[i] == '-' && i + 1 < end && char.IsLetter(text[i + 1]))))
                {
                    i = ScanWord(text, i, end);
                    output.Add(new Token(TextSpan.FromBounds(start, i), TokenKind.Word));
                }
                else output.Add(new Token(TextSpan.FromBounds(start, i), TokenKind.Number));
                continue;
            }
            if (char.IsLetter(c))
            {
                i = ScanWord(text, i, end);
                // split possessive/contraction suffixes: Maduro's -> Maduro 's ; don't stays whole
                int apostrophe = FindSuffixApostrophe(text, start, i);
                if (apostrophe > start)
                {
                    output.Add(new Token(TextSpan.FromBounds(start, apostrophe), TokenKind.Word));
                    output.Add(new Token(TextSpan.FromBounds(apostrophe, i), TokenKind.Word));
                }
                else output.Add(new Token(TextSpan.FromBounds(start, i), TokenKind.Word));
                continue;
            }
            // "..." as one token
            if (c == '.' && i + 2 < end && text[i + 1] == '.' && text[i + 2] == '.')
            {
                i += 3;
                output.Add(new Token(TextSpan.FromBounds(start, i), TokenKind.Punctuation));
                continue;
            }
            i++;
            output.Add(new Token(TextSpan.FromBounds(start, i), char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol));
        }
    }

    private static int ScanWord(ReadOnlySpan<char> text, int i, int end)
    {
        while (i < end)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c) || c == '\u00AD' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                i++;
                continue;
            }
            // inner apostrophe or hyphen joined by letters: don't, Guaidó's, self-proclaimed
            if ((c is '\'' or '\u2019' or '-' or '\u2010' or '\u2011') && i + 1 < end && char.IsLetterOrDigit(text[i + 1]))
            {
                i++;
                continue;
            }
            // dotted acronyms: U.S., U.N., a.m.
            if (c == '.' && i + 2 < end + 1 && i + 1 < end && char.IsLetter(text[i + 1]) && i + 2 <= end &&
                (i + 2 == end || text[i + 2] == '.') && IsSingleLetterBefore(text, i))
            {
                i += 2;
                if (i < end && text[i] == '.') i++;
                continue;
            }
            break;
        }
        return i;
    }

    private static bool IsSingleLetterBefore(ReadOnlySpan<char> text, int dot) =>
        dot >= 1 && char.IsLetter(text[dot - 1]) && (dot == 1 || !char.IsLetterOrDigit(text[dot - 2]) || text[dot - 2] == '.');

    private static int FindSuffixApostrophe(ReadOnlySpan<char> text, int start, int end)
    {
        // only 's and s' style possessives split off; contractions (n't, 're) stay for readability of spans
        if (end - start >= 3 && text[end - 1] is 's' or 'S' && text[end - 2] is '\'' or '\u2019')
            return end - 2;
        return -1;
    }
}
