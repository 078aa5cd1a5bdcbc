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
        // each sentence is checked against the excluded spans that overlap it (a number inside the sentence can only
        // fall in those); every sentence against every date of a long text grew with the square of its length
        var sentences = article.Get(Sentence.Layer);
        var lookup = new SentenceLookup(sentences);
        var bySentence = new List<TextSpan>?[sentences.Length];
        foreach (var span in excluded)
        {
            var (from, to) = lookup.Overlapping(span);
            for (int k = from; k < to; k++) (bySentence[k] ??= new()).Add(span);
        }
        var figures = ImmutableArray.CreateBuilder<Figure>();
        for (int k = 0; k < sentences.Length; k++)
            figures.AddRange(FigureExtractor.Extract(article.Text, sentences[k].Span, (IReadOnlyList<TextSpan>?)bySentence[k] ?? [], language));
        return article.With(Figure.Layer, figures.ToImmutable());
    }
}
