using Storyline.Stages;
using System.Collections.Immutable;
using Storyline.Articles;
using Storyline.Pipeline;
using Storyline.Text;
using Storyline.Language;

namespace Storyline.Annotate.Entities;

/// <summary>
/// Tags people, organisations, places and other names in each article with the run's
/// <see cref="EntityTagger"/>, sentence by sentence in reading order (the tagger remembers how it
/// labelled a word earlier in the article).
/// </summary>
public sealed class EntityStage : IArticleStage
{
    private readonly Lazy<EntityTagger> _tagger;
    private readonly LanguagePacks _packs;

    /// <param name="tagger">The run's tagger (English, trained on CoNLL-2003), loaded on first use (a <c>ModelStore</c> hands it out).</param>
    /// <param name="packs">The language packs whose title words the tagger expects with their period.</param>
    public EntityStage(Lazy<EntityTagger> tagger, LanguagePacks? packs = null)
    {
        _tagger = tagger;
        _packs = packs ?? LanguagePacks.Default;
    }

    public EntityStage(EntityTagger tagger, LanguagePacks? packs = null) : this(new Lazy<EntityTagger>(tagger), packs) { }

    /// <summary>Sentences the tagger reads as one document: several times the longest news article we have (DUC 2004's
    /// longest document has about 220 sentences), so only texts such as a whole archive in one file are split.</summary>
    internal const int MaxSentencesPerPass = 1500;

    public string Name => "entities";
    public IReadOnlyList<Feature> Requires => [Sentence.Layer, Token.Layer];
    public IReadOnlyList<Feature> Provides => [EntityMention.Layer];
    public LanguageSet Languages => LanguageSet.Of("en");

    public Article Process(Article article) =>
        article.With(EntityMention.Layer, Find(article.Text, article.Get(Sentence.Layer), article.Get(Token.Layer), _tagger.Value,
            _packs.Of(article).Sentences));

    /// <summary>Mentions in <paramref name="text"/>, given its sentences and tokens.</summary>
    /// <param name="language">The language's titles, whose period the tagger expects on the word ("Mr.").</param>
    public static ImmutableArray<EntityMention> Find(string text, ImmutableArray<Sentence> sentences, ImmutableArray<Token> tokens, EntityTagger tagger,
        SentenceVocabulary language)
    {
        var groups = GroupTokens(sentences, tokens).Select(g => JoinTitlePeriods(text, g, language)).ToList();
        if (groups.Count == 0) return ImmutableArray<EntityMention>.Empty;
        var mentions = ImmutableArray.CreateBuilder<EntityMention>();
        // the tagger reads a whole document at once (its features, its second pass); a text far longer than an article
        // is read in passes of MaxSentencesPerPass sentences, so its memory stays that of one pass
        for (int from = 0; from < groups.Count; from += MaxSentencesPerPass)
        {
            var pass = groups.GetRange(from, Math.Min(MaxSentencesPerPass, groups.Count - from));
            var words = pass.Select(g => g.Select(t => TaggerForm(text.AsSpan(t.Span.Start, t.Span.Length))).ToArray()).ToArray();
            var phrases = tagger.Tag(words);
            for (int s = 0; s < pass.Count; s++)
                foreach (var (start, end, type) in phrases[s])
                    mentions.Add(new EntityMention(TextSpan.FromBounds(pass[s][start].Span.Start, pass[s][end - 1].Span.End), type));
        }
        return mentions.ToImmutable();
    }

    /// <summary>Tokens per sentence; tokens outside every sentence (rare) form their own group.</summary>
    private static List<List<Token>> GroupTokens(ImmutableArray<Sentence> sentences, ImmutableArray<Token> tokens)
    {
        var groups = new List<List<Token>>();
        int s = 0;
        List<Token>? current = null;
        int currentSentence = -1;
        foreach (var token in tokens)
        {
            while (s < sentences.Length && sentences[s].Span.End <= token.Span.Start) s++;
            int owner = s < sentences.Length && sentences[s].Span.Contains(token.Span.Start) ? s : -1 - s;
            if (current is null || owner != currentSentence)
            {
                current = new List<Token>();
                groups.Add(current);
                currentSentence = owner;
            }
            current.Add(token);
        }
        return groups;
    }

    /// <summary>
    /// "Mr." and "Col." as one token, as CoNLL-2003 writes them: our tokenizer splits the period off, and the tagger,
    /// which never saw a bare "Mr", read it as a place.
    /// </summary>
    internal static List<Token> JoinTitlePeriods(string text, List<Token> group, SentenceVocabulary words)
    {
        List<Token>? joined = null;
        for (int i = 0; i < group.Count; i++)
        {
            var t = group[i];
            if (t.Kind == TokenKind.Word && i + 1 < group.Count && group[i + 1].Span.Start == t.Span.End
                && group[i + 1].Span.Length == 1 && text[group[i + 1].Span.Start] == '.'
                && words.Titles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(t.Span.Start, t.Span.Length)))
            {
                joined ??= group.Take(i).ToList();
                joined.Add(new Token(TextSpan.FromBounds(t.Span.Start, group[i + 1].Span.End), TokenKind.Word));
                i++;
                continue;
            }
            joined?.Add(t);
        }
        return joined ?? group;
    }

    /// <summary>
    /// The token as the model was trained to see it: CoNLL-2003 is ASCII newswire, so typographic
    /// quotes and dashes become their ASCII forms (the article text itself is never changed).
    /// </summary>
    internal static string TaggerForm(ReadOnlySpan<char> token)
    {
        if (token.IndexOfAny(Typographic) < 0) return token.ToString();
        var chars = token.ToArray();
        for (int i = 0; i < chars.Length; i++)
            chars[i] = chars[i] switch
            {
                '\u2018' or '\u2019' or '\u02BC' => '\'',
                '\u201C' or '\u201D' or '\u00AB' or '\u00BB' => '"',
                '\u2013' or '\u2014' or '\u2010' or '\u2011' => '-',
                _ => chars[i],
            };
        return new string(chars);
    }

    private static readonly System.Buffers.SearchValues<char> Typographic =
        System.Buffers.SearchValues.Create("\u2018\u2019\u02BC\u201C\u201D\u00AB\u00BB\u2013\u2014\u2010\u2011");
}
