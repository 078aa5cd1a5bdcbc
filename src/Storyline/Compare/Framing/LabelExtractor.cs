using Storyline.Clean;
using System.Collections.Immutable;
using Storyline.Annotate.Entities;
using Storyline.Annotate.Quotes;
using Storyline.Articles;
using Storyline.Compare.Facts.Claims;
using Storyline.Text;
using Storyline.Language;

namespace Storyline.Compare.Framing;

/// <summary>One label found for one mention of an actor.</summary>
/// <param name="Label">As written, e.g. "self-proclaimed interim president".</param>
/// <param name="Citation">The label with the name it describes.</param>
public sealed record FoundLabel(string EntityId, string Label, Citation Citation, bool InQuote);

/// <summary>
/// Finds how an article labels an actor at each mention: the words in front of the name
/// ("opposition leader Juan Guaido", "Venezuelan President Nicolas Maduro"), an appositive after it
/// ("Okafor, the head of the harbour-district council,"), and the name used as a modifier
/// ("the Maduro regime"). A phrase counts only if it has a role word or a loaded word, which keeps out
/// the ordinary words that happen to stand before names.
/// </summary>
public static class LabelExtractor
{
    private const int MaxPremodifierWords = 6;
    private const int MaxAppositiveWords = 12;

    public static IEnumerable<FoundLabel> Find(Article article, IReadOnlyList<(TextSpan Span, string EntityId, EntityType Type)> mentions, FramingVocabulary vocabulary)
    {
        var named = AtNames(article, mentions, vocabulary).ToList();
        return [.. named, .. Descriptions(article, named, mentions, vocabulary)];
    }

    /// <summary>
    /// Descriptions that stand for an actor without the name ("the North's leader" after "North Korean leader Kim Jong Un"):
    /// "the", up to three modifiers and a role noun, not followed by a name, whose role noun heads a label the article gave
    /// one actor earlier, and no other actor. A description two actors' labels could own is left out: a label on the
    /// wrong actor is worse than none.
    /// </summary>
    private static IEnumerable<FoundLabel> Descriptions(Article article, List<FoundLabel> named,
        IReadOnlyList<(TextSpan Span, string EntityId, EntityType Type)> mentions, FramingVocabulary vocabulary)
    {
        var text = article.Text;
        var tokens = article.GetOrEmpty(Token.Layer);
        // per role noun heading a label: where it was first given, to whom, and where another actor was first given it, so
        // "exactly one owner before this description" is two comparisons, not a pass over the article's labels
        var heads = new Dictionary<string, (int FirstAt, string Owner, int OtherAt)>(StringComparer.OrdinalIgnoreCase);
        foreach (var l in named.OrderBy(l => l.Citation.Span.Start))
        {
            var last = l.Label.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).LastOrDefault()?.Trim(',', '.', '"', '\u201D');
            // a title before a name is capitalised ("Venezuelan President"): the same role as "the president"
            if (last is not { Length: > 0 } || !vocabulary.IsRole(last.ToLowerInvariant())) continue;
            int at = l.Citation.Span.Start;
            if (!heads.TryGetValue(last, out var known)) heads[last] = (at, l.EntityId, int.MaxValue);
            else if (known.OtherAt == int.MaxValue && known.Owner != l.EntityId) heads[last] = known with { OtherAt = at };
        }
        if (heads.Count == 0) yield break;
        var sentences = new SentenceLookup(article.GetOrEmpty(Sentence.Layer));
        var quotes = QuoteSpans.Of(article.GetOrEmpty(Quote.Layer));
        var taken = new SpanIndex<bool>(named.Select(l => (l.Citation.Span, true)).Concat(mentions.Select(m => (m.Span, true))));
        for (int k = 0; k + 1 < tokens.Length; k++)
        {
            if (tokens[k].Kind != TokenKind.Word || !Word(text, tokens[k]).Equals(vocabulary.Definite, StringComparison.OrdinalIgnoreCase)) continue;
            // the noun phrase after "the": modifiers (capitalised, possessive, hyphenated, descriptive) and then its head
            int h = k + 1, modifiers = 0;
            while (h < tokens.Length && modifiers <= 3 && IsModifier(text, tokens, h, vocabulary)) { h++; modifiers++; }
            if (h >= tokens.Length || tokens[h].Kind != TokenKind.Word) continue;
            var head = Word(text, tokens[h]);
            if (!char.IsLower(head[0]) || !vocabulary.IsRole(head)) continue;
            // "the mayor Lena Okafor" is a label before a name; "the head of the council" a role of something else
            if (h + 1 < tokens.Length && (IsCapitalizedWord(text, tokens[h + 1]) || Word(text, tokens[h + 1]) is "of" || vocabulary.IsRole(Word(text, tokens[h + 1])))) continue;
            var span = TextSpan.FromBounds(tokens[k + 1].Span.Start, tokens[h].Span.End);
            if (taken.AnyOverlapping(TextSpan.FromBounds(tokens[k].Span.Start, span.End))) continue;
            if (!heads.TryGetValue(head, out var role) || role.FirstAt >= span.Start || role.OtherAt < span.Start) continue;
            var sentence = sentences.Containing(span).Span;
            if (sentence.IsEmpty) continue;
            yield return Make(role.Owner, text.Substring(span.Start, span.Length), article, span, quotes, sentence);
        }
    }

    private static string Word(string text, Token token) => text.Substring(token.Span.Start, token.Span.Length);

    private static bool IsCapitalizedWord(string text, Token token) => token.Kind == TokenKind.Word && char.IsUpper(text[token.Span.Start]);

    /// <summary>A word that may stand between "the" and a description's role noun: a name-like word ("North's"), a
    /// possessive ending, a hyphenated compound, or a descriptive or loaded word the vocabulary lists.</summary>
    private static bool IsModifier(string text, ImmutableArray<Token> tokens, int k, FramingVocabulary vocabulary)
    {
        var t = tokens[k];
        var w = Word(text, t);
        if (w is "'s" or "\u2019s" or "'" or "\u2019") return k > 0 && IsCapitalizedWord(text, tokens[k - 1]);
        if (t.Kind != TokenKind.Word) return false;
        if (char.IsUpper(w[0])) return true;
        // a role word followed by another word of the phrase ("the opposition leader") is a modifier, the last one the head
        return w.Contains('-') || vocabulary.Descriptors.Contains(w) || vocabulary.LoadedWords.Contains(w)
            || (vocabulary.IsRole(w) && k + 1 < tokens.Length && tokens[k + 1].Kind == TokenKind.Word && vocabulary.IsRole(Word(text, tokens[k + 1])));
    }

    private static IEnumerable<FoundLabel> AtNames(Article article, IReadOnlyList<(TextSpan Span, string EntityId, EntityType Type)> mentions, FramingVocabulary vocabulary)
    {
        var text = article.Text;
        var tokens = article.GetOrEmpty(Token.Layer);
        var sentences = new SentenceLookup(article.GetOrEmpty(Sentence.Layer));
        var quotes = QuoteSpans.Of(article.GetOrEmpty(Quote.Layer));
        var mentionSpans = new MentionIndex(mentions.Select(m => m.Span).ToList());
        foreach (var (span, entityId, type) in mentions)
        {
            if (type is not (EntityType.Person or EntityType.Organization)) continue;
            var sentence = sentences.Containing(span).Span;
            if (sentence.IsEmpty) continue;
            int first = Token.IndexStartingAt(tokens, span.Start);
            if (first < 0) continue;

            // words in front of the name
            int k = first - 1, words = 0, labelStart = -1;
            while (k >= 0 && tokens[k].Span.Start >= sentence.Start && words < MaxPremodifierWords)
            {
                var t = tokens[k];
                // "Sen.", "Gov.": the tokenizer parts a title's period from it; here they are one word
                if (IsTitlePeriod(text, tokens, k, vocabulary)) t = new Token(TextSpan.FromBounds(tokens[--k].Span.Start, t.Span.End), TokenKind.Word);
                var w = text.Substring(t.Span.Start, t.Span.Length);
                if (t.Kind != TokenKind.Word || w.StartsWith('\'') || w.StartsWith('\u2019')) break;
                if (vocabulary.Breakers.Contains(w) || IsVerbOrAdverb(w, vocabulary)) break;
                int other = mentionSpans.FirstContaining(t.Span);
                if (other >= 0)
                {
                    // an office's organisation belongs to the office ("US Treasury Secretary", "Kremlin spokesman"); any
                    // other name ends the label ("Venezuelan President": the nationality is not how the outlet labels him)
                    var (otherSpan, _, otherType) = mentions[other];
                    if (otherType != EntityType.Organization || words == 0 || otherSpan.Overlaps(span)) break;
                    labelStart = otherSpan.Start;
                    break;
                }
                if (w == "of" && !(k > 0 && char.IsUpper(text[tokens[k - 1].Span.Start]))) break;
                labelStart = t.Span.Start;
                words++;
                k--;
            }
            labelStart = TrimLeadingWords(text, labelStart, span.Start, vocabulary);
            // the word right before the name must be able to head a label ("leader", "President"), not a verb ("harmed")
            if (labelStart >= 0 && !CanHead(LastWord(text, labelStart, span.Start), vocabulary)) labelStart = -1;
            if (labelStart >= 0)
            {
                var label = text[labelStart..span.Start].Trim();
                // "the so-called Comey memos": a loaded word without a role, before a name that modifies a noun, is the noun's
                if (IsLabel(label, vocabulary) && !(HasNoRole(label, vocabulary) && ModifiesNoun(text, tokens, labelStart, span, vocabulary)))
                    yield return Make(entityId, label, article, TextSpan.FromBounds(labelStart, span.End), quotes, sentence);
            }
            // "'Crooked' Lena Vogt": a nickname in quotes right before the name is an epithet of that person
            if (Nickname(text, tokens, first, sentence) is { } nickname)
                yield return Make(entityId, text.Substring(nickname.Start, nickname.Length), article, TextSpan.FromBounds(nickname.Start, span.End), quotes, sentence);

            // ", the head of the harbour-district council,"
            int after = span.End;
            if (after + 2 < sentence.End && text[after] == ',')
            {
                int s = after + 1;
                while (s < sentence.End && char.IsWhiteSpace(text[s])) s++;
                int e = text.IndexOf(',', s);
                // an appositive may close the sentence ("…, said Lena Vogt, the party's longtime strategist.")
                if (e < 0 || e > sentence.End) e = SentenceEndBefore(text, sentence);
                if (e > s)
                {
                    var phrase = NounPhrase(text[s..e].Trim(), vocabulary);
                    e = s + phrase.Length;
                    var firstWord = phrase.Split(' ')[0].ToLowerInvariant();
                    if (vocabulary.AppositiveOpeners.Contains(firstWord) && WordCount.Of(phrase) <= MaxAppositiveWords && IsLabel(phrase, vocabulary) && !HasReportingVerb(phrase, vocabulary))
                        yield return Make(entityId, phrase, article, TextSpan.FromBounds(span.Start, e), quotes, sentence);
                }
            }

            // "the Maduro regime"
            int next = first;
            while (next < tokens.Length && tokens[next].Span.End <= span.End) next++;
            if (next < tokens.Length && tokens[next].Kind == TokenKind.Word)
            {
                var head = text.Substring(tokens[next].Span.Start, tokens[next].Span.Length);
                if (vocabulary.NameHeads.Contains(head) && first > 0 && text.Substring(tokens[first - 1].Span.Start, tokens[first - 1].Span.Length).Equals(vocabulary.Definite, StringComparison.OrdinalIgnoreCase))
                {
                    var whole = TextSpan.FromBounds(tokens[first - 1].Span.Start, tokens[next].Span.End);
                    yield return Make(entityId, text.Substring(whole.Start, whole.Length), article, whole, quotes, sentence);
                }
            }
        }
    }

    /// <summary>
    /// Drops leading words that cannot open a label: verbs and other words that happen to stand before the
    /// phrase ("recognize opposition leader" → "opposition leader", "abandoning President" → "President").
    /// A label opens with a capitalised word, a role, a loaded word, a known modifier or a hyphenated compound.
    /// </summary>
    private static int TrimLeadingWords(string text, int start, int end, FramingVocabulary words)
    {
        while (start >= 0 && start < end)
        {
            int wordEnd = start;
            while (wordEnd < end && !char.IsWhiteSpace(text[wordEnd])) wordEnd++;
            var word = text[start..wordEnd].Trim('"', '\u201C', '\u201D');
            bool opens = word.Length > 0 && (char.IsUpper(word[0]) || word.Contains('-') || words.IsRole(word)
                || words.LoadedWords.Contains(word) || words.Descriptors.Contains(word));
            if (opens) return start;
            start = wordEnd;
            while (start < end && char.IsWhiteSpace(text[start])) start++;
            if (start >= end) return -1;
        }
        return -1;
    }

    private static string LastWord(string text, int start, int end)
    {
        var words = text[start..end].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? "" : words[^1];
    }

    private static bool CanHead(string word, FramingVocabulary words) =>
        word.Length > 0 && (char.IsUpper(word[0]) || words.IsRole(word) || words.LoadedWords.Contains(word)
            || word.Split('-').Any(words.IsRole));

    private static FoundLabel Make(string entityId, string label, Article article, TextSpan cited, QuoteSpans quotes, TextSpan sentence) =>
        new(entityId, label, new Citation(article.Id, cited), ClaimExtractor.InQuote(cited, quotes, article.Text, sentence));

    private static bool IsLabel(string phrase, FramingVocabulary vocabulary)
    {
        var words = phrase.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return false;
        return words.Any(w => vocabulary.IsRole(w.Trim(',', '.', '"')) || w.Split('-').Any(vocabulary.IsRole))
            || vocabulary.IsLoaded(phrase);
    }

    private static bool HasNoRole(string phrase, FramingVocabulary vocabulary) =>
        !phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => vocabulary.IsRole(w.Trim(',', '.', '"')) || w.Split('-').Any(vocabulary.IsRole));

    /// <summary>
    /// Whether the name is a modifier of a common noun after it ("the so-called Comey memos"): "the" before the label and a
    /// lower-case word after the name that is no verb, function word or name head.
    /// </summary>
    private static bool ModifiesNoun(string text, ImmutableArray<Token> tokens, int labelStart, TextSpan name, FramingVocabulary vocabulary)
    {
        int before = Token.IndexStartingAt(tokens, labelStart) - 1;
        if (before < 0 || !text.Substring(tokens[before].Span.Start, tokens[before].Span.Length).Equals(vocabulary.Definite, StringComparison.OrdinalIgnoreCase)) return false;
        int next = NextTokenAfter(tokens, name.End);
        if (next < 0 || tokens[next].Kind != TokenKind.Word) return false;
        var w = text.Substring(tokens[next].Span.Start, tokens[next].Span.Length);
        return w.Length > 1 && char.IsLower(w[0]) && !IsVerbOrAdverb(w, vocabulary) && !vocabulary.Breakers.Contains(w)
            && !vocabulary.ReportingVerbs.Contains(w) && !vocabulary.NameHeads.Contains(w);
    }

    private static int NextTokenAfter(ImmutableArray<Token> tokens, int position)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].Span.Start < position) lo = mid + 1; else hi = mid;
        }
        return lo < tokens.Length ? lo : -1;
    }

    /// <summary>A period token right after a title written short ("Sen", "Gov"), with nothing between them.</summary>
    private static bool IsTitlePeriod(string text, ImmutableArray<Token> tokens, int k, FramingVocabulary vocabulary) =>
        k > 0 && tokens[k].Span.Length == 1 && text[tokens[k].Span.Start] == '.' && tokens[k - 1].Span.End == tokens[k].Span.Start
        && tokens[k - 1].Kind == TokenKind.Word && vocabulary.AbbreviatedTitles.Contains(text.Substring(tokens[k - 1].Span.Start, tokens[k - 1].Span.Length));

    /// <summary>An adverb or a past-tense verb ("swiftly", "pressured"): not a label word unless the vocabulary lists it.</summary>
    private static bool IsVerbOrAdverb(string w, FramingVocabulary vocabulary) =>
        w.Length > 3 && char.IsLower(w[0]) && vocabulary.NonLabelEndings.Any(e => w.EndsWith(e, StringComparison.Ordinal))
        && !vocabulary.Descriptors.Contains(w) && !vocabulary.LoadedWords.Contains(w) && !vocabulary.IsRole(w) && !w.Contains('-');

    /// <summary>The words in quotes right before a name ("'Crooked' Lena Vogt", "\u201CLyin'\u201D Ted"), quotes included; null if none.</summary>
    private static TextSpan? Nickname(string text, ImmutableArray<Token> tokens, int first, TextSpan sentence)
    {
        if (first < 2) return null;
        var close = tokens[first - 1];
        if (close.Span.Length != 1 || text[close.Span.Start] is not ('\'' or '\u2019' or '"' or '\u201D')) return null;
        for (int k = first - 2, words = 0; k >= 0 && tokens[k].Span.Start >= sentence.Start && words <= 3; k--)
        {
            var t = tokens[k];
            char c = text[t.Span.Start];
            if (t.Span.Length == 1 && c is '\'' or '\u2018' or '"' or '\u201C')
            {
                if (words == 0) return null;
                var inner = text.Substring(tokens[k + 1].Span.Start, 1);
                return char.IsUpper(inner[0]) ? TextSpan.FromBounds(t.Span.Start, close.Span.End) : null;
            }
            if (t.Kind != TokenKind.Word) return null;
            words++;
        }
        return null;
    }

    /// <summary>The appositive's noun phrase: its words up to a clause or a prepositional tail ("a strategist with ties to…" → "a strategist").</summary>
    private static string NounPhrase(string phrase, FramingVocabulary vocabulary)
    {
        var words = phrase.Split(' ');
        for (int i = 1; i < words.Length; i++)
            if (vocabulary.PhraseEnders.Contains(words[i])) return string.Join(' ', words[..i]);
        return phrase.TrimEnd('.', '!', '?', ';', ':');
    }

    private static int SentenceEndBefore(string text, TextSpan sentence)
    {
        int e = sentence.End;
        while (e > sentence.Start && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] is '.' or '!' or '?' or '"' or '\u201D')) e--;
        return e;
    }

    private static bool HasReportingVerb(string phrase, FramingVocabulary words) =>
        phrase.Split(' ').Any(words.ReportingVerbs.Contains);

    /// <summary>The first mention (in list order) containing a span, by binary search (<see cref="SpanIndex{T}"/>): a scan
    /// per word would grow with the square of a long article's length.</summary>
    private sealed class MentionIndex(List<TextSpan> spans)
    {
        private readonly SpanIndex<int> _index = new(spans.Select((span, i) => (span, i)));

        public int FirstContaining(TextSpan span) =>
            _index.Overlapping(span).Where(m => m.Span.Contains(span)).Select(m => m.Value).DefaultIfEmpty(-1).Min();
    }
}
