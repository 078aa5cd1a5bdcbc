using Storyline.Stages;
using Storyline.Articles;
using Storyline.Pipeline;

namespace Storyline.Text;

/// <summary>Adds paragraphs, sentences and tokens: the layers every later stage reads.</summary>
public sealed class SentenceStage : IArticleStage
{
    public string Name => "sentences";
    public IReadOnlyList<Feature> Requires => [];
    public IReadOnlyList<Feature> Provides => [Paragraph.Layer, Sentence.Layer, Token.Layer];

    public Article Process(Article article) => article
        .With(Paragraph.Layer, SentenceSplitter.Paragraphs(article.Text))
        .With(Sentence.Layer, SentenceSplitter.Split(article.Text))
        .With(Token.Layer, Tokenizer.Tokenize(article.Text));
}
