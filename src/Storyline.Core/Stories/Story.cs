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

    /// <summary>Stories of the same thread: related stories told apart from this one (a quiet story an article matched only
    /// moderately opens a new story linked to it), earlier first. Empty when none; the grouper fills it.</summary>
    public ImmutableArray<StoryThreadLink> Threads { get; init; } = ImmutableArray<StoryThreadLink>.Empty;

    /// <summary>The articles that are not copies of another article of the story: what a reader can check independently.</summary>
    public IEnumerable<Article> Originals => Articles.Where(a => a.DuplicateOf is null);
}

/// <summary>A link from a story to a related story of its thread.</summary>
/// <param name="StoryId">The other story.</param>
/// <param name="Relation">"earlier": the other story came first and went quiet, and this one opened on its words (a follow-up,
/// a related development); "later": the reverse.</param>
/// <param name="Similarity">Cosine between the article that opened the later story and the earlier story's signature.</param>
public sealed record StoryThreadLink(string StoryId, string Relation, double Similarity)
{
    public const string Earlier = "earlier";
    public const string Later = "later";
}
