using System.Collections.Immutable;
using Storyline.Annotate.Entities;
using Storyline.Annotate.Quotes;
using Storyline.Articles;
using Storyline.Compare.Facts.Claims;
using Storyline.Language;
using Storyline.Text;

namespace Storyline.Compare.Framing;

/// <summary>One verb found for one mention of an actor.</summary>
/// <param name="Form">The verb as written ("insisted").</param>
/// <param name="Adverb">The adverb on it as written ("flatly"), or null.</param>
/// <param name="Scored">True when the loaded-language model scores the verb or its adverb as loaded in its sentence.</param>
public sealed record FoundVerb(string EntityId, string Lemma, string Form, string? Adverb, Citation Citation, bool InQuote, bool Scored);

/// <summary>
/// Finds the verbs an article uses for what an actor said or did, in two places only, both read from spans other stages
/// made: the cue of a quote whose speaker is the actor's name ("…,” Okafor insisted", "said Okafor"), or "he"/"she" that
/// the quote stage resolved to the actor's name ("…,” she insisted"), and a listed verb right after the name when the name
/// opens its clause ("Mayor Okafor flatly denied", "…, and Tidewall admitted"). A role speaker or a pronoun outside a
/// quote's attribution is not followed back to a name, and a possessive ("Okafor's spokesman said") is someone else: a
/// verb on the wrong actor is worse than none.
/// </summary>
public static class VerbExtractor
{
    private const int MaxWordsBetween = 3;

    public static IEnumerable<FoundVerb> Find(Article article, IReadOnlyList<(TextSpan Span, string EntityId, EntityType Type)> mentions,
        LanguagePack language, LoadedLanguageModel? model)
    {
        var vocabulary = language.Framing;
        var text = article.Text;
        var tokens = article.GetOrEmpty(Token.Layer);
        var sentences = new SentenceLookup(article.GetOrEmpty(Sentence.Layer));
        var quotes = article.GetOrEmpty(Quote.Layer);
        var quoted = QuoteSpans.Of(quotes);
        var actors = mentions.Where(m => m.Type is EntityType.Person or EntityType.Organization).ToList();
        var actorsBySpan = new SpanIndex<int>(actors.Select((m, i) => (m.Span, i)));
        var scores = new Dictionary<TextSpan, (IReadOnlyList<TextSpan> Words, double[] Scores)>();
        var seen = new HashSet<int>();
        var found = new List<FoundVerb>();

        void Add(string entityId, int verb, string lemma, int adverb, TextSpan cited)
        {
            if (!seen.Add(verb)) return;
            var sentence = sentences.Containing(tokens[verb].Span).Span;
            var verbSpan = tokens[verb].Span;
            bool inQuote = quoted.Contains(verbSpan, directOnly: false) || ClaimExtractor.InQuote(verbSpan, quoted, text, sentence);
            bool scored = model is not null && !sentence.IsEmpty
                && (Scores(model, sentence, verbSpan) || adverb >= 0 && Scores(model, sentence, tokens[adverb].Span));
            var form = Word(text, tokens, verb);
            // "lashed out", "hit back": the particle is part of the verb
            if (verb + 1 < tokens.Length && tokens[verb + 1].Kind == TokenKind.Word && vocabulary.VerbParticles.Contains(Word(text, tokens, verb + 1)))
            {
                form += " " + Word(text, tokens, verb + 1);
                cited = TextSpan.FromBounds(cited.Start, Math.Max(cited.End, tokens[verb + 1].Span.End));
            }
            found.Add(new FoundVerb(entityId, lemma, form, adverb >= 0 ? Word(text, tokens, adverb) : null,
                new Citation(article.Id, cited), inQuote, scored));
        }

        bool Scores(LoadedLanguageModel m, TextSpan sentence, TextSpan word)
        {
            if (!scores.TryGetValue(sentence, out var s))
            {
                var sentenceText = text.Substring(sentence.Start, sentence.Length);
                var spans = LoadedLanguageModel.Tokenize(sentenceText);
                var words = spans.Select(x => sentenceText.Substring(x.Start, x.Length)).ToList();
                scores[sentence] = s = (spans, m.ScoreWords(words, vocabulary, language.FunctionWords));
            }
            for (int i = 0; i < s.Words.Count; i++)
                if (s.Words[i].Start + sentence.Start == word.Start && s.Words[i].Length == word.Length) return s.Scores[i] >= m.WordThreshold;
            return false;
        }

        // the cue of a quote whose speaker is the actor's name
        foreach (var q in quotes)
        {
            if (q.Cue.IsEmpty || q.Speaker.IsEmpty) continue;
            int cue = Token.IndexStartingAt(tokens, q.Cue.Start);
            if (cue < 0 || !IsLowerWord(text, tokens, cue) || !vocabulary.ActorVerbs.TryGetValue(Word(text, tokens, cue), out var lemma)) continue;
            if (Word(text, tokens, cue).EndsWith("ing", StringComparison.Ordinal)) continue;
            // "…, Tarre told Sputnik": after a verb that takes a listener, the name is the listener, whoever the quote stage took
            if (q.Speaker.Start > q.Cue.Start && language.Quotes.TakesListener.Contains(Word(text, tokens, cue))) continue;
            var speakerText = text.Substring(q.Speaker.Start, q.Speaker.Length);
            if (speakerText.Contains("'s", StringComparison.Ordinal) || speakerText.Contains("\u2019s", StringComparison.Ordinal)) continue;
            // "…," she insisted: a pronoun speaks for the name the quote stage resolved it to (he and she only), or for no one
            bool pronoun = language.Quotes.Pronouns.Contains(speakerText.ToLowerInvariant());
            if (pronoun && q.ResolvedSpeaker.IsEmpty) continue;
            var speaker = pronoun ? q.ResolvedSpeaker : q.Speaker;
            // the first actor (in mention order) that ends the speaker phrase or holds it; only mentions overlapping it can
            var at = actorsBySpan.Overlapping(speaker).Select(x => x.Value)
                .Where(i => speaker.Contains(actors[i].Span) && actors[i].Span.End == speaker.End || actors[i].Span.Contains(speaker))
                .DefaultIfEmpty(-1).Min();
            var actor = at < 0 ? default : actors[at];
            if (actor.EntityId is null) continue;
            // "Critics of Lena Brandt said": a name after a preposition in the speaker phrase is not who spoke
            int before = Token.IndexStartingAt(tokens, actor.Span.Start) - 1;
            if (!pronoun && before >= 0 && tokens[before].Span.Start >= q.Speaker.Start && IsLowerWord(text, tokens, before)
                && !vocabulary.IsRole(Word(text, tokens, before)) && !vocabulary.Descriptors.Contains(Word(text, tokens, before))) continue;
            int adverb = -1;
            if (cue > 0 && tokens[cue - 1].Span.Start >= q.Speaker.End && IsAdverb(text, tokens, cue - 1, vocabulary)) adverb = cue - 1;
            else if (cue + 1 < tokens.Length && tokens[cue + 1].Span.Start >= q.Speaker.End && IsAdverb(text, tokens, cue + 1, vocabulary)) adverb = cue + 1;
            var cited = TextSpan.FromBounds(Math.Min(q.Speaker.Start, q.Cue.Start), Math.Max(q.Speaker.End, tokens[cue].Span.End));
            Add(actor.EntityId, cue, lemma, adverb, cited);
        }

        // a listed verb right after the name, when the name opens its clause
        foreach (var (span, entityId, _) in actors)
        {
            int first = Token.IndexStartingAt(tokens, span.Start);
            if (first < 0) continue;
            int k = first;
            while (k < tokens.Length && tokens[k].Span.End <= span.End) k++;
            int adverb = -1, between = 0;
            while (k < tokens.Length && between < MaxWordsBetween && tokens[k].Kind == TokenKind.Word
                   && (vocabulary.VerbAuxiliaries.Contains(Word(text, tokens, k)) || IsAdverb(text, tokens, k, vocabulary)))
            {
                if (IsAdverb(text, tokens, k, vocabulary)) adverb = k;
                k++;
                between++;
            }
            if (k >= tokens.Length || !IsLowerWord(text, tokens, k)) continue;
            var form = Word(text, tokens, k);
            if (!vocabulary.ActorVerbs.TryGetValue(form, out var lemma)) continue;
            // "the Tidewall claims": a present form of a verb that is as often a plural noun is not read as a verb
            if (vocabulary.NounLikeVerbs.Contains(lemma) && form.EndsWith('s')) continue;
            var sentence = sentences.Containing(span).Span;
            if (sentence.IsEmpty || !OpensClause(text, tokens, first, sentence, vocabulary, language.Quotes)) continue;
            Add(entityId, k, lemma, adverb, TextSpan.FromBounds(span.Start, tokens[k].Span.End));
        }
        return found;
    }

    /// <summary>
    /// Whether the name (with any label in front: "the embattled mayor Helen Okafor") opens its clause: at the sentence start,
    /// after punctuation, a clause opener ("and", "that") or a reporting verb that takes no listener ("said Tidewall admitted"
    /// is two clauses). After a preposition or another verb it is an object ("critics of Okafor say", "sued Tidewall").
    /// </summary>
    private static bool OpensClause(string text, ImmutableArray<Token> tokens, int first, TextSpan sentence, FramingVocabulary vocabulary, QuoteVocabulary quoteWords)
    {
        int p = first - 1;
        while (p >= 0 && tokens[p].Span.Start >= sentence.Start)
        {
            var t = tokens[p];
            var w = text.Substring(t.Span.Start, t.Span.Length);
            if (t.Kind == TokenKind.Punctuation && w == "." && p > 0 && vocabulary.AbbreviatedTitles.Contains(Word(text, tokens, p - 1))) { p--; continue; }
            if (t.Kind != TokenKind.Word) break;
            if (vocabulary.ClauseOpeners.Contains(w)) break;
            bool label = vocabulary.AppositiveOpeners.Contains(w.ToLowerInvariant()) || vocabulary.IsRole(w) || vocabulary.Descriptors.Contains(w)
                || vocabulary.LoadedWords.Contains(w) || w.Contains('-') || char.IsUpper(w[0]);
            if (!label) break;
            p--;
        }
        if (p < 0 || tokens[p].Span.Start < sentence.Start) return true;
        var before = tokens[p];
        var word = text.Substring(before.Span.Start, before.Span.Length);
        if (before.Kind == TokenKind.Punctuation) return word is "," or ";" or ":" or "(" or "\u2014" or "\u2013" or "-" or "\"" or "\u201C" or "\u201D" or "'" or "\u2018" or "\u2019";
        return before.Kind == TokenKind.Word && (vocabulary.ClauseOpeners.Contains(word)
            || char.IsLower(word[0]) && quoteWords.ReportCues.Contains(word) && !quoteWords.TakesListener.Contains(word));
    }

    /// <summary>An adverb of manner ("flatly"); the auxiliaries' adverbs of time ("previously", "publicly") say nothing of the actor.</summary>
    private static bool IsAdverb(string text, ImmutableArray<Token> tokens, int i, FramingVocabulary vocabulary) =>
        tokens[i].Kind == TokenKind.Word && vocabulary.IsAdverb(Word(text, tokens, i)) && !vocabulary.VerbAuxiliaries.Contains(Word(text, tokens, i));

    private static bool IsLowerWord(string text, ImmutableArray<Token> tokens, int i) =>
        tokens[i].Kind == TokenKind.Word && char.IsLower(text[tokens[i].Span.Start]);

    private static string Word(string text, ImmutableArray<Token> tokens, int i) => text.Substring(tokens[i].Span.Start, tokens[i].Span.Length);
}
