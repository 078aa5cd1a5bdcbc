using System.Collections.Immutable;
using Storyline.Language;
using Storyline.Text;

namespace Storyline.Summarize;

/// <summary>
/// A sentence whose main clause starts with a bare pronoun after an opening phrase ("While visiting the capital, he
/// denounced …", "After the vote, their leader said …") points back at someone named in an earlier sentence, just as one
/// that opens with the pronoun does; shown alone in a summary, the reader cannot tell who is meant. The opening phrase
/// may name that person itself ("After Okafor spoke, she left"), which is why the rule needs the article's person names.
/// </summary>
internal static class OpeningPronoun
{
    /// <summary>An opening phrase longer than this many words is not an opening phrase but a clause of its own.</summary>
    private const int MaxOpeningWords = 15;

    /// <summary>
    /// True when <paramref name="sentence"/> has an opening phrase of at most 15 words, ended by a comma and followed by a
    /// lower-case pronoun of <see cref="SummaryVocabulary.BackPointingPronouns"/>, and none of <paramref name="people"/> (person-name spans of the same text) lies in
    /// that phrase. Quoted speech is not looked into: a quotation mark before the pronoun ends the search.
    /// </summary>
    public static bool PointsBack(string text, TextSpan sentence, ImmutableArray<TextSpan> people, SummaryVocabulary vocabulary)
    {
        int words = 0;
        bool inWord = false;
        for (int i = sentence.Start; i < sentence.End; i++)
        {
            char c = text[i];
            if (c is '"' or '\u201C' or '\u201D' or '`') return false;
            if (char.IsWhiteSpace(c)) { inWord = false; continue; }
            if (!inWord) { inWord = true; if (++words > MaxOpeningWords) return false; }
            if (c != ',') continue;
            int start = i + 1;
            while (start < sentence.End && char.IsWhiteSpace(text[start])) start++;
            int end = start;
            while (end < sentence.End && char.IsLetter(text[end])) end++;
            if (end == start || !vocabulary.BackPointingPronouns.Contains(text[start..end])) continue;
            var opening = TextSpan.FromBounds(sentence.Start, i);
            foreach (var person in people)
                if (person.Start < opening.End && person.End > opening.Start) return false;
            return true;
        }
        return false;
    }
}
