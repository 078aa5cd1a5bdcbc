using Storyline.Text;
using Storyline.Language;

namespace Storyline.Annotate.Quotes;

/// <summary>
/// Finds the speaker phrase next to a cue, without a parser or NER: a pronoun, a capitalised name run
/// (with honorifics and joiners: "Secretary of State Mike Pompeo"), or a determiner-led role phrase
/// ("the Venezuelan president"). Returned spans are the words as written.
/// </summary>
internal static class SpeakerPhrase
{
    /// <summary>The speaker ending just before token <paramref name="cue"/> ("Maduro said", "he also said",
    /// "Jack Smith, a spokesman, said"), looking no further left than <paramref name="min"/>.</summary>
    public static TextSpan Left(TokenView t, int cue, int min)
    {
        int j = cue - 1;
        while (j >= min && t.IsWord(j) && t.In(t.Words.Adverbs, j)) j--;
        if (j >= min && t.IsPunct(j, ')'))
        {
            // "Harry Reid (D-Nev.) said": the parenthesis belongs to the name
            int open = j - 1;
            while (open >= min && !t.IsPunct(open, '(') && j - open < 8) open--;
            if (open >= min && t.IsPunct(open, '(')) j = open - 1;
        }
        if (j < min) return default;
        if (t.IsPunct(j, ','))
        {
            // appositive: "Name, a senior adviser to X, said" - the name before the first comma speaks
            for (int k = j - 1; k >= Math.Max(min, j - QuoteSettings.MaxAppositiveTokens); k--)
            {
                // a period before a comma ends an abbreviation, not a sentence ("Thompson, R-Pa., said")
                if (t.IsPunct(k, '.') && !t.IsPunct(k + 1, ',') || t.IsPunct(k, ';')) break;
                if (!t.IsPunct(k, ',')) continue;
                var name = NameEndingAt(t, k - 1, min);
                if (!name.IsEmpty) return name;
                // "the harbour authority's press officer, Mira Solberg, said": the name is the appositive itself
                var inner = NameEndingAt(t, j - 1, k + 1);
                if (!inner.IsEmpty && inner.Start == t.Span(k + 1).Start) return inner;
                break;
            }
            return default;
        }
        if (!t.IsWord(j)) return default;
        var w = t.WordString(j);
        if (t.Words.Pronouns.Contains(w)) return t.Span(j);
        if (t.IsCapitalized(j)) return NameEndingAt(t, j, min);
        return RoleEndingAt(t, j, min);
    }

    /// <summary>The subject a participle cue hangs on ("Williams lobbied for it, saying …", "he sounded a note, adding …"):
    /// the nearest pronoun or name before the cue within its sentence.</summary>
    public static TextSpan Subject(TokenView t, int cue, int min, bool anyCue = false)
    {
        if (!anyCue && !t.WordString(cue).EndsWith("ing", StringComparison.Ordinal)) return default;
        for (int k = cue - 1; k >= min; k--)
        {
            if (!t.IsWord(k)) continue;
            var w = t.WordString(k);
            if (t.Words.Pronouns.Contains(w) && !w.Equals("it", StringComparison.OrdinalIgnoreCase)) return t.Span(k);
            if (t.IsCapitalized(k) && !t.Words.NotNames.Contains(w) && !(t.Is(k + 1, "'s") || t.Is(k + 1, "\u2019s")))
            {
                var name = NameEndingAt(t, k, min);
                if (!name.IsEmpty) return name;
            }
        }
        return default;
    }

    /// <summary>The first pronoun or name of a sentence, before token <paramref name="end"/>: its likely subject
    /// ("Kerpen needled the CNN “reporter,” saying, …").</summary>
    public static TextSpan FirstInSentence(TokenView t, int start, int end)
    {
        // "In an AP interview Monday, Sanders said …": a leading phrase up to its comma holds no subject
        if (t.IsCapitalized(start) && t.Words.NotNames.Contains(t.WordString(start)))
            for (int c = start + 1; c < end && c - start <= QuoteSettings.MaxCueGapTokens; c++)
                if (t.IsPunct(c, ',')) { start = c + 1; break; }
        for (int k = start; k < end; k++)
        {
            if (!t.IsWord(k)) continue;
            var w = t.WordString(k);
            if (t.Words.Pronouns.Contains(w) && !w.Equals("it", StringComparison.OrdinalIgnoreCase)) return t.Span(k);
            if (t.IsCapitalized(k) && !t.Words.NotNames.Contains(w))
            {
                int e = NameRunEnd(t, k, end - 1);
                return e >= k ? t.Range(k, e) : default;
            }
        }
        return default;
    }

    /// <summary>The speaker starting at token <paramref name="start"/> ("said Maduro", "said the Venezuelan president").</summary>
    public static TextSpan Right(TokenView t, int start, int max)
    {
        if (start > max || !t.IsWord(start)) return default;
        var w = t.WordString(start);
        if (t.Words.Pronouns.Contains(w)) return t.Span(start);
        if (t.IsCapitalized(start) || t.Words.Honorifics.Contains(w))
        {
            int e = NameRunEnd(t, start, max);
            return e >= start ? t.Range(start, e) : default;
        }
        bool determiner = t.Words.Determiners.Contains(w);
        if (!determiner && !t.Words.RoleNouns.Contains(w)) return default;
        int last = start, k = start + 1;
        for (; k <= max && k - start <= QuoteSettings.MaxRoleTokens; k++)
        {
            if (!t.IsWord(k) && !t.Is(k, "'s") && !t.Is(k, "\u2019s")) break;
            var word = t.WordString(k);
            if (t.Words.PhraseStops.Contains(word) && !(word == "of" && k + 1 <= max && t.IsCapitalized(k + 1))) break;
            last = k;
            // a name after the role ends the phrase: "the minister Jorge Arreaza"
            if (t.IsCapitalized(k) && !t.IsCapitalized(k + 1) && k > start + 1 && t.IsCapitalized(k - 1)) break;
        }
        if (last == start && determiner) return default;
        return t.Range(start, last);
    }

    /// <summary>A capitalised name run ending at token <paramref name="j"/>, extended leftwards.</summary>
    public static TextSpan NameEndingAt(TokenView t, int j, int min)
    {
        // possessive names are not speakers ("Trump's aide said" is handled as a role)
        if (j < min || !t.IsCapitalized(j) || t.In(t.Words.NotNames, j)) return default;
        int s = j;
        while (s - 1 >= min)
        {
            int p = s - 1;
            var w = t.WordString(p);
            if (t.IsCapitalized(p) && !t.Words.NotNames.Contains(w)) { s = p; continue; }
            if (t.Words.Honorifics.Contains(w)) { s = p; continue; }
            if (t.Words.NameJoiners.Contains(w) && p - 1 >= min && t.IsCapitalized(p - 1)) { s = p - 1; continue; }
            if (t.IsPunct(p, '.') && p - 1 >= min && (t.Words.Honorifics.Contains(t.WordString(p - 1) + ".")
                                                       || t.Span(p - 1).Length == 1 && t.IsCapitalized(p - 1))) { s = p - 1; continue; }
            break;
        }
        return t.Range(s, j);
    }

    private static int NameRunEnd(TokenView t, int start, int max)
    {
        int e = start - 1, k = start;
        while (k <= max)
        {
            var w = t.WordString(k);
            if (t.IsCapitalized(k) || t.Words.Honorifics.Contains(w)) { e = k; k++; continue; }
            if (t.IsPunct(k, '.') && k > start && t.Words.Honorifics.Contains(t.WordString(k - 1) + ".")) { e = k; k++; continue; }
            // a middle initial ("Edwin G. Monroy"): the name goes on past its period
            if (t.IsPunct(k, '.') && k > start && t.Span(k - 1).Length == 1 && t.IsCapitalized(k - 1) && k + 1 <= max && t.IsCapitalized(k + 1)
                && t.Span(k + 1).Length > 1) { k++; continue; }
            if (t.Words.NameJoiners.Contains(w) && w != "for" && t.IsCapitalized(k + 1) && k + 1 <= max) { k++; continue; }
            break;
        }
        return e;
    }

    /// <summary>A determiner-led role phrase ending at <paramref name="j"/> ("the Venezuelan president", "officials").</summary>
    private static TextSpan RoleEndingAt(TokenView t, int j, int min)
    {
        var head = t.WordString(j);
        bool role = t.Words.RoleNouns.Contains(head);
        for (int k = j; k >= Math.Max(min, j - QuoteSettings.MaxRoleTokens); k--)
        {
            if (!t.IsWord(k) && !t.Is(k, "'s") && !t.Is(k, "\u2019s") && !t.IsPunct(k, '-')) break;
            var w = t.WordString(k);
            if (t.Words.Determiners.Contains(w)) return t.Range(k, j);
            // "Trump's campaign manager": a possessive name opens the phrase
            if ((w is "'s" or "\u2019s") && k - 1 >= min && t.IsCapitalized(k - 1))
            {
                var owner = NameEndingAt(t, k - 1, min);
                return owner.IsEmpty ? t.Range(k - 1, j) : TextSpan.FromBounds(owner.Start, t.Span(j).End);
            }
            if (t.Words.PhraseStops.Contains(w) && k != j) break;
        }
        return role ? t.Span(j) : default;
    }
}
