using System.Collections.Immutable;
using Storyline.Articles;

namespace Storyline.Stories;

/// <summary>A group of articles about one event or development, in publication order.</summary>
public sealed record Story(string Id, ImmutableArray<Article> Articles)
{
    public Article? Find(string articleId)
    {
        foreach (var a in Articles)
            if (a.Id == articleId) return a;
        return null;
    }

    public Article this[string articleId] =>
        Find(articleId) ?? throw new KeyNotFoundException($"Story {Id} has no article {articleId}.");

    /// <summary>
    /// The stable id of a story founded by <paramref name="founder"/> (its first article in publication order): the same
    /// input gives the same story ids, and a story keeps its id as later articles join it.
    /// </summary>
    public static string IdFor(Article founder) =>
        "s" + (founder.Id.StartsWith('a') ? founder.Id[1..] : "-" + founder.Id);

    /// <summary>The articles that are not copies of another article of the story: what a reader can check independently.</summary>
    public IEnumerable<Article> Originals => Articles.Where(a => a.DuplicateOf is null);
}
