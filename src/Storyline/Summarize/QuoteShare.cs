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
        for (int i = 0; i < s.Length;)
        {
            if (SkipMark(s, ref i, ref inside)) continue;
            if (inside) quoted++;
            i++;
        }
        // an unclosed quote that runs to the end is still a quote
        return (double)quoted / s.Length;
    }

    /// <summary>
    /// True when "I", "me", "my", "myself" or "mine" stands outside quotation marks: a sentence in the first person
    /// singular is someone's own account ("Every step hurt, so I sat down…", a patient quoted
    /// without marks), not the outlet's narration.
    /// </summary>
    public static bool HasUnquotedFirstPerson(ReadOnlySpan<char> s)
    {
        bool inside = false, previousCapitalised = false;
        int i = 0;
        while (i < s.Length)
        {
            if (SkipMark(s, ref i, ref inside)) continue;
            if (!char.IsLetterOrDigit(s[i])) { i++; continue; }
            int start = i;
            while (i < s.Length && char.IsLetterOrDigit(s[i])) i++;
            if (inside) continue;
            var word = s[start..i];
            // "I" after a capitalised word is a numeral ("World War I", "Elizabeth I"), not the pronoun ("as I could")
            if ((word is "I" && !previousCapitalised) || word is "me" or "my" or "myself" or "mine" or "Me" or "My")
                return true;
            previousCapitalised = char.IsUpper(word[0]);
        }
        return false;
    }

    /// <summary>
    /// When a quotation mark (straight, curly, or TeX-style `` and '') stands at <paramref name="i"/>: steps past it,
    /// updates whether the text after it is quoted, and returns true.
    /// </summary>
    private static bool SkipMark(ReadOnlySpan<char> s, ref int i, ref bool inside)
    {
        char c = s[i];
        bool pair = (c == '`' || c == '\'') && i + 1 < s.Length && s[i + 1] == c;
        if (!(c is '"' or '\u201C' or '\u201D' || pair)) return false;
        inside = c switch { '\u201C' => true, '\u201D' => false, _ => !inside };
        i += pair ? 2 : 1;
        return true;
    }

    /// <summary>True when the sentence opens with a quotation mark.</summary>
    public static bool StartsWithQuote(ReadOnlySpan<char> s) =>
        !s.IsEmpty && (s[0] is '"' or '\u201C' or '\'' or '\u2018' || s.StartsWith("``"));
}
