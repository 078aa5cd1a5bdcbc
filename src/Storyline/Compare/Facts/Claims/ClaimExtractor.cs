using Storyline.Compare.Entities;
using Storyline.Stories;
using Storyline.Text;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Storyline.Annotate.Entities;
using Storyline.Annotate.Figures;
using Storyline.Annotate.Quotes;
using Storyline.Articles;
using Storyline.Clean;
using Storyline.Language;

namespace Storyline.Compare.Facts.Claims;

/// <summary>
/// Finds the claims of each article of a story: its sentences (split at semicolons into clauses),
/// with quoted words set apart. A sentence that is nothing but a quotation and its attribution is a
/// quote, not a claim; "X said that …" and "according to X" make an attributed claim.
/// </summary>
public static class ClaimExtractor
{
    public static ImmutableArray<Claim> Extract(StoryDocument story, LanguagePacks? packs = null)
    {
        packs ??= LanguagePacks.Default;
        var actorsByArticle = ActorSpans(story);
        var claims = ImmutableArray.CreateBuilder<Claim>();
        foreach (var article in story.Story.Articles)
        {
            var sentences = article.GetOrEmpty(Sentence.Layer);
            var lookup = new SentenceLookup(sentences);
            // each sentence's own quotes, figures and actors, in layer order: a clause only ever looks at those of its
            // sentence, and scanning every mention of the article for every clause grows with the square of its length
            var quotes = BySentence(lookup, article.GetOrEmpty(Quote.Layer), q => q.Parts, overlapping: true);
            var figures = BySentence(lookup, article.GetOrEmpty(Figure.Layer), f => [f.Span], overlapping: false);
            var actors = BySentence(lookup, actorsByArticle.GetValueOrDefault(article.Id) ?? [], a => [a.Span], overlapping: false);
            int order = 0;
            var language = packs.Of(article);
            for (int k = 0; k < sentences.Length; k++)
                foreach (var clause in Clauses(article.Text, sentences[k].Span, language))
                {
                    var claim = Build(article, language, clause, sentences[k].Span, order, quotes[k], figures[k], actors[k]);
                    if (claim is not null) { claims.Add(claim); order++; }
                }
        }
        return claims.ToImmutable();
    }

    /// <summary>
    /// Items per sentence, in their original order: those with a span overlapping the sentence (quotes, whose parts
    /// may cross sentences), or contained in it (figures, actors).
    /// </summary>
    private static ImmutableArray<T>[] BySentence<T>(SentenceLookup lookup, IReadOnlyList<T> items, Func<T, IEnumerable<TextSpan>> spans, bool overlapping)
    {
        var sentences = lookup.Sentences;
        var lists = new List<T>?[sentences.Length];
        var added = new List<int>();
        foreach (var item in items)
        {
            added.Clear();
            foreach (var span in spans(item))
            {
                var (from, to) = lookup.Overlapping(span);
                for (int k = from; k < to; k++)
                {
                    if ((!overlapping && !sentences[k].Span.Contains(span)) || added.Contains(k)) continue;
                    (lists[k] ??= new()).Add(item);
                    added.Add(k);
                }
            }
        }
        return Array.ConvertAll(lists, l => l is null ? ImmutableArray<T>.Empty : [.. l]);
    }

    private static Claim? Build(Article article, LanguagePack language, TextSpan span, TextSpan sentence, int order, ImmutableArray<Quote> quotes, ImmutableArray<Figure> figures,
        ImmutableArray<(TextSpan Span, string Id, EntityType Type)> actors)
    {
        var text = article.SliceString(span);
        if (WordCount.Of(text) < ComparisonSettings.MinClaimWords) return null;
        if (!HeadlineShape.EndsLikeSentence(article.Text.AsSpan(sentence.Start, sentence.Length))) return null; // headlines and subheadings

        // the outlet's own words: the clause minus quoted passages
        var own = OwnWords(article.Text, span, quotes);
        int ownWords = WordCount.Of(own);
        var quoted = figures.IsEmpty ? null : QuoteSpans.Of(quotes);
        var ownFigures = figures.Where(f => span.Contains(f.Span) && !InQuote(f.Span, quoted!, article.Text, span)).ToImmutableArray();
        if (ownWords < 4 && ownFigures.IsEmpty) return null;

        bool attributed = quotes.Any(q => !q.Direct && q.Parts.Any(p => p.Overlaps(span)))
            || language.Claims.AttributionCues.Any(c => own.Contains(c, StringComparison.OrdinalIgnoreCase));
        var terms = ContentTerms.Collect(own, language);
        // a clause whose own words are only attribution ("he said, adding") carries no claim
        if (terms.Count < 3 && ownFigures.IsEmpty) return null;
        var words = own.Split([' ', ',', '.', ';', ':'], StringSplitOptions.RemoveEmptyEntries).Select(w => ContentTerms.Fold(w)).ToList();
        bool negated = NegatesEvent(words, language);
        bool change = terms.Any(t => language.Claims.ChangeMarkers.Contains(t));
        var inClause = actors.Where(a => span.Contains(a.Span)).OrderBy(a => a.Span.Start).ToList();
        var actorIds = inClause.Select(a => a.Id).Distinct().ToImmutableArray();
        // the doer is usually the first person or organisation named; failing one, the first actor of any kind
        var agentMention = inClause.FirstOrDefault(a => a.Type is EntityType.Person or EntityType.Organization);
        if (agentMention.Id is null) agentMention = inClause.FirstOrDefault();
        var agentName = agentMention.Id is null ? null : article.SliceString(agentMention.Span);
        return new Claim(article.Id, order, span, text, attributed ? ClaimVoice.Attributed : ClaimVoice.Narration, actorIds, agentMention.Id, agentName,
            language.Claims.EventTypesOf(terms).ToFrozenSet(StringComparer.Ordinal), negated, change, ownFigures, terms.ToFrozenSet(StringComparer.Ordinal))
        { Sentence = sentence };
    }

    /// <summary>A negation counts only when it governs an event word within the next three words ("did not withdraw"),
    /// not when it sits in a side remark ("saying she did not have the power to").</summary>
    private static bool NegatesEvent(List<string> words, LanguagePack language)
    {
        for (int i = 0; i < words.Count; i++)
        {
            var w = words[i];
            var claims = language.Claims;
            bool negation = claims.Negations.Contains(w) || w.EndsWith(claims.NegationSuffix, StringComparison.Ordinal)
                || w.EndsWith(claims.NegationSuffix.Replace('\'', '\u2019'), StringComparison.Ordinal);
            if (!negation) continue;
            for (int k = i + 1; k < words.Count && k <= i + 3; k++)
                if (language.Claims.EventTypesOf(ContentTerms.Collect(words[k], language)).Count > 0) return true;
        }
        return false;
    }

    /// <summary>"shortly after 11 p.m.", "days after the vote", "after Monday": a time phrase, not a second event.</summary>
    private static bool IsTimePhrase(string text, int at, int length, TextSpan sentence, LanguagePack language)
    {
        int next = at + length;
        while (next < sentence.End && char.IsWhiteSpace(text[next])) next++;
        if (next < sentence.End && char.IsDigit(text[next])) return true;
        int wordEnd = next;
        while (wordEnd < sentence.End && char.IsLetter(text[wordEnd])) wordEnd++;
        var nextWord = text[next..wordEnd];
        if (DateParsing.MonthNumber(nextWord) > 0 && nextWord.Length >= 3 && char.IsUpper(nextWord[0])) return true;
        if (nextWord.Length > 0 && char.IsUpper(nextWord[0]) && language.Calendar.WeekdayNames.ContainsKey(nextWord)) return true;
        if (language.Claims.TimeNouns.Contains(nextWord)) return true;
        int prevEnd = at;
        while (prevEnd > sentence.Start && !char.IsLetter(text[prevEnd - 1])) prevEnd--;
        int prevStart = prevEnd;
        while (prevStart > sentence.Start && char.IsLetter(text[prevStart - 1])) prevStart--;
        return language.Claims.TimeLeaders.Contains(text[prevStart..prevEnd]);
    }

    /// <summary>Words each side of a split must keep: shorter pieces are phrases, not statements.</summary>
    private const int MinClauseWords = 5;

    /// <summary>
    /// Clauses of a sentence: split at semicolons and at connectives that join two events, so that each
    /// claim carries one event ("severed ties" and "recognized Guaido" are two facts, reported together).
    /// Quoted passages are never split.
    /// </summary>
    internal static IEnumerable<TextSpan> Clauses(string text, TextSpan sentence, LanguagePack language)
    {
        var cuts = new List<int>();
        var quoted = QuotedRanges(text, sentence).ToList();
        for (int i = sentence.Start; i < sentence.End; i++)
            if (text[i] == ';' && !quoted.Any(q => q.Contains(i))) cuts.Add(i + 1);
        foreach (var connective in language.Claims.Connectives)
        {
            int from = sentence.Start;
            while (true)
            {
                int at = text.IndexOf(connective, from, sentence.End - from, StringComparison.Ordinal);
                if (at < 0) break;
                from = at + connective.Length;
                int cut = text[at] == ',' ? at + 1 : at;
                if (quoted.Any(q => q.Contains(at))) continue;
                if (IsTimePhrase(text, at, connective.Length, sentence, language)) continue;
                // ", as well as foreign citizens": a comparison joining two nouns, not a second event
                if (connective == language.Claims.ComparativeConnective && language.Claims.ComparativeStart.IsMatch(text.AsSpan(from, Math.Min(20, sentence.End - from)))) continue;
                if (WordCount.Of(text.AsSpan(sentence.Start, cut - sentence.Start)) < MinClauseWords) continue;
                if (WordCount.Of(text.AsSpan(cut, sentence.End - cut)) < MinClauseWords) continue;
                cuts.Add(cut);
            }
        }
        int start = sentence.Start;
        foreach (var cut in cuts.Distinct().Order())
        {
            var piece = Trim(text, start, cut);
            if (!piece.IsEmpty) yield return piece;
            start = cut;
        }
        var last = Trim(text, start, sentence.End);
        if (!last.IsEmpty) yield return last;
    }

    private static TextSpan Trim(string text, int s, int e)
    {
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        return TextSpan.FromBounds(s, e);
    }

    /// <summary>The clause's text with quoted passages (from the quote layer, or between quote marks) blanked out.</summary>
    internal static string OwnWords(string text, TextSpan span, ImmutableArray<Quote> quotes)
    {
        var chars = text.ToCharArray(span.Start, span.Length);
        foreach (var q in quotes.Where(q => q.Direct))
            foreach (var part in q.Parts)
            {
                int s = Math.Max(part.Start, span.Start), e = Math.Min(part.End, span.End);
                for (int k = s; k < e; k++) chars[k - span.Start] = ' ';
            }
        foreach (var marked in QuotedRanges(text, span))
            for (int k = marked.Start; k < marked.End; k++) chars[k - span.Start] = ' ';
        return new string(chars);
    }

    /// <summary>True when <paramref name="target"/> is in a direct quote or between paired quotation marks of <paramref name="context"/>.</summary>
    internal static bool InQuote(TextSpan target, QuoteSpans quotes, string text, TextSpan context) =>
        quotes.Contains(target, directOnly: true) || QuotedRanges(text, context).Any(r => r.Contains(target));

    /// <summary>Ranges between paired double quotation marks inside <paramref name="span"/>.</summary>
    internal static IEnumerable<TextSpan> QuotedRanges(string text, TextSpan span)
    {
        int open = -1;
        for (int i = span.Start; i < span.End; i++)
        {
            char c = text[i];
            if (c == '\u201C' || (c == '"' && open < 0)) { open = i; continue; }
            if ((c == '\u201D' || c == '"') && open >= 0)
            {
                yield return TextSpan.FromBounds(open, i + 1);
                open = -1;
            }
        }
    }

    /// <summary>Entity mention spans per article, from the story's merged entities.</summary>
    internal static Dictionary<string, List<(TextSpan Span, string Id, EntityType Type)>> ActorSpans(StoryDocument story)
    {
        var map = new Dictionary<string, List<(TextSpan, string, EntityType)>>();
        foreach (var e in story.Get(StoryEntity.Section))
            foreach (var m in e.Mentions)
            {
                if (!map.TryGetValue(m.ArticleId, out var list)) map[m.ArticleId] = list = new();
                list.Add((m.Span, e.Id, e.Type));
            }
        return map;
    }
}
