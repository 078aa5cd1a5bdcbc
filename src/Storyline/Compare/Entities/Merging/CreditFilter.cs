using Storyline.Language;
using Storyline.Text;

namespace Storyline.Compare.Entities.Merging;

/// <summary>
/// Finds photo credits and bylines, whose names are photographers and reporters rather than actors
/// of the story: text after "©" on its line, "(AP Photo/…)"-style parentheses, "Photo:"/"Photo by"
/// credits, the outlet a dateline credits ("CITY (Outlet) —"), and short lines that are just a name plus
/// "Newsroom"/"Reporter"/… or start with "By".
/// </summary>
public static class CreditFilter
{

    /// <summary>Longest line (characters) still read as a byline.</summary>
    private const int MaxBylineLength = 60;

    /// <summary>Most characters between a cue ("Photo:") and the credited name: room for an agency and a slash.</summary>
    private const int MaxCreditGap = 40;

    /// <summary>Whether the span lies in a credit or byline of <paramref name="text"/>.</summary>
    public static bool IsInCredit(string text, TextSpan span, NameVocabulary words)
    {
        int lineStart = span.Start == 0 ? 0 : text.LastIndexOf('\n', span.Start - 1) + 1;
        int lineEnd = text.IndexOf('\n', span.End);
        if (lineEnd < 0) lineEnd = text.Length;
        var before = text.AsSpan(lineStart, span.Start - lineStart);
        var line = text.AsSpan(lineStart, lineEnd - lineStart).Trim();

        if (before.Contains('©') || before.Contains("(c)", StringComparison.Ordinal)) return true;

        // "MARLOW BAY (Coastline Wire) — …": the outlet a dateline credits is the source of the text, not an actor in it
        if (Dateline.Credit(line.ToString()) is { } credited)
        {
            int at = text.IndexOf("(" + credited + ")", lineStart, lineEnd - lineStart, StringComparison.Ordinal);
            if (at >= 0 && span.Start > at && span.End <= at + credited.Length + 1) return true;
        }

        // Inside parentheses that open with a credit: "(AP Photo/Jane Doe)", "(Photo: Reuters)".
        int open = before.LastIndexOf('(');
        if (open >= 0 && before[open..].IndexOf(')') < 0)
        {
            int from = lineStart + open + 1;
            int close = text.IndexOf(')', span.Start, lineEnd - span.Start);
            var inside = text.AsSpan(from, (close < 0 ? lineEnd : close) - from);
            foreach (var word in words.CreditWords)
                if (inside.Contains(word, StringComparison.OrdinalIgnoreCase)) return true;
        }

        // A credit cue shortly before the name, with no sentence or bracket end in between. Only the last
        // MaxCreditGap characters (plus the cue) can hold one: a paragraph-long line would otherwise be searched
        // case-insensitively for every cue and every mention (the cost of merging a long story's entities)
        int longestCue = words.CreditCues.Max(c => c.Length);
        var near = before.Length > MaxCreditGap + longestCue ? before[^(MaxCreditGap + longestCue)..] : before;
        foreach (var cue in words.CreditCues)
        {
            int at = near.LastIndexOf(cue, StringComparison.OrdinalIgnoreCase);
            if (at < 0) continue;
            var between = near[(at + cue.Length)..];
            if (between.Length <= MaxCreditGap && between.IndexOfAny(')', ';') < 0 && !between.Contains(". ", StringComparison.Ordinal)) return true;
        }

        if (line.Length <= MaxBylineLength)
        {
            if (line.StartsWith(words.BylineLead, StringComparison.Ordinal) && !line.Contains('.') ) return true;
            foreach (var word in words.BylineWords)
                if (line.EndsWith(word, StringComparison.Ordinal) && line.Length > word.Length &&
                    line[..^word.Length].IndexOfAny('.', ',', '"') < 0)
                    return true;
        }
        return false;
    }
}
