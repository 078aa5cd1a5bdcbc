using Storyline.Articles;

namespace Storyline.Cluster;

/// <summary>
/// Counting sources with copies counted once: an article that copies another (<see cref="Article.DuplicateOf"/>)
/// is the same source as its original. Use wherever a report says how many independent sources back something
/// (e.g. the fact ledger's <c>independentSources</c>).
/// </summary>
public static class IndependentSources
{
    /// <summary>The id that stands for the article's original text: its earliest copy's id, or its own.</summary>
    public static string SourceKey(Article article) => article.DuplicateOf ?? article.Id;

    /// <summary>How many distinct originals the articles amount to.</summary>
    public static int Count(IEnumerable<Article> articles) =>
        articles.Select(SourceKey).Distinct(StringComparer.Ordinal).Count();
}
