using Storyline.Language;
using Storyline.Text;

namespace Storyline.Summarize;

/// <summary>
/// Light sentence compression that keeps the shown text a contiguous span of the article: an opening
/// adverbial phrase set off by a comma ("On Tuesday,", "After two days of talks,", "Meanwhile,") may be
/// dropped when what follows starts with a capital letter, so the rest reads as a sentence of its own
/// ("On Tuesday, Congolese rebels said …" → "Congolese rebels said …"). Nothing is rewritten or
/// re-capitalised; the summarizer offers the shorter span as an alternative to the whole sentence.
/// </summary>
internal static class LeadingPhrase
{
    /// <summary>Whether a word opens scene-setting phrases ("on", "after", "meanwhile", a weekday, a month).</summary>
    public static bool IsOpener(ReadOnlySpan<char> word, SummaryVocabulary words) =>
        words.SceneOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>
    /// Where the sentence's remainder starts after a droppable opening phrase of at most
    /// <paramref name="maxWords"/> words, or -1. <paramref name="shown"/> is the sentence as shown.
    /// </summary>
    public static int RemainderStart(string text, TextSpan shown, int maxWords, SummaryVocabulary vocabulary)
    {
        var s = text.AsSpan(shown.Start, shown.Length);
        int firstEnd = 0;
        while (firstEnd < s.Length && char.IsLetter(s[firstEnd])) firstEnd++;
        if (firstEnd == 0 || !char.IsUpper(s[0])) return -1;
        if (!IsOpener(s[..firstEnd], vocabulary)) return -1;
        int words = 1;
        bool inWord = true;
        for (int i = firstEnd; i < s.Length; i++)
        {
            char c = s[i];
            if (c is '"' or '\u201C' or '\u201D' or '(' or ';' or ':' or '.' or '!' or '?') return -1;
            if (c == ',')
            {
                int j = i + 1;
                while (j < s.Length && char.IsWhiteSpace(s[j])) j++;
                // the remainder must start like a sentence, with a capitalised word (a name, "The", …)
                if (j == i + 1 || j >= s.Length || !char.IsUpper(s[j])) return -1;
                return shown.Start + j;
            }
            if (char.IsWhiteSpace(c)) inWord = false;
            else if (!inWord)
            {
                inWord = true;
                if (++words > maxWords) return -1;
            }
        }
        return -1;
    }
}
