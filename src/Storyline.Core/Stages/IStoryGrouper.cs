using System.Collections.Immutable;
using Storyline.Articles;
using Storyline.Stories;

namespace Storyline.Stages;

/// <summary>Groups articles into stories. Implementations must be deterministic for a given input order.</summary>
public interface IStoryGrouper
{
    Grouping Group(IReadOnlyList<Article> articles);

    /// <summary>Groups as <see cref="Group(IReadOnlyList{Article})"/>, reporting how many articles have been placed so far.</summary>
    Grouping Group(IReadOnlyList<Article> articles, IProgress<int>? placed) => Group(articles);
}

/// <summary>An article left out because it is the same article submitted again.</summary>
/// <param name="Article">The re-submitted article (not part of any story).</param>
/// <param name="DuplicateOf">Id of the stored article it repeats.</param>
/// <param name="StoryId">Story of that stored article.</param>
public sealed record DroppedArticle(Article Article, string DuplicateOf, string? StoryId);

/// <summary>Stories plus what the grouper learned about copies.</summary>
/// <param name="Stories">Largest and most recent first; articles inside in publication order, copies marked with <see cref="Article.DuplicateOf"/>.</param>
/// <param name="Dropped">Exact re-submissions (same URL, or same text from the same outlet), not stored.</param>
public sealed record Grouping(ImmutableArray<Story> Stories, ImmutableArray<DroppedArticle> Dropped)
{
    /// <summary>Story id of every input article, dropped re-submissions included (they get their original's story).</summary>
    public required ImmutableDictionary<string, string> StoryOf { get; init; }

    /// <summary>Number of story merges performed while streaming.</summary>
    public int Merges { get; init; }

    /// <summary>Number of times a quiet story was continued: resumed by an article's strong match, or joined at rest by a
    /// fragment of the same burst (each time an earlier episode is joined to a later one).</summary>
    public int Resumed { get; init; }

    /// <summary>Every article in one story: the grouping of an input known to be one story.</summary>
    public static Grouping Single(IReadOnlyList<Article> articles)
    {
        if (articles.Count == 0) return new Grouping([], []) { StoryOf = ImmutableDictionary<string, string>.Empty };
        var id = Story.IdFor(articles[0]);
        return new Grouping([new Story(id, [.. articles])], [])
        {
            StoryOf = articles.ToImmutableDictionary(a => a.Id, _ => id, StringComparer.Ordinal),
        };
    }
}

/// <summary>Puts every article into one story: the right answer when the input is known to be one story.</summary>
public sealed class SingleStoryGrouper : IStoryGrouper
{
    public Grouping Group(IReadOnlyList<Article> articles) => Grouping.Single(articles);
}
