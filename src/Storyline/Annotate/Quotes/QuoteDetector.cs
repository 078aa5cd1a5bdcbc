using System.Collections.Immutable;
using Storyline.Text;
using Storyline.Language;

namespace Storyline.Annotate.Quotes;

/// <summary>
/// Finds direct quotes and reported speech in one article with rules over quote marks, cue verbs and
/// speaker phrases (see docs/quotes.md for the rule families). Pure: same text and layers, same quotes.
/// </summary>
internal static class QuoteDetector
{
    private sealed class Draft
    {
        public TextSpan Content;
        public TextSpan Cue;
        public TextSpan Speaker;
        public bool Direct;
        public readonly List<TextSpan> Continuation = new();

        public Quote ToQuote(TextSpan resolved) => new(Content, Cue, Speaker, resolved, Direct)
        {
            Continuation = Continuation.ToImmutableArray(),
        };
    }

    /// <summary>What an attribution rule found; <c>Rest</c> is a second content part when the attribution interrupts the content.</summary>
    private readonly record struct Attribution(TextSpan Content, TextSpan Cue, TextSpan Speaker, TextSpan Rest = default);

    public static ImmutableArray<Quote> Detect(string text, ImmutableArray<Paragraph> paragraphs,
        ImmutableArray<Sentence> sentences, ImmutableArray<Token> tokens, QuoteVocabulary words)
    {
        var t = new TokenView(text, tokens, words);
        var doc = new Doc(text, t, paragraphs, sentences);
        var drafts = new List<Draft>();
        DirectQuotes(doc, drafts);
        ReportedSpeech(doc, drafts);
        drafts.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
        return SpeakerResolver.Resolve(doc, drafts.Select(d => d.ToQuote(default)).ToList());
    }

    /// <summary>The article's text with its layers, and lookups between them.</summary>
    internal sealed class Doc(string text, TokenView tokens, ImmutableArray<Paragraph> paragraphs, ImmutableArray<Sentence> sentences)
    {
        public string Text { get; } = text;
        public TokenView T { get; } = tokens;
        public ImmutableArray<Paragraph> Paragraphs { get; } = paragraphs;
        public ImmutableArray<Sentence> Sentences { get; } = sentences;

        /// <summary>Index of the sentence containing <paramref name="offset"/>, or the last one starting before it.</summary>
        public int SentenceAt(int offset)
        {
            int lo = 0, hi = Sentences.Length - 1, found = -1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >>> 1;
                if (Sentences[mid].Span.Start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
            }
            return Math.Max(0, found);
        }

        /// <summary>Start of the sentence containing <paramref name="offset"/>. Refines the sentence layer, which does
        /// not split before quote styles it does not know as openers (''…'' of wire archives).</summary>
        public int SentenceStart(int offset)
        {
            int s = Sentences.Length == 0 ? 0 : Sentences[SentenceAt(offset)].Span.Start;
            if (s > offset) s = Paragraphs[ParagraphAt(offset)].Span.Start;
            for (int k = offset - 1; k > s; k--)
            {
                char c = Text[k];
                if (c is not ('.' or '!' or '?')) continue;
                int after = k + 1;
                while (after < offset && (QuoteMarks.IsMark(Text[after]) || Text[after] == ')')) after++;
                if (after >= offset || !char.IsWhiteSpace(Text[after])) continue;
                if (c == '.' && IsAbbreviation(k)) continue;
                while (after < offset && char.IsWhiteSpace(Text[after])) after++;
                return after;
            }
            return s;
        }

        private bool IsAbbreviation(int dot)
        {
            int w = dot;
            while (w > 0 && char.IsLetter(Text[w - 1])) w--;
            var word = Text.AsSpan(w, dot - w + 1);
            return word.Length == 2 && char.IsUpper(word[0]) || T.Words.Honorifics.Contains(word.ToString());
        }

        public int ParagraphAt(int offset)
        {
            int lo = 0, hi = Paragraphs.Length - 1, found = -1;
            while (lo <= hi)
            {
                int mid = (lo + hi) >>> 1;
                if (Paragraphs[mid].Span.Start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
            }
            return Math.Max(0, found);
        }

        public bool HasLetters(int start, int end)
        {
            for (int i = start; i < end; i++) if (char.IsLetterOrDigit(Text[i])) return true;
            return false;
        }
    }

    // ---- direct quotes -------------------------------------------------------------------------------------

    private static void DirectQuotes(Doc doc, List<Draft> drafts)
    {
        Draft? unclosed = null, previousParagraphLast = null;
        char unclosedMark = '\0';
        for (int p = 0; p < doc.Paragraphs.Length; p++)
        {
            var para = doc.Paragraphs[p].Span;
            var segments = QuoteMarks.Find(doc.Text, para);
            Draft? last = null;
            foreach (var seg in segments)
            {
                // a quote running on from the previous paragraph re-opens with a mark at this paragraph's start
                if (unclosed is not null && seg.Span.Start == para.Start && SameStyle(unclosedMark, doc.Text[seg.Span.Start]))
                {
                    unclosed.Continuation.Add(seg.Span);
                    if (unclosed.Cue.IsEmpty && PostAttribution(doc, seg) is { } late)
                    {
                        unclosed.Cue = late.Cue;
                        unclosed.Speaker = late.Speaker;
                    }
                    last = unclosed;
                    unclosed = seg.Closed ? null : unclosed;
                    continue;
                }
                unclosed = null;
                var words = WordCount.Of(doc.Text, seg.Inner);
                if (words == 0) continue;
                if (last is not null && !last.Direct && !StartsLowercase(doc.Text, seg) && ResumesAfterAttribution(doc, last, seg))
                {
                    // Vogt described the move as a “grave lapse,” adding: “I am …”: the first quote was words inside a
                    // sentence about the speaker, so the capitalised quote after the cue is the utterance, with that cue
                    var speaker = last.Speaker.IsEmpty ? SpeakerPhrase.FirstInSentence(doc.T,
                        doc.T.FirstAtOrAfter(doc.SentenceStart(last.Content.Start)), doc.T.FirstAtOrAfter(last.Cue.Start)) : last.Speaker;
                    var own = new Draft { Content = seg.Span, Cue = last.Cue, Speaker = speaker, Direct = true };
                    drafts.Add(own);
                    last = own;
                    if (!seg.Closed) unclosed = own;
                    continue;
                }
                if (last is not null && ResumesAfterAttribution(doc, last, seg))
                {
                    // "…," Mr. Coleman said, "but …": one utterance interrupted by its attribution
                    last.Continuation.Add(seg.Span);
                    if (!seg.Closed) unclosed = last;
                    continue;
                }
                var attribution = PostAttribution(doc, seg) ?? PreAttribution(doc, seg, p);
                // "“…,” he said on “Meet the Press.” “…”": a title inside the previous quote's attribution reuses its cue;
                // it is no utterance, and the quote after it still continues the previous one
                if (attribution is { } reused && last is not null && !last.Cue.IsEmpty && reused.Cue == last.Cue) continue;
                Draft? draft = null;
                if (attribution is { } a)
                {
                    draft = new Draft { Content = a.Content, Cue = a.Cue, Speaker = a.Speaker, Direct = StartsWithMark(doc.Text, a.Content) };
                    if (!a.Rest.IsEmpty) draft.Continuation.Add(a.Rest);
                    drafts.Add(draft);
                }
                else if (StartsSentence(doc, seg) && last is not null)
                {
                    // "…," he said. "…": the second part belongs to the same utterance
                    last.Continuation.Add(seg.Span);
                    if (!seg.Closed) unclosed = last;
                    continue;
                }
                else if (seg.Span.Start == para.Start && IsWholeParagraph(doc, seg, para) && previousParagraphLast is { } prev)
                {
                    // a paragraph that is only a quote, right after a quoted paragraph: the same utterance goes on
                    prev.Continuation.Add(seg.Span);
                    last = prev;
                    if (!seg.Closed) unclosed = prev;
                    continue;
                }
                else if (last is not null && !last.Cue.IsEmpty && words >= QuoteSettings.MinColonQuoteWords && GoesOnInSpeakersWords(doc, seg))
                {
                    // "…," she said. Now, "within the business community there is …": a cue-less sentence that goes on
                    // in the speaker's words continues the utterance, from its start, as the corpus annotates it
                    int from = doc.SentenceStart(seg.Span.Start);
                    last.Continuation.Add(TextSpan.FromBounds(from, SentenceContentEnd(doc, seg.Span.End - 1, seg.Span.End)));
                    continue;
                }
                else if (StartsSentence(doc, seg) && EndsSentence(doc, seg) && words >= QuoteSettings.MinStandaloneWords)
                {
                    draft = new Draft { Content = seg.Span, Direct = true };
                    drafts.Add(draft);
                }
                if (draft is null) continue; // scare quotes, titles, fragments (the reported-speech pass takes those)
                last = draft;
                if (!seg.Closed) unclosed = draft;
            }
            previousParagraphLast = last;
            if (unclosed is not null && segments.Count > 0) unclosedMark = doc.Text[segments[^1].Span.Start];
        }
    }

    /// <summary>True when a lower-case quote sits a few words into a sentence without a cue of its own
    /// ("Now, “within a month …”"): the sentence goes on in the previous speaker's words.</summary>
    private static bool GoesOnInSpeakersWords(Doc doc, QuoteSegment seg)
    {
        if (!StartsLowercase(doc.Text, seg) || StartsSentence(doc, seg)) return false;
        int first = doc.T.FirstAtOrAfter(doc.SentenceStart(seg.Span.Start));
        int before = doc.T.LastEndingAtOrBefore(seg.Span.Start);
        return before - first < QuoteSettings.MaxLeadIntoContinuation && !HasCueBefore(doc.T, before, first);
    }

    /// <summary>True when two opening marks are of one style (straight, curly double, …): a quote left open in
    /// one style is not resumed by a paragraph opening in another ("…excerpt / “…,” Kelly charged").</summary>
    private static bool SameStyle(char a, char b) => Family(a) == Family(b);

    private static char Family(char c) => c switch
    {
        '\u201C' or '\u201D' => '\u201C',
        '\u2018' or '\u2019' => '\u2018',
        _ => c,
    };

    /// <summary>"…," said X / "…," X said / "…," according to X.</summary>
    private static Attribution? PostAttribution(Doc doc, QuoteSegment seg)
    {
        var t = doc.T;
        string text = doc.Text;
        int end = seg.Span.End;
        int paraEnd = doc.Paragraphs[doc.ParagraphAt(seg.Span.Start)].Span.End;
        int i = t.FirstAtOrAfter(end);
        if (i >= t.Count || t.Span(i).Start >= paraEnd) return null;
        if (DashAttribution(doc, seg, i, paraEnd) is { } signed) return signed;
        // the last character before the closer, past the closers of a nested quote ("…, ‘…,’”)
        int lastAt = seg.Inner.End - 1;
        while (lastAt > seg.Inner.Start && (QuoteMarks.IsMark(text[lastAt]) || text[lastAt] == ' ')) lastAt--;
        char innerLast = seg.Inner.Length > 0 ? text[lastAt] : ' ';
        bool comma = t.IsPunct(i, ',') || t.IsPunct(i, '\u2014') || t.IsPunct(i, '-');
        bool continues = comma || innerLast is ',' or '?' or '!' or '\u2014' or '-' || t.IsLower(i);
        // "…." Trump said. (a period where a comma belongs): a name and a cue right after still attribute it
        if (!continues && t.IsCapitalized(i) && !t.In(t.Words.NotNames, i))
            for (int k = i + 1; k <= i + 3 && k < t.Count; k++)
                if (IsCue(t, k, out _) && SpeakerPhrase.Left(t, k, i) is { IsEmpty: false } name && name.Start == t.Span(i).Start
                    && (t.IsPunct(k + 1, '.') || t.IsPunct(k + 1, ','))) { continues = true; break; }
        if (!continues) return null;
        if (comma) i++;
        // the attribution clause runs to the next sentence mark or quote
        int max = i, depth = 0;
        while (max < t.Count && t.Span(max).Start < paraEnd && max - i <= QuoteSettings.MaxSpeakerTokens + QuoteSettings.MaxAppositiveTokens)
        {
            var span = t.Span(max);
            char c = text[span.Start];
            if (span.Length == 1 && c == '(') depth++;
            else if (span.Length == 1 && c == ')') depth = Math.Max(0, depth - 1);
            // "Rep. Earl Blumenauer (D-Ore.) said": periods of honorifics, initials and parentheses end nothing, nor does
            // a period before a comma ("Rep. Glenn Thompson, R-Pa., said")
            else if (span.Length == 1 && (c is '.' or '!' or '?' or ';' || QuoteMarks.IsMark(c)) && !IsAbbreviationDot(t, max) && depth == 0
                     && !(c == '.' && t.IsPunct(max + 1, ','))) break;
            max++;
        }
        max--;
        if (max < i) return null;
        var content = ContentBefore(doc, seg);
        if (IsCue(t, i, out int cueEnd))
        {
            var speaker = SpeakerPhrase.Right(t, cueEnd + 1, max);
            return new Attribution(content, t.Range(i, cueEnd), speaker);
        }
        // "…!" beamed Donald Hartley. / "…," Hannity started.: a past-tense verb outside the lexicon still attributes a
        // quote that hands over with a comma, "!" or "?" when a name stands beside it and the clause ends there
        if (UnknownVerbAttribution(doc, i, max, content) is { } inverted) return inverted;
        // a long appositive is allowed only after a name and a comma ("…," Trump, the front-runner in …, said)
        int window = Enumerable.Range(i + 1, 6).Any(k => t.IsPunct(k, ','))
            ? QuoteSettings.MaxSpeakerTokens + QuoteSettings.MaxAppositiveTokens : QuoteSettings.MaxSpeakerTokens;
        for (int k = i + 1; k <= Math.Min(max, i + window); k++)
        {
            if (!IsCue(t, k, out cueEnd)) continue;
            var speaker = SpeakerPhrase.Left(t, k, i);
            if (speaker.IsEmpty && t.IsPunct(k - 1, ',') && !t.IsPunct(i, ',') && StartsWithMark(text, content))
            {
                // “…” about fixing inequality, said Marla Kilfoyle: the words up to the comma belong to the content
                var late = SpeakerPhrase.Right(t, cueEnd + 1, max);
                if (late.IsEmpty) return null;
                return new Attribution(TextSpan.FromBounds(content.Start, t.Span(k - 1).Start), t.Range(k, cueEnd), late);
            }
            if (speaker.IsEmpty || !NothingButOwnersBefore(t, i, speaker.Start)) return null;
            return new Attribution(content, t.Range(k, cueEnd), speaker);
        }
        return null;
    }

    /// <summary>“…” ― Ana Ruiz / “…” — Ana Ruiz, a teacher: a dash and a name closing the paragraph sign the quote, as
    /// readers' comments, epigraphs and vox pops are printed. No cue verb; the dash is the cue.</summary>
    private static Attribution? DashAttribution(Doc doc, QuoteSegment seg, int i, int paraEnd)
    {
        var t = doc.T;
        if (!seg.Closed || t.Span(i).Length != 1 || doc.Text[t.Span(i).Start] is not ('\u2015' or '\u2014' or '\u2013')) return null;
        int last = t.LastEndingAtOrBefore(paraEnd);
        if (last <= i || last - i > QuoteSettings.MaxSpeakerTokens + QuoteSettings.MaxAppositiveTokens) return null;
        if (!t.IsCapitalized(i + 1) || t.In(t.Words.NotNames, i + 1)) return null;
        var name = SpeakerPhrase.Right(t, i + 1, last);
        if (name.IsEmpty || name.Start != t.Span(i + 1).Start) return null;
        int after = t.FirstAtOrAfter(name.End);
        // only a final period or a comma-led role ("…, a nurse in Tucson") may follow the name
        bool signs = after > last || after == last && t.IsPunct(last, '.') || t.IsPunct(after, ',') && NoSentenceMark(t, after + 1, last - 1);
        return signs ? new Attribution(ContentBefore(doc, seg), t.Span(i), name) : null;
    }

    private static bool NoSentenceMark(TokenView t, int from, int to)
    {
        for (int k = from; k <= to; k++)
            if (t.IsPunct(k, '.') || t.IsPunct(k, '!') || t.IsPunct(k, '?') || t.IsPunct(k, ';') || t.IsPunct(k, '"')
                || t.IsPunct(k, '\u201C') || t.IsPunct(k, '\u201D')) return false;
        return true;
    }

    private static Attribution? UnknownVerbAttribution(Doc doc, int i, int max, TextSpan content)
    {
        var t = doc.T;
        static bool PastTense(TokenView t, int k) => t.IsLower(k) && t.Span(k).Length > 3 && t.WordString(k).EndsWith("ed", StringComparison.Ordinal);
        bool ClauseEndsAfter(int k) => k + 1 >= t.Count || t.IsPunct(k + 1, '.') || t.IsPunct(k + 1, ',');
        if (PastTense(t, i))
        {
            var right = SpeakerPhrase.Right(t, i + 1, max);
            if (!right.IsEmpty && t.IsCapitalized(i + 1) && right.Start == t.Span(i + 1).Start && ClauseEndsAfter(t.LastEndingAtOrBefore(right.End)))
                return new Attribution(content, t.Span(i), right);
            return null;
        }
        if (!t.IsCapitalized(i) || t.In(t.Words.NotNames, i)) return null;
        for (int k = i + 1; k <= Math.Min(max, i + 4); k++)
        {
            if (!PastTense(t, k)) continue;
            var left = SpeakerPhrase.Left(t, k, i);
            if (!left.IsEmpty && left.Start == t.Span(i).Start && ClauseEndsAfter(k)) return new Attribution(content, t.Span(k), left);
            return null;
        }
        return null;
    }

    private static bool HasCueBefore(TokenView t, int from, int first)
    {
        for (int k = from; k >= first; k--) if (IsCue(t, k, out _)) return true;
        return false;
    }

    /// <summary>X said: "…" / X told reporters, "…" / X said that "…" / Name: "…".</summary>
    private static Attribution? PreAttribution(Doc doc, QuoteSegment seg, int paragraph)
    {
        var t = doc.T;
        string text = doc.Text;
        int start = seg.Span.Start;
        var para = doc.Paragraphs[paragraph].Span;
        int limit = doc.SentenceStart(start);
        if (limit >= start || !doc.HasLetters(limit, start))
        {
            // a quote opening its paragraph, introduced at the end of the previous one ("he declared:")
            if (start != para.Start || paragraph == 0) return null;
            var prev = doc.Paragraphs[paragraph - 1].Span;
            if (text[prev.End - 1] != ':') return null;
            limit = doc.Sentences[doc.SentenceAt(prev.End - 1)].Span.Start;
        }
        int first = t.FirstAtOrAfter(limit);
        int j = t.LastEndingAtOrBefore(start);
        if (j < first) return null;
        // the gap between cue and mark: punctuation, "that", a listener, a time or place phrase
        for (int k = j; k >= first && j - k <= QuoteSettings.MaxCueGapTokens; k--)
        {
            var span = t.Span(k);
            // the period of "Ms." or an initial between cue and mark ends no sentence ("wrote of Ms. Merkel: “…”")
            if (span.Length == 1 && (QuoteMarks.IsMark(text[span.Start]) || text[span.Start] is '.' or '!' or '?' or ';')
                && !IsAbbreviationDot(t, k)) return null;
            if (t.IsPunct(k, ':') && k == j && k - 1 >= first && t.IsCapitalized(k - 1))
            {
                // "Maduro: “…”" (headline style): a name alone before a colon
                var name = SpeakerPhrase.NameEndingAt(t, k - 1, first);
                // "Name: ‘No Idea’ If I Would …" (headline style): words after the quote in the sentence are part of
                // the content, as the corpus annotates these headlines
                var headline = seg.Span;
                int sentenceEnd = SentenceContentEnd(doc, seg.Span.End - 1, seg.Span.End);
                if (doc.HasLetters(seg.Span.End, sentenceEnd)) headline = TextSpan.FromBounds(seg.Span.Start, sentenceEnd);
                if (!name.IsEmpty && WordCount.Of(text, headline) >= QuoteSettings.MinColonQuoteWords && !HasCueBefore(t, k - 1, first)
                    && !IsInvertedCue(t, t.FirstAtOrAfter(name.Start)))
                    return new Attribution(headline, span, name);
            }
            int cueEnd;
            if (k == first && IsInvertedCue(t, k) && (t.IsPunct(j, ',') || t.IsPunct(j, ':')))
            {
                // Said Comey, “…” / Continued Stone: “…”: an inverted attribution opening the sentence, the speaker after the cue
                var late = SpeakerPhrase.Right(t, k + 1, j);
                if (!late.IsEmpty) return new Attribution(seg.Span, t.Span(k), late);
            }
            if (!IsCue(t, k, out cueEnd) || cueEnd > j) continue;
            int gap = j - cueEnd;
            bool punctuated = t.IsPunct(j, ':') || t.IsPunct(j, ',');
            bool thatClause = false;
            for (int g = cueEnd + 1; g <= j; g++) if (t.Is(g, "that")) thatClause = true;
            if (!punctuated && !thatClause && gap > QuoteSettings.MaxCueGapTokens / 2) return null;
            var speaker = SpeakerPhrase.Left(t, k, first);
            if (speaker.IsEmpty) speaker = SpeakerPhrase.Right(t, cueEnd + 1, j);
            if (speaker.IsEmpty) speaker = SpeakerPhrase.Subject(t, k, t.FirstAtOrAfter(doc.SentenceStart(t.Span(k).Start)));
            var content = seg.Span;
            if (thatClause)
            {
                int that = cueEnd + 1;
                while (!t.Is(that, "that")) that++;
                content = TextSpan.FromBounds(t.Span(that).Start, SentenceContentEnd(doc, seg.Span.End - 1, seg.Span.End));
            }
            else if (punctuated && t.IsPunct(j, ',') && !speaker.IsEmpty && speaker.Start > t.Span(first).Start
                     && StartsLowercase(text, seg) && t.IsPunct(t.LastEndingAtOrBefore(speaker.Start), ','))
            {
                // An economic downturn, he said, "could be a good time …": the attribution interrupts one sentence,
                // which is the content (the lower-case start shows the quote goes on from the words before)
                var head = TextSpan.FromBounds(t.Span(first).Start, t.Span(t.LastEndingAtOrBefore(speaker.Start)).Start);
                return new Attribution(head, t.Range(k, cueEnd), speaker, seg.Span);
            }
            else if (gap == 0 && doc.HasLetters(seg.Span.End, SentenceContentEnd(doc, seg.Span.End - 1, seg.Span.End))
                     && !EndsWithSentenceMark(text, seg))
            {
                // testified "thousands" of emails were …: the quote opens a clause that goes on
                content = TextSpan.FromBounds(seg.Span.Start, SentenceContentEnd(doc, seg.Span.End - 1, seg.Span.End));
            }
            else if (!punctuated && gap >= 1)
            {
                // said he "appreciates …" / promised to "carpet bomb …": a fragment inside reported speech,
                // annotated from the words after the cue
                content = TextSpan.FromBounds(t.Span(cueEnd + 1).Start, SentenceContentEnd(doc, seg.Span.End - 1, seg.Span.End));
            }
            return new Attribution(content, t.Range(k, cueEnd), speaker);
        }
        // "Mrs. Clinton … boomed, “Today, …”": a verb outside the lexicon, a comma and a capitalised quote that ends the
        // sentence hand the floor over as a colon does
        if (t.IsPunct(j, ',') && j - 1 >= first && t.IsLower(j - 1) && t.WordString(j - 1).EndsWith("ed", StringComparison.Ordinal)
            && !StartsLowercase(text, seg) && EndsSentence(doc, seg) && WordCount.Of(text, seg.Inner) >= QuoteSettings.MinColonQuoteWords
            && SpeakerPhrase.Subject(t, j - 1, first, anyCue: true) is { IsEmpty: false } subject)
            return new Attribution(seg.Span, t.Span(j - 1), subject);
        // "… the memo read in part: “…”" without a known cue: a colon still hands the floor to a quote
        if (t.IsPunct(j, ':') && WordCount.Of(text, seg.Inner) >= QuoteSettings.MinColonQuoteWords)
            return new Attribution(seg.Span, t.Span(j), SpeakerPhrase.Subject(t, j, first, anyCue: true));
        return null;
    }

    /// <summary>A capitalised cue that opens a sentence before its speaker: "Said", "Added", or a past-tense cue verb
    /// ("Continued Stone: “…”").</summary>
    private static bool IsInvertedCue(TokenView t, int k)
    {
        if (!t.IsCapitalized(k)) return false;
        if (t.In(t.Words.InvertedCues, k)) return true;
        var w = t.WordString(k);
        return w.EndsWith("ed", StringComparison.Ordinal) && t.Words.DirectCues.Contains(w.ToLowerInvariant());
    }

    /// <summary>True when <paramref name="seg"/> resumes <paramref name="last"/> right after its attribution, in the same
    /// sentence: "…," Mr. Coleman said, "but …".</summary>
    private static bool ResumesAfterAttribution(Doc doc, Draft last, QuoteSegment seg)
    {
        if (last.Cue.IsEmpty || last.Cue.Start < last.Content.Start || last.Cue.End > seg.Span.Start) return false;
        int from = Math.Max(last.Cue.End, last.Speaker.End);
        if (last.Continuation.Count > 0 || seg.Span.Start - from > 120) return false;
        int k = seg.Span.Start - 1;
        while (k >= from && char.IsWhiteSpace(doc.Text[k])) k--;
        if (k < from || doc.Text[k] is not (',' or ':')) return false;
        for (int x = from; x < k; x++)
            if (doc.Text[x] is '!' or '?' or ';' || QuoteMarks.IsMark(doc.Text[x])) return false;
        return doc.SentenceStart(seg.Span.Start) <= last.Content.Start || doc.SentenceStart(seg.Span.Start) <= last.Cue.Start;
    }

    /// <summary>A period that ends an honorific or an initial ("Mr.", "J.") rather than a sentence.</summary>
    private static bool IsAbbreviationDot(TokenView t, int i) =>
        t.IsPunct(i, '.') && i > 0 && t.IsWord(i - 1)
        && (t.Words.Honorifics.Contains(t.WordString(i - 1) + ".") || t.Span(i - 1).Length == 1 && t.IsCapitalized(i - 1));

    /// <summary>True when only a possessive owner ("Commentary's") stands between a quote and its speaker.</summary>
    private static bool NothingButOwnersBefore(TokenView t, int from, int speakerStart)
    {
        int n = 0;
        for (int k = from; k < t.Count && t.Span(k).Start < speakerStart; k++, n++)
            if (!(t.IsWord(k) || t.IsPunct(k, '.') || t.IsPunct(k, ',')) || n > QuoteSettings.MaxSpeakerLead) return false;
        return true;
    }

    /// <summary>True when token <paramref name="i"/> starts a cue; <paramref name="cueEnd"/> is its last token.</summary>
    private static bool IsCue(TokenView t, int i, out int cueEnd)
    {
        cueEnd = i;
        if (!t.IsLower(i)) return false;
        if (t.Is(i, "according") && t.Is(i + 1, "to")) { cueEnd = i + 1; return true; }
        if (t.Is(i, "put") && t.Is(i + 1, "it")) { cueEnd = i + 1; return true; }
        if (t.Is(i, "went") && t.Is(i + 1, "on")) { cueEnd = i + 1; return true; }
        if (t.Is(i, "pointed") && t.Is(i + 1, "out")) { cueEnd = i + 1; return true; }
        if (t.Is(i, "shot") && t.Is(i + 1, "back")) { cueEnd = i + 1; return true; }
        if (t.Is(i, "points") && t.Is(i + 1, "out")) { cueEnd = i + 1; return true; }
        return t.In(t.Words.DirectCues, i);
    }

    /// <summary>The quote alone, or - when words of the sentence precede it ("If it passes, “…,”") - from the
    /// sentence start, as the corpus annotates mixed content.</summary>
    private static TextSpan ContentBefore(Doc doc, QuoteSegment seg)
    {
        int s = doc.SentenceStart(seg.Span.Start);
        if (s >= seg.Span.Start || !doc.HasLetters(s, seg.Span.Start) || HasMark(doc.Text, s, seg.Span.Start)) return seg.Span;
        int k = seg.Span.Start - 1;
        while (k > s && char.IsWhiteSpace(doc.Text[k])) k--;
        // "…, Trump asserted: “…,” he said" - a colon hands over to the quote, as does a cue and comma ("he warned, “…”")
        if (doc.Text[k] is ':' or '\u2014' or '\u2013' or '-' or '(') return seg.Span;
        if (doc.Text[k] == ',')
        {
            var t = doc.T;
            int comma = t.LastEndingAtOrBefore(k + 1);
            for (int c = comma - 1; c >= 0 && c >= comma - 4 && t.Span(c).Start >= s; c--)
                if (IsCue(t, c, out _)) return seg.Span;
        }
        return TextSpan.FromBounds(s, seg.Span.End);
    }

    /// <summary>True when the quoted words end with their own "!", "?" or "." (a whole utterance: shouted “You lie!” at …).</summary>
    private static bool EndsWithSentenceMark(string text, QuoteSegment seg)
    {
        int k = seg.Inner.End - 1;
        while (k > seg.Inner.Start && (QuoteMarks.IsMark(text[k]) || text[k] == ' ')) k--;
        return k >= seg.Inner.Start && text[k] is '!' or '?' or '.';
    }

    private static bool StartsLowercase(string text, QuoteSegment seg)
    {
        for (int i = seg.Inner.Start; i < seg.Inner.End; i++)
            if (char.IsLetter(text[i])) return char.IsLower(text[i]);
        return false;
    }

    private static bool HasMark(string text, int start, int end)
    {
        for (int i = start; i < end; i++) if (text[i] is '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB') return true;
        return false;
    }

    private static bool StartsSentence(Doc doc, QuoteSegment seg)
    {
        int s = doc.SentenceStart(seg.Span.Start);
        return !doc.HasLetters(Math.Min(s, seg.Span.Start), seg.Span.Start);
    }

    private static bool EndsSentence(Doc doc, QuoteSegment seg)
    {
        int e = doc.Sentences[doc.SentenceAt(Math.Max(seg.Span.Start, seg.Span.End - 1))].Span.End;
        return e <= seg.Span.End || !doc.HasLetters(seg.Span.End, e);
    }

    private static bool IsWholeParagraph(Doc doc, QuoteSegment seg, TextSpan para) =>
        !doc.HasLetters(seg.Span.End, para.End);

    private static bool StartsWithMark(string text, TextSpan span) =>
        span.Length > 0 && (QuoteMarks.IsMark(text[span.Start]) || text[span.Start] is '\u201E' or '\u00AB' or '`');

    /// <summary>End of a sentence's content: the sentence end without its final period.</summary>
    private static int SentenceContentEnd(Doc doc, int offset, int atLeast)
    {
        int e = doc.Sentences[doc.SentenceAt(offset)].Span.End;
        if (e > 0 && doc.Text[e - 1] == '.' && e - 1 >= atLeast) e--;
        return Math.Max(e, atLeast);
    }

    // ---- reported speech -----------------------------------------------------------------------------------

    private static void ReportedSpeech(Doc doc, List<Draft> drafts)
    {
        var t = doc.T;
        var taken = drafts.SelectMany(d => d.Continuation.Append(d.Content).Append(d.Cue).Append(d.Speaker))
            .Where(s => !s.IsEmpty).ToList();
        // a quote opening a sentence that the sentence layer did not split off (''…'' style) is not reported speech
        foreach (var p in doc.Paragraphs)
            foreach (var seg in QuoteMarks.Find(doc.Text, p.Span))
                if (StartsSentence(doc, seg) && WordCount.Of(doc.Text, seg.Inner) >= QuoteSettings.MinStandaloneWords) taken.Add(seg.Span);
        var takenIndex = new SpanIndex<bool>(taken.Select(s => (s, true)));
        foreach (var sentence in doc.Sentences)
        {
            if (takenIndex.AnyOverlapping(sentence.Span)) continue;
            int first = t.FirstAtOrAfter(sentence.Span.Start);
            int last = t.LastEndingAtOrBefore(sentence.Span.End);
            if (last - first < 3) continue;
            int contentLast = t.IsPunct(last, '.') ? last - 1 : last;
            var found = Reported(doc, first, last, contentLast);
            if (found is not { } a) continue;
            drafts.Add(new Draft
            {
                Content = a.Content, Cue = a.Cue, Speaker = a.Speaker,
                Direct = StartsWithMark(doc.Text, a.Content),
            });
        }
    }

    private static Attribution? Reported(Doc doc, int first, int last, int contentLast)
    {
        var t = doc.T;
        // According to X, …
        if (t.Is(first, "according") && t.Is(first + 1, "to"))
        {
            var speaker = SpeakerPhrase.Right(t, first + 2, last);
            for (int k = first + 2; k < contentLast; k++)
                if (t.IsPunct(k, ','))
                    return Make(t, k + 1, contentLast, t.Range(first, first + 1), speaker);
            return null;
        }
        // …, according to X.  /  …, X said.  /  …, said X.
        for (int c = contentLast; c > first + 2; c--)
        {
            if (!t.IsPunct(c, ',')) continue;
            if (contentLast - c > 12) break;
            if (t.Is(c + 1, "according") && t.Is(c + 2, "to"))
                return Make(t, first, c - 1, t.Range(c + 1, c + 2), SpeakerPhrase.Right(t, c + 3, contentLast));
            for (int k = c + 1; k <= contentLast; k++)
            {
                if (!t.IsLower(k) || !t.In(t.Words.ReportCues, k)) continue;
                var speaker = k == c + 1 ? SpeakerPhrase.Right(t, k + 1, contentLast) : SpeakerPhrase.Left(t, k, c + 1);
                if (speaker.IsEmpty || (k > c + 1 && t.FirstAtOrAfter(speaker.Start) - (c + 1) > 3)) break;
                // the tail must be only the attribution (plus a time or place): "officials said on Friday";
                // "…, however, Guaido said he should …" says its content after the cue, so the next rule takes it
                int after = k == c + 1 ? t.FirstAtOrAfter(speaker.End) : k + 1;
                if (after <= contentLast && (t.Is(after, "that") || t.In(t.Words.Pronouns, after))) break;
                return Make(t, first, c - 1, t.Span(k), speaker);
            }
            break;
        }
        // X said (that) …
        for (int k = first + 1; k < contentLast - 1; k++)
        {
            if (!t.IsLower(k) || !t.In(t.Words.ReportCues, k)) continue;
            var speaker = SpeakerPhrase.Left(t, k, first);
            if (speaker.IsEmpty) continue;
            int s = k + 1;
            while (s <= contentLast && (t.IsPunct(s, ',') || t.IsPunct(s, ':'))) s++;
            int that = -1;
            for (int g = s; g <= Math.Min(contentLast, s + 6); g++)
            {
                if (t.IsPunct(g, ',')) break;
                if (t.Is(g, "that")) { that = g; break; }
            }
            // "declared himself interim president": the cue names a status, not an utterance
            if (t.In(t.Words.Reflexives, s)) continue;
            if (that >= 0) s = that;
            else if (ClauseAfterComma(t, s, contentLast) is { } clause) s = clause; // told the agency on the phone, he …
            else if (t.In(t.Words.TakesListener, k))
            {
                // told Reuters / told him: skip the listener
                if (s <= contentLast && (t.In(t.Words.ObjectPronouns, s) || t.IsCapitalized(s)))
                {
                    s++;
                    while (s <= contentLast && t.IsCapitalized(s)) s++;
                }
            }
            return Make(t, s, contentLast, t.Span(k), speaker);
        }
        return null;
    }

    /// <summary>
    /// Where the content starts when the words after the cue are a listener or circumstance closed by a
    /// comma and a new clause opens with a pronoun subject: "told the agency on the phone, he recognised …".
    /// </summary>
    private static int? ClauseAfterComma(TokenView t, int from, int contentLast)
    {
        for (int g = from; g <= Math.Min(contentLast - 2, from + QuoteSettings.MaxListenerTokens); g++)
        {
            if (t.IsPunct(g, ',')) return t.In(t.Words.Pronouns, g + 1) ? g + 1 : null;
            if (t.IsPunct(g, ';') || t.IsPunct(g, ':') || t.IsPunct(g, '(')) return null;
        }
        return null;
    }

    private static Attribution? Make(TokenView t, int from, int to, TextSpan cue, TextSpan speaker)
    {
        if (to - from + 1 < QuoteSettings.MinReportedTokens || from < 0 || to >= t.Count) return null;
        return new Attribution(t.Range(from, to), cue, speaker);
    }
}
