using System.Collections.Immutable;
using Storyline.Articles;

namespace Storyline.Cluster;

/// <summary>Groups articles into stories. Implementations must be deterministic for a given input order.</summary>
public interface IStoryGrouper
{
    ImmutableArray<Story> Group(IReadOnlyList<Article> articles);
}

/// <summary>Puts every article into one story: the right answer when the input is known to be one story.</summary>
public sealed class SingleStoryGrouper : IStoryGrouper
{
    public ImmutableArray<Story> Group(IReadOnlyList<Article> articles) =>
        articles.Count == 0 ? ImmutableArray<Story>.Empty : [new Story("s1", [.. articles])];
}
