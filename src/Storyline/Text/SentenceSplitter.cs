using System.Collections.Immutable;
using Storyline.Language;

namespace Storyline.Text;

/// <summary>
/// Splits news text into sentences. A line break always ends a sentence (headlines, captions and
/// paragraphs carry no final period); inside a line, a terminator ends one only when what follows
/// looks like a new sentence. Terminators inside a quotation that is closed and attributed later
/// on the same line ("Stop! Go home," she said.) do not split it. Which words end in a period without ending a
/// sentence is the language's (<see cref="SentenceVocabulary"/>).
/// </summary>
public static class SentenceSplitter
{
    public static ImmutableArray<Sentence> Split(string text, SentenceVocabulary words)
    {
        var result = ImmutableArray.CreateBuilder<Sentence>();
        int paragraph = 0, i = 0;
        while (i < text.Length)
        {
            int lineEnd = text.IndexOf('\n', i);
            if (lineEnd < 0) lineEnd = text.Length;
            var line = Trim(text, i, lineEnd);
            if (!line.IsEmpty)
            {
                SplitLine(text, line, paragraph, result, words);
                paragraph++;
            }
            i = lineEnd + 1;
        }
        return result.ToImmutable();
    }

    /// <summary>Paragraphs: non-blank lines, trimmed.</summary>
    public static ImmutableArray<Paragraph> Paragraphs(string text)
    {
        var result = ImmutableArray.CreateBuilder<Paragraph>();
        int i = 0;
        while (i < text.Length)
        {
            int lineEnd = text.IndexOf('\n', i);
            if (lineEnd < 0) lineEnd = text.Length;
            var line = Trim(text, i, lineEnd);
            if (!line.IsEmpty) result.Add(new Paragraph(line));
            i = lineEnd + 1;
        }
        return result.ToImmutable();
    }

    private static void SplitLine(string text, TextSpan line, int paragraph, ImmutableArray<Sentence>.Builder output, SentenceVocabulary words)
    {
        int start = line.Start, end = line.End;
        bool inQuote = false; // double quotes only: single quotes are too often apostrophes
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c == '\u201C') { inQuote = true; continue; }
            if (c == '\u201D') { inQuote = false; continue; }
            if (c == '"') { inQuote = !inQuote; continue; }
            if (c is not ('.' or '!' or '?' or '\u2026')) continue;

            int j = i + 1;
            while (j < end && text[j] is '.' or '!' or '?' or '\u2026') j++; // "?!", "..."
            bool closedQuote = false;
            while (j < end && IsCloser(text[j]))
            {
                if (text[j] is '\u201D' or '"') closedQuote = true;
                j++;
            }
            if (j >= end) break;
            if (!char.IsWhiteSpace(text[j])) { i = j - 1; if (closedQuote) inQuote = false; continue; }
            if (closedQuote) inQuote = false;
            int next = j;
            while (next < end && char.IsWhiteSpace(text[next])) next++;
            if (next >= end) break;

            if (!IsBoundary(text, start, i, j, next, end, inQuote, words)) { i = j - 1; continue; }
            output.Add(new Sentence(Trim(text, start, j), paragraph));
            start = next;
            i = next - 1;
        }
        var last = Trim(text, start, end);
        if (!last.IsEmpty) output.Add(new Sentence(last, paragraph));
    }

    private static bool IsBoundary(string text, int sentenceStart, int terminator, int afterClosers, int next, int end, bool inQuote, SentenceVocabulary words)
    {
        char t = text[terminator];
        char n = text[next];
        bool nextStartsSentence = char.IsUpper(n) || char.IsDigit(n) || n is '\u201C' or '"' or '\u2018' or '(' or '[' || char.IsLetter(n) && !char.IsLower(n);
        if (!nextStartsSentence) return false;

        if (inQuote && QuoteClosesWithAttribution(text, next, end)) return false;

        if (t != '.' || afterClosers > terminator + 1) return true;
        if (terminator + 2 < text.Length && text[terminator + 1] == '.') return true;

        // the word before the period
        int w = terminator;
        while (w > sentenceStart && !char.IsWhiteSpace(text[w - 1]) && text[w - 1] is not ('(' or '"' or '\u201C')) w--;
        var word = text.AsSpan(w, terminator - w);
        if (word.IsEmpty) return true;
        var bare = word.TrimStart("([\"'\u201C\u2018".AsSpan());

        // initials: "J. R. Smith", "Col. Jose L. Silva"
        if (bare.Length == 1 && char.IsUpper(bare[0])) return false;
        var lookup = words.Titles.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(bare)) return false;

        var nextWord = NextWord(text, next, end);
        // dotted acronyms (U.S., U.N.): end a sentence only when a typical opener follows
        if (bare.Contains('.'))
            return words.SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(nextWord);
        var common = words.Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        if (common.Contains(bare))
        {
            // "No. 1", "Jan. 23": never; "Inc. The company...": yes
            if (char.IsDigit(n)) return false;
            return words.SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(nextWord);
        }
        return true;
    }

    /// <summary>True when the open quotation closes later on the line and is followed by attribution
    /// (", he said", "he said") rather than by a new sentence.</summary>
    private static bool QuoteClosesWithAttribution(string text, int from, int end)
    {
        for (int k = from; k < end; k++)
        {
            if (text[k] is '\u201D' or '"')
            {
                int m = k + 1;
                while (m < end && (char.IsWhiteSpace(text[m]) || text[m] is ',' or '\u2019')) m++;
                if (m >= end) return false;
                bool comma = text.AsSpan(k - 1, m - k + 1).Contains(',');
                // ...damn it," he said / ...humanity", Guaido said / ...," said Maduro
                return comma || char.IsLower(text[m]);
            }
        }
        return false;
    }

    private static ReadOnlySpan<char> NextWord(string text, int from, int end)
    {
        int k = from;
        while (k < end && !char.IsLetter(text[k])) k++;
        int s = k;
        while (k < end && char.IsLetter(text[k])) k++;
        return text.AsSpan(s, k - s);
    }

    private static bool IsCloser(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '\u00BB';

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        return TextSpan.FromBounds(start, end);
    }
}
