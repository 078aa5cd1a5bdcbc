using Storyline.Text;

namespace Storyline.Annotate.Quotes;

/// <summary>A stretch of text between an opening and a closing quotation mark, marks included.</summary>
/// <param name="Span">From the opening mark to just after the closing mark (or the paragraph end when unclosed).</param>
/// <param name="OpenLength">Characters of the opening mark (2 for '').</param>
/// <param name="CloseLength">Characters of the closing mark (0 when unclosed).</param>
/// <param name="Closed">False when the paragraph ends before a closing mark: a quote that continues in the next paragraph.</param>
internal readonly record struct QuoteSegment(TextSpan Span, int OpenLength, int CloseLength, bool Closed)
{
    /// <summary>The words inside the marks.</summary>
    public TextSpan Inner => TextSpan.FromBounds(Span.Start + OpenLength, Math.Max(Span.Start + OpenLength, Span.End - CloseLength));
}

/// <summary>
/// Finds quoted stretches in a paragraph for every mark style news uses: “…”, "…", ‘…’, «…», „…“ and the
/// doubled-apostrophe ''…'' of some wire archives. Quotes nested inside a quote are part of the outer one.
/// Single straight apostrophes are never openers: they are far more often apostrophes than quotes.
/// </summary>
internal static class QuoteMarks
{
    public static List<QuoteSegment> Find(string text, TextSpan paragraph)
    {
        var result = new List<QuoteSegment>();
        int i = paragraph.Start, end = paragraph.End;
        while (i < end)
        {
            int open = OpenerLength(text, i, paragraph.Start, end);
            if (open == 0) { i++; continue; }
            int contentStart = i + open;
            var (closeAt, closeLength) = FindCloser(text, i, open, contentStart, end);
            if (closeAt < 0)
            {
                result.Add(new QuoteSegment(TextSpan.FromBounds(i, end), open, 0, Closed: false));
                break;
            }
            result.Add(new QuoteSegment(TextSpan.FromBounds(i, closeAt + closeLength), open, closeLength, Closed: true));
            i = closeAt + closeLength;
        }
        return result;
    }

    /// <summary>True for characters that open or close a quotation (used to tell quotes from plain text).</summary>
    public static bool IsMark(char c) => c is '"' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\u00AB' or '\u00BB' or '\u201E' or '\'';

    private static int OpenerLength(string text, int i, int start, int end)
    {
        char c = text[i];
        bool atWordStart = i == start || !char.IsLetterOrDigit(text[i - 1]);
        switch (c)
        {
            case '\u201C' or '\u00AB' or '\u201E':
                return 1;
            case '\u201D':
                // a ” standing where an opener belongs (after a space, before a capital) is a mistyped “
                return atWordStart && i + 1 < end && char.IsUpper(text[i + 1]) && (i == start || !char.IsPunctuation(text[i - 1])) ? 1 : 0;
            case '"':
                // a straight quote opens when it is not glued to the preceding word ("word" vs word")
                return atWordStart && i + 1 < end && !char.IsWhiteSpace(text[i + 1]) ? 1 : 0;
            case '\'':
                if (atWordStart && i + 2 < end && text[i + 1] == '\'' && !char.IsWhiteSpace(text[i + 2])) return 2;
                // headline style "Reid: 'Never underestimate Trump.'": after a colon a single straight quote is a quote
                return i + 1 < end && char.IsLetter(text[i + 1]) && AfterColon(text, i, start) ? 1 : 0;
            case '`':
                return i + 2 < end && text[i + 1] == '`' ? 2 : 0;
            case '\u2018':
                // ‘ opens only before a word; ‘90s-style elisions are rare enough to accept
                return atWordStart && i + 1 < end && char.IsLetterOrDigit(text[i + 1]) ? 1 : 0;
            default:
                return 0;
        }
    }

    private static (int At, int Length) FindCloser(string text, int openAt, int openLength, int from, int end)
    {
        char o = text[openAt];
        for (int k = from; k < end; k++)
        {
            char c = text[k];
            switch (o)
            {
                case '\u201C':
                    if (c == '\u201D') return (k, 1);
                    // mixed styles (“…") happen in scraped text; a new “ before any closer means the first never closed
                    if (c == '"' && IsClosingPosition(text, k, end)) return (k, 1);
                    // a “ glued to the word before and followed by a space or punctuation is a mistyped closer (“rapists“ while)
                    if (c == '\u201C' && k > from && !char.IsWhiteSpace(text[k - 1]) && IsClosingPosition(text, k, end)) return (k, 1);
                    // a “…” nested in the same style (“… calls “hell” than …”): skip it when another ” closes the outer quote
                    if (c == '\u201C' && NestedSameStyleEnd(text, k, end) is int inner and >= 0) { k = inner; break; }
                    if (c == '\u201C') return (-1, 0);
                    break;
                case '\u201D':
                    if (c is '\u201D' or '"') return (k, 1);
                    break;
                case '"':
                    if (c == '"') return (k, 1);
                    if (c == '\u201D') return (k, 1);
                    break;
                case '\u00AB':
                    if (c == '\u00BB') return (k, 1);
                    break;
                case '\u201E':
                    if (c is '\u201C' or '\u201D') return (k, 1);
                    break;
                case '\'' when openLength == 1:
                    // a single ' closes after a non-space and before a non-letter (not the apostrophe of "Clinton's")
                    if (c == '\'' && !char.IsWhiteSpace(text[k - 1]) && (k + 1 >= end || !char.IsLetter(text[k + 1]))) return (k, 1);
                    break;
                case '\'':
                    // three marks close a nested 'quote' and the outer ''quote'' at once: the last two close the outer
                    if (c == '\'' && k + 1 < end && text[k + 1] == '\'')
                        return k + 2 < end && text[k + 2] == '\'' ? (k + 1, 2) : (k, 2);
                    break;
                case '`':
                    if (c == '\'' && k + 1 < end && text[k + 1] == '\'') return (k, 2);
                    break;
                case '\u2018':
                    // ’ inside a word is an apostrophe (don’t); a closer is followed by a non-letter
                    if (c == '\u2019' && (k + 1 >= end || !char.IsLetter(text[k + 1])) && k > from && !char.IsWhiteSpace(text[k - 1]))
                        return (k, 1);
                    break;
            }
        }
        return (-1, 0);
    }

    /// <summary>The closer of a “ opened inside an open “ quote, when a further ” follows it before any new “ (so the
    /// outer quote still closes); -1 otherwise (the outer quote was never closed).</summary>
    private static int NestedSameStyleEnd(string text, int open, int end)
    {
        int inner = -1;
        for (int k = open + 1; k < end; k++)
        {
            char c = text[k];
            if (c == '\u201C') return -1;
            if (c != '\u201D') continue;
            if (inner < 0) inner = k;
            else return inner;
        }
        return -1;
    }

    private static bool AfterColon(string text, int i, int start)
    {
        int k = i - 1;
        while (k >= start && text[k] == ' ') k--;
        return k >= start && k < i - 1 && text[k] == ':';
    }

    private static bool IsClosingPosition(string text, int k, int end) =>
        k + 1 >= end || !char.IsLetterOrDigit(text[k + 1]);
}
