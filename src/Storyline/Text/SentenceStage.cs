using Storyline.Stages;
using Storyline.Articles;
using Storyline.Language;

namespace Storyline.Text;

/// <summary>Adds paragraphs, sentences and tokens: the layers every later stage reads. Punctuation and line breaks
/// split text in any language; the language's pack, when there is one, says which periods end no sentence.</summary>
public sealed class SentenceStage(LanguagePacks? packs = null) : IArticleStage
{
    private readonly LanguagePacks _packs = packs ?? LanguagePacks.Default;

    public string Name => "sentences";
    public IReadOnlyList<Feature> Requires => [];
    public IReadOnlyList<Feature> Provides => [Paragraph.Layer, Sentence.Layer, Token.Layer];
    public LanguageSet Languages => LanguageSet.Any;

    public Article Process(Article article) => article
        .With(Paragraph.Layer, SentenceSplitter.Paragraphs(article.Text))
        .With(Sentence.Layer, SentenceSplitter.Split(article.Text, _packs.ForReading(article)?.Sentences ?? SentenceVocabulary.None))
        .With(Token.Layer, Tokenizer.Tokenize(article.Text));
}
