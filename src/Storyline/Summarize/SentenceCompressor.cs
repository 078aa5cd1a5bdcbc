using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Storyline.Text;
using Storyline.Language;

namespace Storyline.Summarize;

/// <summary>What a compression cut removes. (Trailing attributions, ages, appositives, trailing participles, weekdays and
/// opening phrases were tried as rules and removed: docs/summarizer.md, "Tried and removed".)</summary>
public enum CompressionRule
{
    /// <summary>", he said," / ", according to police," inside a sentence that quotes nobody.</summary>
    MidAttribution,
    /// <summary>A short parenthetical without numbers: "(AP)", "(R-Calif.)".</summary>
    Parenthetical,
}

/// <summary>Characters a compression removes from a sentence, and the rule that removes them.</summary>
public readonly record struct CompressionCut(TextSpan Span, CompressionRule Rule);

/// <summary>
/// Sentence compression by deletion only: finds parts of a sentence that do not carry its claim
/// (mid-sentence attributions, short parentheticals) so the summarizer can show the sentence from the parts
/// it keeps. Nothing is rewritten or re-capitalised. Guards shared by every rule: a cut never holds a
/// negation, a number or a quotation mark, and never starts inside a quotation; rules work on lower-cased
/// text too (no rule needs a capital letter).
/// </summary>
public static partial class SentenceCompressor
{
    private const string Day = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight";
    // "on tuesday", "late friday", "last week", "in a statement", "at a news conference", "on twitter"
    private const string Tail =
        @"(?:\s+(?:(?:on|late|early|last|this)\s+)?(?:" + Day + @"|night|morning|afternoon|evening|week|month|year)" +
        @"|\s+(?:in|at|on)\s+(?:a|an|the|his|her|its|their)\s+[\p{L}'-]+(?:\s+[\p{L}'-]+)?|\s+on\s+twitter|\s+in\s+interviews?){0,2}";
    private const string Plain = "[^,;:()\"\u201C\u201D\\d]";

    // "the plan, he said, would cost" / "the plan, according to the ministry, would cost"
    [GeneratedRegex(@",\s+(?:(?<who>" + Plain + @"+?)\s+(?:said|says|added|noted)|according\s+to\s+(?<who>" + Plain + @"+?))" + Tail + @"\s*,(?=\s+\S)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MidAttributionPattern();

    // "the group (ap) said" / "the party ( anc )."
    [GeneratedRegex(@"\s*\((?<in>[^()""\u201C\u201D\d]{1,60})\)(?=[\s,;:.!])", RegexOptions.CultureInvariant)]
    private static partial Regex ParentheticalPattern();

    /// <summary>
    /// The cuts the enabled rules find in <paramref name="shown"/> (the sentence as shown), in text order and
    /// not overlapping (an earlier-found rule wins an overlap).
    /// </summary>
    public static List<CompressionCut> FindCuts(string text, TextSpan shown, SummarizerSettings settings, SummaryVocabulary words)
    {
        var cuts = new List<CompressionCut>();
        var s = text.AsSpan(shown.Start, shown.Length);
        if (s.Length == 0) return cuts;
        var sentence = text.Substring(shown.Start, shown.Length);
        bool quotes = HasQuote(s);

        if (settings.Compress && settings.DropMidAttribution && !quotes)
            foreach (Match m in MidAttributionPattern().Matches(sentence))
                if (IsSpeaker(m.Groups["who"].Value, settings.MaxAttributionWords, words))
                {
                    // "was uninjured, police said, adding that …": the comma before a new clause stays ("was uninjured, adding that …")
                    var next = NextWord(sentence, m.Index + m.Length);
                    bool clause = words.ClauseWords.Contains(next) || next.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
                    Add(cuts, shown.Start + m.Index, clause ? m.Length - 1 : m.Length, CompressionRule.MidAttribution, sentence);
                }
        if (settings.Compress && settings.DropParentheticals)
            foreach (Match m in ParentheticalPattern().Matches(sentence))
                if (m.Index > 0 && WordCount.Of(m.Groups["in"].ValueSpan) <= settings.MaxParentheticalWords)
                    Add(cuts, shown.Start + m.Index, m.Length, CompressionRule.Parenthetical, sentence);
        cuts.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return cuts;

        void Add(List<CompressionCut> list, int start, int length, CompressionRule rule, string sentenceText)
        {
            var span = new TextSpan(start, length);
            var cut = text.AsSpan(start, length);
            if (cut.IndexOfAnyInRange('0', '9') >= 0) return;
            if (HasQuote(cut) || HasNegation(cut, words) || InsideQuote(sentenceText.AsSpan(0, start - shown.Start))) return;
            for (int i = 0; i < list.Count; i++)
            {
                var other = list[i].Span;
                if (!other.Overlaps(span)) continue;
                // two cuts that share only punctuation (a comma) are removed as their union
                int from = Math.Max(other.Start, span.Start), to = Math.Min(other.End, span.End);
                for (int k = from; k < to; k++) if (char.IsLetterOrDigit(text[k])) return;
                list[i] = list[i] with { Span = other.Union(span) };
                return;
            }
            list.Add(new CompressionCut(span, rule));
        }
    }

    /// <summary>
    /// The parts of <paramref name="shown"/> that remain after <paramref name="cuts"/>, trimmed of white space,
    /// in order; empty when what remains would not read as a sentence of its own (it must start with a capital
    /// letter or a digit, since nothing is re-capitalised, and end with a sentence-final mark).
    /// </summary>
    public static ImmutableArray<TextSpan> Keep(string text, TextSpan shown, IEnumerable<CompressionCut> cuts)
    {
        var parts = ImmutableArray.CreateBuilder<TextSpan>();
        int at = shown.Start;
        foreach (var cut in cuts.OrderBy(c => c.Span.Start))
        {
            AddTrimmed(parts, text, at, cut.Span.Start);
            at = Math.Max(at, cut.Span.End);
        }
        AddTrimmed(parts, text, at, shown.End);
        if (parts.Count == 0) return [];
        char first = text[parts[0].Start];
        if (char.IsLower(first) || !char.IsLetterOrDigit(first)) return [];
        char last = text[parts[^1].End - 1];
        if (last is not ('.' or '!')) return [];
        return parts.ToImmutable();
    }

    /// <summary>
    /// The shown text of kept parts: each part with its runs of white space collapsed, parts joined by one
    /// space, except that a part starting with punctuation (the sentence's own final period after a cut
    /// attribution, or the comma after a cut parenthetical) follows the previous part directly.
    /// </summary>
    public static string Show(string text, IReadOnlyList<TextSpan> parts)
    {
        var sb = new StringBuilder();
        foreach (var p in parts)
        {
            var collapsed = ClusterModel.Collapse(text.AsSpan(p.Start, p.Length));
            if (sb.Length > 0 && collapsed.Length > 0 && !IsJoinedPunctuation(collapsed[0])) sb.Append(' ');
            sb.Append(collapsed);
        }
        return sb.ToString();
    }

    private static bool IsJoinedPunctuation(char c) => c is '.' or ',' or ';' or ':' or '!' or '?';

    private static void AddTrimmed(ImmutableArray<TextSpan>.Builder parts, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) parts.Add(TextSpan.FromBounds(start, end));
    }

    /// <summary>A speaker is a short phrase that is not a clause (no conjunction or relative pronoun, no negation).</summary>
    private static bool IsSpeaker(string who, int maxWords, SummaryVocabulary vocabulary)
    {
        if (who.Length == 0) return false;
        int words = 0;
        foreach (var w in Words(who))
        {
            if (vocabulary.ClauseWords.Contains(w) || vocabulary.Verbs.Contains(w) || (words == 0 && w.Equals("to", StringComparison.OrdinalIgnoreCase))) return false;
            words++;
        }
        // an inverted attribution names its speaker after the verb: ", said he would resign." is a claim, not a speaker
        var first = Words(who).FirstOrDefault() ?? "";
        if (vocabulary.SubjectPronouns.Contains(first) && words > 1) return false;
        return words >= 1 && words <= maxWords;
    }

    private static string NextWord(string s, int from)
    {
        while (from < s.Length && !char.IsLetter(s[from])) from++;
        int end = from;
        while (end < s.Length && char.IsLetter(s[end])) end++;
        return s[from..end];
    }

    private static IEnumerable<string> Words(string s) =>
        s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', '\'', '-'));

    private static bool HasQuote(ReadOnlySpan<char> s) => s.IndexOfAny('"', '\u201C', '\u201D') >= 0;

    /// <summary>Whether <paramref name="before"/> leaves a quotation open.</summary>
    private static bool InsideQuote(ReadOnlySpan<char> before)
    {
        int straight = 0, open = 0;
        foreach (char c in before)
        {
            if (c == '"') straight++;
            else if (c == '\u201C') open++;
            else if (c == '\u201D' && open > 0) open--;
        }
        return straight % 2 == 1 || open > 0;
    }

    /// <summary>Whether any word of <paramref name="s"/> negates ("not", "never", "didn't", …).</summary>
    public static bool HasNegation(ReadOnlySpan<char> s, SummaryVocabulary words)
    {
        var lookup = words.Negations.GetAlternateLookup<ReadOnlySpan<char>>();
        var suffix = words.NegationSuffix;
        var curly = suffix.Replace('\'', '\u2019');
        int i = 0;
        while (i < s.Length)
        {
            while (i < s.Length && !IsWordChar(s[i])) i++;
            int start = i;
            while (i < s.Length && IsWordChar(s[i])) i++;
            if (i > start)
            {
                var w = s[start..i];
                if (lookup.Contains(w) || w.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) || w.EndsWith(curly, StringComparison.OrdinalIgnoreCase)) return true;
            }
        }
        return false;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '\'' or '\u2019';
}
