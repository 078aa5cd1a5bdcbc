using Storyline.Cluster;

namespace Storyline.Compare.Ledger;

/// <summary>
/// Counts independent sources: a copy (syndicated wire story, re-post) counts with its original, and
/// two articles of one outlet count once.
/// </summary>
public static class SourceIndependence
{
    public static int Count(IEnumerable<string> articleIds, Story story) =>
        articleIds.Select(id => SourceKey(id, story)).Distinct(StringComparer.OrdinalIgnoreCase).Count();

    public static string SourceKey(string articleId, Story story)
    {
        var article = story.Find(articleId);
        int guard = 0;
        while (article?.DuplicateOf is { } original && story.Find(original) is { } next && guard++ < 16)
            article = next;
        if (article is null) return articleId;
        return article.Metadata.Outlet ?? article.Id;
    }
}
