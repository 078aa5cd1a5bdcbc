namespace Storyline.Summarize;

/// <summary>How much of a sentence is quoted speech: a summary narrates, it does not quote.</summary>
internal static class QuoteShare
{
    /// <summary>Share of characters between quotation marks (straight, curly or TeX-style ``...'').</summary>
    public static double Of(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty) return 0;
        int quoted = 0;
        bool inside = false;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            bool mark = c is '"' or '\u201C' or '\u201D'
                || (c == '`' && i + 1 < s.Length && s[i + 1] == '`')
                || (c == '\'' && i + 1 < s.Length && s[i + 1] == '\'');
            if (mark)
            {
                inside = c switch { '\u201C' => true, '\u201D' => false, _ => !inside };
                if (c is '`' or '\'') i++;
                continue;
            }
            if (inside) quoted++;
        }
        // an unclosed quote that runs to the end is still a quote
        return (double)quoted / s.Length;
    }

    /// <summary>True when the sentence opens with a quotation mark.</summary>
    public static bool StartsWithQuote(ReadOnlySpan<char> s) =>
        !s.IsEmpty && (s[0] is '"' or '\u201C' or '\'' or '\u2018' || s.StartsWith("``"));
}
