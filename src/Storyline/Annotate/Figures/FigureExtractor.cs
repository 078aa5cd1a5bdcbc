using Storyline.Language;
using System.Text.RegularExpressions;
using Storyline.Text;

namespace Storyline.Annotate.Figures;

/// <summary>
/// Finds quantities in one sentence and what they count, by rules over tokens: a number (digits or words),
/// a unit (hyphenated or following), a bound word before it, and the phrase it is about. Pure. The words are the
/// language's (<see cref="FigureVocabulary"/>, <see cref="NumberVocabulary"/>, month names); the bound phrases ("more
/// than", "at least") and "per cent" are English word order, written into the rules: the figure stage reads English.
/// </summary>
public static partial class FigureExtractor
{
    [GeneratedRegex(@"^\d+(st|nd|rd|th)$", RegexOptions.IgnoreCase)]
    private static partial Regex Ordinal();

    /// <summary>Figures of one sentence, skipping numbers inside <paramref name="excluded"/> (dates and times found by the time stage).</summary>
    public static List<Figure> Extract(string text, TextSpan sentence, IReadOnlyList<TextSpan> excluded, LanguagePack language)
    {
        var words = language.Figures;
        var numbers = language.Numbers;
        var months = language.Calendar.Months;
        var tokens = new List<Token>(64);
        Tokenizer.Tokenize(text.AsSpan(), sentence, tokens);
        var figures = new List<Figure>();
        int consumedUntil = -1;
        for (int t = 0; t < tokens.Count; t++)
        {
            var tok = tokens[t];
            if (tok.Span.Start < consumedUntil) continue;
            string? currency = null;
            int numberToken = t;
            if (tok.Kind is TokenKind.Symbol or TokenKind.Punctuation && FigureUnits.CurrencyOfSign(text[tok.Span.Start]) is { } c
                && t + 1 < tokens.Count && tokens[t + 1].Kind == TokenKind.Number)
            {
                currency = c;
                numberToken = t + 1;
            }
            else if (tok.Kind == TokenKind.Number) { }
            else if (tok.Kind == TokenKind.Word && (char.IsAsciiDigit(text[tok.Span.Start]) || words.NumberStarts.Contains(Word(text, tok))))
            {
                if (Ordinal().IsMatch(Word(text, tok))) continue;
            }
            else continue;

            var nTok = tokens[numberToken];
            if (InAny(nTok.Span, excluded)) continue;
            if (NumberWords.Read(text, nTok.Span.Start, numbers) is not { } reading || reading.End > sentence.End) continue;
            // times of day "6:56", scores "3-2"
            if (reading.End < text.Length && text[reading.End] == ':' ) continue;
            var figure = Describe(text, sentence, tokens, t, numberToken, reading, currency, words, months);
            if (figure is null) continue;
            figures.Add(figure.Value);
            consumedUntil = figure.Value.Span.End;
        }
        return figures;
    }

    private static Figure? Describe(string text, TextSpan sentence, List<Token> tokens, int first, int numberToken, NumberWords.Reading n, string? currency,
        FigureVocabulary words, System.Collections.Frozen.FrozenDictionary<string, int> months)
    {
        int start = tokens[first].Span.Start;
        int p = n.End;
        string? unit = currency;
        int unitEnd = p;
        bool hyphenUnit = false;
        bool countedNoun = false;
        int headStart = -1;
        int spanEnd = -1; // "around 400 the number of X": the figure is the number alone

        if (unit is null)
        {
            if (p < text.Length && text[p] == '%') { unit = "percent"; unitEnd = p + 1; }
            else if (p < text.Length && text[p] == '-' && NumberWords.WordAt(text, p + 1) is { } hw)
            {
                if (text.AsSpan(p + 1 + hw.Length).StartsWith("-old", StringComparison.OrdinalIgnoreCase)) return null; // ages
                unit = FigureUnits.Normalize(hw, words);
                if (unit is null) return null;
                unitEnd = p + 1 + hw.Length;
                hyphenUnit = true;
            }
            else
            {
                int q = SkipSpaces(text, p);
                if (NumberWords.WordAt(text, q) is { } w)
                {
                    if (w.Equals("per", StringComparison.OrdinalIgnoreCase) && NumberWords.WordAt(text, SkipSpaces(text, q + 3)) is { } cent
                        && cent.Equals("cent", StringComparison.OrdinalIgnoreCase))
                    { unit = "percent"; unitEnd = SkipSpaces(text, q + 3) + 4; }
                    else if (FigureUnits.Normalize(w, words) is { } u) { unit = u; unitEnd = q + w.Length; headStart = q; }
                    else if (words.CasualtyWords.Contains(w)) { unit = "person"; unitEnd = p; headStart = q; }
                    else
                    {
                        // "400 hired divers", "thousands of supporters", "400 the number of hired divers"
                        int np = q;
                        if (w.Equals("of", StringComparison.OrdinalIgnoreCase) && n.High is not null) np = SkipSpaces(text, q + 2);
                        else if (w.Equals("the", StringComparison.OrdinalIgnoreCase) && text.AsSpan(q).StartsWith("the number of ", StringComparison.OrdinalIgnoreCase))
                            np = SkipSpaces(text, q + "the number of ".Length);
                        if (CountedNoun(text, np, sentence.End, n.Value, words) is { } head)
                        {
                            unit = FigureUnits.Normalize(head.Word, words) ?? FigureUnits.Lemma(head.Word, words);
                            unitEnd = head.End;
                            headStart = np;
                            countedNoun = np == q;
                            if (np != q && !w.Equals("of", StringComparison.OrdinalIgnoreCase)) spanEnd = n.End;
                        }
                    }
                }
            }
        }
        else
        {
            // "$4 billion" already read the scale; "$400 dollars" is rare
            unitEnd = n.End;
        }
        if (unit is null) return null;
        if (n.Article && FigureUnits.HoursPer(unit) is null) return null; // "a" counts only time: "a month"
        double value = n.Value;
        // years and dates are not figures
        if (currency is null && unit is not "percent" && FigureUnits.HoursPer(unit) is null && value is >= FigureSettings.MinYear and <= FigureSettings.MaxYear
            && value == Math.Floor(value) && !text.AsSpan(tokens[numberToken].Span.Start, n.End - tokens[numberToken].Span.Start).Contains(',')
            && n.End - tokens[numberToken].Span.Start == 4)
            return null;
        if (NextToMonth(text, tokens, numberToken, months)) return null;

        var bound = BoundBefore(text, sentence, start, out int boundStart);
        if (n.High is not null && bound == FigureBound.Exact) bound = FigureBound.Approximate;
        var span = TextSpan.FromBounds(boundStart, spanEnd > 0 ? spanEnd : unitEnd);
        var (about, aboutSpan) = About(text, sentence, boundStart, unitEnd, headStart, hyphenUnit, unit, words);
        return new Figure(span, value, n.High is null ? null : n.Value, n.High, unit, about, aboutSpan, bound);
    }

    private static (string Word, int End)? CountedNoun(string text, int i, int limit, double value, FigureVocabulary vocabulary)
    {
        // up to MaxModifierWords modifiers then a plural (or, for one, any) noun head
        int words = 0;
        int pos = i;
        (string, int)? head = null;
        while (words <= FigureSettings.MaxModifierWords && pos < limit && NumberWords.WordAt(text, pos) is { } w)
        {
            if (vocabulary.PhraseStops.Contains(w) || w.EndsWith("ly", StringComparison.OrdinalIgnoreCase)) break;
            bool plural = vocabulary.IrregularPlurals.Contains(w) || (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal));
            if (plural || value == 1) head = (w, pos + w.Length);
            else if (head is not null) break;
            pos = SkipWordGap(text, pos + w.Length);
            words++;
            if (head is not null && !(NumberWords.WordAt(text, pos) is { } nx && vocabulary.IrregularPlurals.Contains(nx))) break;
        }
        return head;
    }

    private static (string? About, TextSpan? Span) About(string text, TextSpan sentence, int figureStart, int unitEnd, int headStart, bool hyphenUnit, string unit,
        FigureVocabulary words)
    {
        bool duration = FigureUnits.HoursPer(unit) is not null;
        if (!duration && (headStart < 0 || unit is "state" or "country" or "seat" or "vote" or "member"))
        {
            // "an organization of 14 states": the whole that has them
            int before = PrevWordStart(text, figureStart, sentence.Start);
            if (!duration && before >= 0 && NumberWords.WordAt(text, before) is { } of && of.Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                int s = before;
                int count = 0;
                while (count < FigureSettings.MaxModifierWords + 1 && PrevWordStart(text, s, sentence.Start) is var pw && pw >= 0
                       && NumberWords.WordAt(text, pw) is { } w && !words.PhraseStops.Contains(w))
                { s = pw; count++; }
                if (count > 0) return (text[s..(before - 1)].TrimEnd(), TextSpan.FromBounds(s, before - 1));
            }
        }
        if (headStart >= 0 && !duration && unit is not ("percent" or "USD" or "EUR" or "GBP"))
        {
            // the counted noun phrase and its post-modifier: "hired divers sent to Marlow Bay", "people killed"
            // "14 killed": the casualty word itself starts the phrase after the number
            var parts = new List<string>();
            int end = unitEnd;
            if (headStart < unitEnd) parts.Add(text[headStart..unitEnd]);
            else end = headStart;
            int q = SkipSpaces(text, end);
            int aux = q;
            while (NumberWords.WordAt(text, aux) is { } a && words.Auxiliaries.Contains(a)) aux = SkipSpaces(text, aux + a.Length);
            if (NumberWords.WordAt(text, aux) is { } participle && (words.CasualtyWords.Contains(participle) || participle.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
                && (words.CasualtyWords.Contains(participle) || NumberWords.WordAt(text, SkipSpaces(text, aux + participle.Length)) is { } after && words.Prepositions.Contains(after) && after != "to"))
            {
                parts.Add(participle);
                end = aux + participle.Length;
                int pp = SkipSpaces(text, end);
                if (NumberWords.WordAt(text, pp) is { } prep && words.Prepositions.Contains(prep) && prep != "to")
                {
                    int stop = PhraseEnd(text, SkipSpaces(text, pp + prep.Length), sentence.End, 3, words);
                    if (stop > pp + prep.Length)
                    {
                        parts.Add(text[pp..stop]);
                        end = stop;
                    }
                }
            }
            else if (parts.Count > 0 && DisplacementEnd(text, q, sentence.End, words) is var displaced && displaced > q)
            {
                // "1,200 residents from their homes", "1,500 residents had to leave their homes": who had to go where
                parts.Add(text[q..displaced]);
                end = displaced;
            }
            if (parts.Count == 0) return (null, null);
            return (string.Join(' ', parts), TextSpan.FromBounds(headStart, Math.Max(headStart, end)));
        }
        if (duration)
        {
            // "72-hour ultimatum to ...", "72 hours to leave the country", "72 hours for personnel to leave"
            int q = SkipSpaces(text, unitEnd);
            if (NumberWords.WordAt(text, q) is { } next && (hyphenUnit || next.Equals("to", StringComparison.OrdinalIgnoreCase) || next.Equals("for", StringComparison.OrdinalIgnoreCase)))
            {
                int from = hyphenUnit ? q : SkipSpaces(text, q + next.Length);
                int stop = PhraseEnd(text, from, sentence.End, FigureSettings.MaxAboutWords, words);
                if (stop > from) return (text[from..stop], TextSpan.FromBounds(from, stop));
            }
            // "leave the country within 72 hours": the action the time is for
            int prev = PrevWordStart(text, figureStart, sentence.Start);
            if (prev >= 0 && NumberWords.WordAt(text, prev) is { } prep && prep.ToLowerInvariant() is "within" or "in" or "for" or "after")
            {
                int s = prev, count = 0;
                while (count < FigureSettings.MaxAboutWords && PrevWordStart(text, s, sentence.Start) is var pw && pw >= 0
                       && NumberWords.WordAt(text, pw) is { } w && !words.ClauseBoundaries.Contains(w)
                       && !(w == "to" && PrevWordStart(text, pw, sentence.Start) is var bw && bw >= 0 && NumberWords.WordAt(text, bw) is { } verb
                            && (verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || words.ControlVerbs.Contains(verb))))
                { s = pw; count++; }
                // "for the new offices to open": the subject of the infinitive, not the "for"
                if (count > 0 && NumberWords.WordAt(text, s) is { } lead && lead.Equals("to", StringComparison.OrdinalIgnoreCase))
                    s = SkipSpaces(text, s + 2);
                if (count > 0)
                {
                    int e = prev;
                    while (e > s && text[e - 1] == ' ') e--;
                    return (text[s..e], TextSpan.FromBounds(s, e));
                }
            }
        }
        return (null, null);
    }

    /// <summary>
    /// End of a displacement phrase right after the counted noun ("from their homes", "had to leave their homes",
    /// "fled the town"), or <paramref name="q"/> when there is none: what the people counted had to leave.
    /// </summary>
    private static int DisplacementEnd(string text, int q, int limit, FigureVocabulary words)
    {
        if (NumberWords.WordAt(text, q) is not { } first) return q;
        if (first.Equals("from", StringComparison.OrdinalIgnoreCase))
            return WithoutTrailingFunctionWords(text, q + first.Length, PhraseEnd(text, SkipSpaces(text, q + first.Length), limit, 3, words), words) is var e && e > q + first.Length ? e : q;
        int i = q, skipped = 0;
        while (skipped < 4 && NumberWords.WordAt(text, i) is { } w && words.LeaveAuxiliaries.Contains(w)) { i = SkipSpaces(text, i + w.Length); skipped++; }
        if (NumberWords.WordAt(text, i) is { } verb && words.LeaveVerbs.Contains(verb))
            return Math.Max(i + verb.Length, WithoutTrailingFunctionWords(text, i + verb.Length, PhraseEnd(text, SkipSpaces(text, i + verb.Length), limit, 3, words), words));
        return q;
    }

    /// <summary>"their homes on" → "their homes": a phrase cut at a word limit does not end on a preposition.</summary>
    private static int WithoutTrailingFunctionWords(string text, int start, int end, FigureVocabulary words)
    {
        while (end > start)
        {
            int s = end;
            while (s > start && text[s - 1] != ' ') s--;
            var last = text[s..end];
            if (!words.Prepositions.Contains(last) && !words.TrailingFunctionWords.Contains(last)) break;
            end = s;
            while (end > start && text[end - 1] == ' ') end--;
        }
        return end;
    }

    /// <summary>End of a phrase of at most <paramref name="maxWords"/> words, stopping at punctuation that ends a clause.</summary>
    private static int PhraseEnd(string text, int i, int limit, int maxWords, FigureVocabulary vocabulary)
    {
        int end = i, words = 0;
        while (i < limit && words < maxWords)
        {
            while (i < limit && text[i] == ' ') i++;
            if (i >= limit || NumberWords.WordAt(text, i) is not { } w) break;
            // "treated for minor injuries and no deaths": a coordinator starts the next item, not more of this one
            if (vocabulary.PhraseBreakers.Contains(w)) break;
            i += w.Length;
            // keep apostrophes and hyphens inside words
            while (i < limit && (text[i] is '-' or '\'' or '\u2019') && i + 1 < limit && char.IsLetter(text[i + 1]))
            {
                i++;
                while (i < limit && char.IsLetter(text[i])) i++;
            }
            end = i;
            words++;
        }
        return end;
    }

    private static FigureBound BoundBefore(string text, TextSpan sentence, int start, out int boundStart)
    {
        boundStart = start;
        int w1 = PrevWordStart(text, start, sentence.Start);
        if (w1 < 0) return FigureBound.Exact;
        string a = NumberWords.WordAt(text, w1)!.ToLowerInvariant();
        int w2 = PrevWordStart(text, w1, sentence.Start);
        string b = w2 >= 0 ? NumberWords.WordAt(text, w2)!.ToLowerInvariant() : "";
        switch (b, a)
        {
            case ("more", "than"): boundStart = w2; return FigureBound.MoreThan;
            case ("at", "least"): boundStart = w2; return FigureBound.AtLeast;
            case ("less" or "fewer", "than"): boundStart = w2; return FigureBound.LessThan;
            case ("up", "to"): boundStart = w2; return FigureBound.AtMost;
            case ("at", "most"): boundStart = w2; return FigureBound.AtMost;
            case ("an", "estimated"): boundStart = w2; return FigureBound.Approximate;
        }
        switch (a)
        {
            case "about" or "around" or "some" or "nearly" or "almost" or "roughly" or "approximately" or "estimated" or "approx":
                boundStart = w1; return FigureBound.Approximate;
            case "over": boundStart = w1; return FigureBound.MoreThan;
            case "under": boundStart = w1; return FigureBound.LessThan;
        }
        return FigureBound.Exact;
    }

    private static bool NextToMonth(string text, List<Token> tokens, int t, System.Collections.Frozen.FrozenDictionary<string, int> months)
    {
        bool IsMonth(int i) => i >= 0 && i < tokens.Count && tokens[i].Kind == TokenKind.Word && months.ContainsKey(Word(text, tokens[i]));
        if (IsMonth(t - 1) || IsMonth(t + 1)) return true;
        // "Jan. 23": the abbreviation's period is its own token or part of it
        if (t >= 2 && tokens[t - 1].Kind == TokenKind.Punctuation && text[tokens[t - 1].Span.Start] == '.' && IsMonth(t - 2)) return true;
        return false;
    }

    private static bool InAny(TextSpan span, IReadOnlyList<TextSpan> spans)
    {
        foreach (var s in spans)
            if (s.Overlaps(span)) return true;
        return false;
    }

    private static string Word(string text, Token t) => text.Substring(t.Span.Start, t.Span.Length);

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && text[i] == ' ') i++;
        return i;
    }

    private static int SkipWordGap(string text, int i) => SkipSpaces(text, i);

    /// <summary>Start of the word before <paramref name="i"/> (only spaces between), or -1.</summary>
    private static int PrevWordStart(string text, int i, int limit)
    {
        int j = i - 1;
        while (j >= limit && text[j] == ' ') j--;
        if (j < limit || !char.IsLetter(text[j])) return -1;
        while (j - 1 >= limit && char.IsLetter(text[j - 1])) j--;
        return j;
    }
}
