using Storyline.Stages;
using System.Collections.Immutable;
using Storyline.Annotate.Time;
using Storyline.Articles;
using Storyline.Pipeline;
using Storyline.Text;
using Storyline.Language;

namespace Storyline.Annotate.Figures;

/// <summary>
/// Adds <see cref="Figure.Layer"/>: quantities with their unit and what they count. Numbers inside dates,
/// times of day and recurrences found by <see cref="TimexStage"/> are not figures.
/// </summary>
public sealed class FigureStage(LanguagePacks? packs = null) : IArticleStage
{
    private readonly LanguagePacks _packs = packs ?? LanguagePacks.Default;

    public string Name => "figures";
    public IReadOnlyList<Feature> Requires => [Sentence.Layer, Token.Layer, TimeExpression.Layer];
    public IReadOnlyList<Feature> Provides => [Figure.Layer];
    public LanguageSet Languages => LanguageSet.Of("en");

    public Article Process(Article article)
    {
        var excluded = article.Get(TimeExpression.Layer)
            .Where(e => e.Type is TimexType.Date or TimexType.Time or TimexType.Set)
            .Select(e => e.Span)
            .ToList();
        var language = _packs.Of(article);
        var figures = ImmutableArray.CreateBuilder<Figure>();
        foreach (var sentence in article.Get(Sentence.Layer))
            figures.AddRange(FigureExtractor.Extract(article.Text, sentence.Span, excluded, language));
        return article.With(Figure.Layer, figures.ToImmutable());
    }
}
