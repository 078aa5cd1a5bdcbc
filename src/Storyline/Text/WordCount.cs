namespace Storyline.Text;

/// <summary>
/// The one word counter: how many words a line, a sentence or a quote has, wherever a rule sets a length in words.
/// </summary>
public static class WordCount
{
    /// <summary>
    /// Words: runs of letters and digits, an apostrophe or hyphen inside a word keeping it one ("don't", "well-known",
    /// "3-2"). Punctuation, symbols and list markers are not words.
    /// </summary>
    public static int Of(ReadOnlySpan<char> text)
    {
        int n = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) n++;
            inWord = letter || (inWord && c is '\'' or '\u2019' or '-');
        }
        return n;
    }

    /// <summary>Words of a span of <paramref name="text"/>.</summary>
    public static int Of(string text, TextSpan span) => Of(text.AsSpan(span.Start, span.Length));

    /// <summary>
    /// Whitespace-separated tokens, punctuation included: the length ROUGE's <c>-l</c> limit counts, so the summary's
    /// length budget is the one the evaluation applies. Only for that budget; everything else counts <see cref="Of(ReadOnlySpan{char})"/>.
    /// </summary>
    public static int RougeTokens(ReadOnlySpan<char> text)
    {
        int count = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c)) inWord = false;
            else if (!inWord) { inWord = true; count++; }
        }
        return count;
    }
}
