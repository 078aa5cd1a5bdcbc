using System.Collections.Immutable;
using Storyline.Text;
using Storyline.Language;

namespace Storyline.Annotate.Quotes;

/// <summary>
/// Points each quote's speaker at a named mention: names stand for themselves; "he"/"she" take the nearest
/// preceding named speaker of a compatible gender; role phrases ("the Venezuelan president") take the name the
/// article gives that role ("Venezuelan President Nicolás Maduro", "Maduro, the Venezuelan president").
/// </summary>
internal static class SpeakerResolver
{
    private enum Gender { Unknown, Male, Female }

    public static ImmutableArray<Quote> Resolve(QuoteDetector.Doc doc, List<Quote> quotes)
    {
        var t = doc.T;
        var result = ImmutableArray.CreateBuilder<Quote>(quotes.Count);
        var resolvedBySpeaker = new Dictionary<TextSpan, TextSpan>();
        // named speakers so far, by start (equal starts in the order of their quotes): a pronoun looks back a few
        // paragraphs, found by binary search
        var named = new List<TextSpan>();
        var genders = new Dictionary<string, Gender>(StringComparer.Ordinal);
        var context = new Context(doc);
        foreach (var quote in quotes)
        {
            var speaker = quote.Speaker;
            TextSpan resolved = default;
            if (!speaker.IsEmpty)
            {
                if (resolvedBySpeaker.TryGetValue(speaker, out var known)) resolved = known;
                else
                {
                    string words = doc.Text.Substring(speaker.Start, speaker.Length);
                    if (t.Words.Pronouns.Contains(words))
                        resolved = ResolvePronoun(context, words, speaker.Start, named, genders);
                    else if (char.IsUpper(words[0]) && !t.Words.Determiners.Contains(FirstWord(words)))
                        resolved = TrimTitle(doc, speaker);
                    else
                        resolved = ResolveRole(doc, speaker);
                    resolvedBySpeaker[speaker] = resolved;
                }
            }
            if (!resolved.IsEmpty)
            {
                named.Insert(UpperBound(named, resolved.Start), resolved);
                var gender = GenderOf(doc, resolved);
                string key = Surname(doc, resolved);
                if (gender != Gender.Unknown) genders[key] = gender;
                else if (!speaker.IsEmpty && doc.Text.Substring(speaker.Start, speaker.Length) is var w)
                {
                    if (w.Equals("he", StringComparison.OrdinalIgnoreCase)) genders.TryAdd(key, Gender.Male);
                    else if (w.Equals("she", StringComparison.OrdinalIgnoreCase)) genders.TryAdd(key, Gender.Female);
                }
            }
            result.Add(quote with { ResolvedSpeaker = resolved });
        }
        return result.MoveToImmutable();
    }

    /// <summary>Per-article facts the pronoun rule asks for again and again, computed once.</summary>
    private sealed class Context
    {
        public Context(QuoteDetector.Doc doc)
        {
            Doc = doc;
            var t = doc.T;
            for (int k = 1; k < t.Count; k++)
                if (t.IsCapitalized(k) && t.IsCapitalized(k - 1) && !t.In(t.Words.NotNames, k - 1))
                    NamedWithFirstWord.Add(t.WordString(k));
            Subjects = AllSubjects(doc).ToList();
        }

        public QuoteDetector.Doc Doc { get; }
        /// <summary>Words the article writes after another capitalised word ("Juan Guaido" → Guaido).</summary>
        public HashSet<string> NamedWithFirstWord { get; } = new(StringComparer.Ordinal);
        public List<TextSpan> Subjects { get; }
    }

    private static TextSpan ResolvePronoun(Context context, string pronoun, int at, List<TextSpan> named, Dictionary<string, Gender> genders)
    {
        var doc = context.Doc;
        var want = pronoun.ToLowerInvariant() switch { "he" => Gender.Male, "she" => Gender.Female, _ => (Gender?)null };
        if (want is null) return default; // they/we/I/it: groups, the outlet, or the writer
        int minParagraph = Math.Max(0, doc.ParagraphAt(at) - QuoteSettings.PronounLookbackParagraphs);
        int minOffset = doc.Paragraphs[minParagraph].Span.Start;
        // candidates: earlier named speakers and names that open a sentence as its subject ("Guaido spoke out …")
        var candidates = Window(named, minOffset, at).Concat(Window(context.Subjects, minOffset, at)).OrderByDescending(c => c.Start);
        foreach (var candidate in candidates)
        {
            if (!IsPersonLike(context, candidate)) continue;
            var g = genders.GetValueOrDefault(Surname(doc, candidate), GenderOf(doc, candidate));
            if (g == Gender.Unknown || g == want) return candidate;
        }
        // no earlier speaker: the nearest preceding person-like name (title- or honorific-led, or a sentence subject)
        var t = doc.T;
        for (int k = t.LastEndingAtOrBefore(at); k >= 0 && t.Span(k).Start >= minOffset; k--)
        {
            if (!t.IsCapitalized(k) || t.IsCapitalized(k + 1)) continue;
            var name = SpeakerPhrase.NameEndingAt(t, k, t.FirstAtOrAfter(minOffset));
            if (name.IsEmpty) continue;
            int s = t.FirstAtOrAfter(name.Start);
            bool titled = s > 0 && (t.In(t.Words.RoleNouns, s) || t.In(t.Words.Honorifics, s)
                                    || s - 1 >= 0 && t.IsWord(s - 1) && t.In(t.Words.RoleNouns, s - 1));
            bool subject = k - s >= 1 && t.IsLower(k + 1);
            if (!titled && !subject) continue;
            var g = genders.GetValueOrDefault(Surname(doc, name), GenderOf(doc, name));
            if (g == Gender.Unknown || g == want) return TrimTitle(doc, name);
        }
        return default;
    }

    /// <summary>The spans of a list sorted by start that start in [<paramref name="from"/>, <paramref name="to"/>), in list order.</summary>
    private static IEnumerable<TextSpan> Window(List<TextSpan> byStart, int from, int to)
    {
        for (int k = UpperBound(byStart, from - 1); k < byStart.Count && byStart[k].Start < to; k++) yield return byStart[k];
    }

    private static int LowerBound(IReadOnlyList<int> sorted, int value)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Index of the first span in a list sorted by start that starts after <paramref name="position"/>.</summary>
    private static int UpperBound(List<TextSpan> byStart, int position)
    {
        int lo = 0, hi = byStart.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (byStart[mid].Start <= position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Names that open a sentence and are followed by a lower-case word (its verb).</summary>
    private static IEnumerable<TextSpan> AllSubjects(QuoteDetector.Doc doc)
    {
        var t = doc.T;
        foreach (var sentence in doc.Sentences)
        {
            int first = t.FirstAtOrAfter(sentence.Span.Start);
            while (first < t.Count && t.IsWord(first) && t.In(t.Words.NotNames, first) && !t.In(t.Words.Honorifics, first)) first++;
            if (first >= t.Count || t.Span(first).Start >= sentence.Span.End) continue;
            var name = SpeakerPhrase.Right(t, first, t.LastEndingAtOrBefore(sentence.Span.End));
            if (name.IsEmpty || !char.IsUpper(doc.Text[name.Start])) continue;
            int after = t.FirstAtOrAfter(name.End);
            if (after < t.Count && t.IsLower(after)) yield return TrimTitle(doc, name);
        }
    }

    /// <summary>A name that can be a person: two or more words, an honorific, or a surname the article also gives
    /// with a first name or title. Keeps "Banners reads …" and "Venezuela has …" from becoming "he".</summary>
    private static bool IsPersonLike(Context context, TextSpan name)
    {
        var doc = context.Doc;
        var words = doc.Text.AsSpan(name.Start, name.Length).Trim();
        if (words.IndexOf(' ') >= 0) return true;
        if (GenderOf(doc, name) != Gender.Unknown) return true;
        return context.NamedWithFirstWord.Contains(words.ToString());
    }

    /// <summary>"the Venezuelan president" → a name the article gives that role, nearest before the quote first.</summary>
    private static TextSpan ResolveRole(QuoteDetector.Doc doc, TextSpan role)
    {
        var t = doc.T;
        int first = t.FirstAtOrAfter(role.Start), last = t.LastEndingAtOrBefore(role.End);
        if (last < first) return default;
        string head = t.WordString(last);
        if (!t.Words.RoleNouns.Contains(head)) return default;
        var modifiers = new List<string>();
        for (int k = first; k < last; k++)
            if (t.IsWord(k) && !t.In(t.Words.Determiners, k)) modifiers.Add(t.WordString(k));
        TextSpan best = default;
        int bestScore = int.MinValue;
        // the role's other mentions within RoleReach characters either way: the whole of any news article (the longest DUC
        // 2004 document has 32,000 characters), but not a whole archive in one file, whose every role phrase would
        // otherwise read every mention of its head word
        var positions = t.PositionsOf(head);
        int from = LowerBound(positions, t.FirstAtOrAfter(role.Start - QuoteSettings.RoleReach));
        int until = t.FirstAtOrAfter(role.End + QuoteSettings.RoleReach);
        for (int p = from; p < positions.Count && positions[p] < until; p++)
        {
            int k = positions[p];
            if (k >= first && k <= last) continue;
            TextSpan name = default;
            int modStart = k;
            // "Venezuelan President Nicolás Maduro"
            if (t.IsCapitalized(k) && t.IsCapitalized(k + 1))
            {
                var run = SpeakerPhrase.Right(t, k + 1, Math.Min(t.Count - 1, k + 5));
                if (!run.IsEmpty) name = run;
            }
            // "Maduro, the Venezuelan president"
            if (name.IsEmpty)
            {
                int s = k;
                while (s > 0 && t.IsWord(s - 1) && !t.IsPunct(s - 1, ',') && k - s < QuoteSettings.MaxRoleTokens) s--;
                modStart = s;
                if (s >= 2 && t.IsPunct(s - 1, ',') && t.In(t.Words.Determiners, s))
                    name = SpeakerPhrase.NameEndingAt(t, s - 2, Math.Max(0, s - 6));
            }
            if (name.IsEmpty) continue;
            int score = 0;
            for (int m = Math.Max(0, modStart - 3); m < k; m++)
                foreach (var mod in modifiers)
                    if (SharesPrefix(t.WordString(m), mod, 6)) score += 10;
            score += t.Span(k).Start < role.Start ? 5 : 0;
            score -= Math.Abs(t.Span(k).Start - role.Start) / 2000;
            if (score > bestScore) { bestScore = score; best = name; }
        }
        return best.IsEmpty ? default : TrimTitle(doc, best);
    }

    private static bool SharesPrefix(string a, string b, int n) =>
        a.Length >= Math.Min(n, b.Length) && b.Length >= Math.Min(n, a.Length)
        && string.Compare(a, 0, b, 0, Math.Min(n, Math.Min(a.Length, b.Length)), StringComparison.OrdinalIgnoreCase) == 0;

    /// <summary>Drops leading title words ("President", "Secretary of State") from a name run.</summary>
    private static TextSpan TrimTitle(QuoteDetector.Doc doc, TextSpan name)
    {
        var t = doc.T;
        int s = t.FirstAtOrAfter(name.Start), e = t.LastEndingAtOrBefore(name.End);
        while (s < e && (t.In(t.Words.RoleNouns, s) || t.Is(s, "of") || t.Is(s, "State")
                         || (t.IsCapitalized(s) && t.IsWord(s + 1) && (t.Is(s + 1, "of") || t.In(t.Words.RoleNouns, s + 1)))))
            s++;
        return t.Range(s, e);
    }

    private static Gender GenderOf(QuoteDetector.Doc doc, TextSpan name)
    {
        var words = doc.Text.AsSpan(name.Start, name.Length);
        if (words.StartsWith("Mr") && !words.StartsWith("Mrs")) return Gender.Male;
        if (words.StartsWith("Mrs") || words.StartsWith("Ms")) return Gender.Female;
        int s = name.Start - 5;
        if (s >= 0)
        {
            var before = doc.Text.AsSpan(s, 5);
            if (before.EndsWith("Mr. ")) return Gender.Male;
            if (before.EndsWith("Mrs. ") || before.EndsWith("Ms. ")) return Gender.Female;
        }
        return Gender.Unknown;
    }

    internal static string Surname(QuoteDetector.Doc doc, TextSpan name)
    {
        var words = doc.Text.Substring(name.Start, name.Length).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? "" : words[^1];
    }

    private static string FirstWord(string words)
    {
        int space = words.IndexOf(' ');
        return space < 0 ? words : words[..space];
    }
}
