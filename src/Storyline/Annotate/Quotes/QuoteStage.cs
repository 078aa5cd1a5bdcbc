using Storyline.Stages;
using Storyline.Articles;
using Storyline.Pipeline;
using Storyline.Text;
using Storyline.Language;

namespace Storyline.Annotate.Quotes;

/// <summary>Adds the <see cref="Quote.Layer"/>: direct quotes and reported speech with their cue and speaker.</summary>
public sealed class QuoteStage(LanguagePacks? packs = null) : IArticleStage
{
    private readonly LanguagePacks _packs = packs ?? LanguagePacks.Default;

    public string Name => "quotes";
    public IReadOnlyList<Feature> Requires => [Sentence.Layer, Paragraph.Layer, Token.Layer];
    public IReadOnlyList<Feature> Provides => [Quote.Layer];
    public LanguageSet Languages => LanguageSet.Of("en");

    public Article Process(Article article) => article.With(Quote.Layer,
        QuoteDetector.Detect(article.Text, article.Get(Paragraph.Layer), article.Get(Sentence.Layer), article.Get(Token.Layer),
            _packs.Of(article).Quotes));

    /// <summary>Quotes of a bare text in <paramref name="language"/> (English when null), split and tokenized first; for tools and tests.</summary>
    public static IReadOnlyList<Quote> Find(string text, LanguagePack? language = null)
    {
        language ??= LanguagePacks.English;
        return QuoteDetector.Detect(text, SentenceSplitter.Paragraphs(text), SentenceSplitter.Split(text, language.Sentences), Tokenizer.Tokenize(text), language.Quotes);
    }
}
