using System.Collections.Frozen;
using Storyline.Stages;
using Storyline.Articles;
using Storyline.Pipeline;
using Storyline.Text;
using Storyline.Language;

namespace Storyline.Annotate.Time;

/// <summary>
/// Adds <see cref="TimeExpression.Layer"/>: temporal expressions normalised against the article's publication
/// date (<see cref="ArticleMetadata.Published"/>). Without a publication date, values that depend on it stay
/// underspecified (<c>XXXX-WXX-6</c>, <c>XXXX-01-25</c>) and carry no resolved day.
/// </summary>
public sealed class TimexStage : IArticleStage
{
    private readonly LanguagePacks _packs;
    private readonly FrozenDictionary<string, TimexEngine> _engines;

    public TimexStage(LanguagePacks? packs = null)
    {
        _packs = packs ?? LanguagePacks.Default;
        // an engine compiles its vocabulary once: one per pack, shared by every article and thread
        _engines = _packs.Packs.ToFrozenDictionary(p => p.Code, p => ReferenceEquals(p, LanguagePacks.English) ? TimexEngine.English : new TimexEngine(p.Time));
    }

    public string Name => "time-expressions";
    public IReadOnlyList<Feature> Requires => [Sentence.Layer, Token.Layer];
    public IReadOnlyList<Feature> Provides => [TimeExpression.Layer];
    public LanguageSet Languages => LanguageSet.Of("en");

    public Article Process(Article article)
    {
        DateOnly? anchor = article.Metadata.Published is { } p ? DateOnly.FromDateTime(p.DateTime) : null;
        var sentences = article.Get(Sentence.Layer).Select(s => s.Span);
        return article.With(TimeExpression.Layer, _engines[_packs.Of(article).Code].Tag(article.Text, sentences, anchor));
    }
}
