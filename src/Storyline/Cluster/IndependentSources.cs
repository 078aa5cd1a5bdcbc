using Storyline.Articles;

namespace Storyline.Cluster;

/// <summary>
/// Counts independent sources wherever the report counts them (the fact ledger's <c>independentSources</c>):
/// a copy (syndicated wire story, re-post) counts with its original, and two articles of one outlet count once.
/// </summary>
public static class IndependentSources
{
    /// <summary>The id that stands for the article's original text: its earliest copy's id, or its own.</summary>
    public static string SourceKey(Article article) => article.DuplicateOf ?? article.Id;

    /// <summary>How many independent sources the articles amount to.</summary>
    /// <param name="find">Looks up an article by id (e.g. <c>Story.Find</c>), so a copy can take its original's
    /// outlet; without it, or when the original is absent, the original's id stands for the source.</param>
    public static int Count(IEnumerable<Article> articles, Func<string, Article?>? find = null)
    {
        var list = articles.ToList();
        var byId = list.ToDictionary(a => a.Id, StringComparer.Ordinal);
        return list.Select(a => Key(a, id => byId.TryGetValue(id, out var x) ? x : find?.Invoke(id))).Distinct(StringComparer.OrdinalIgnoreCase).Count();
    }

    /// <summary>The source an article counts as: its outlet, or its original's outlet for a copy (two articles with one
    /// key are one source).</summary>
    public static string Key(Article article, Func<string, Article?> find)
    {
        if (article.DuplicateOf is { } original)
            return find(original) is { } o ? Outlet(o) : "copy-of:" + original;
        return Outlet(article);
    }

    private static string Outlet(Article a) => a.Metadata.Outlet is { Length: > 0 } outlet ? "outlet:" + outlet : "article:" + a.Id;
}
