using System.Collections.Immutable;
using Storyline.Articles;

namespace Storyline.Cluster;

/// <summary>What <see cref="StoryStream.Add"/> decided for one article.</summary>
/// <param name="ArticleId">The article's id.</param>
/// <param name="StoryKey">The story it went to (or, for an exact re-submission, its original's story; -1 if that is closed).
/// Stories can merge later: <see cref="ClosedStory"/> has the final membership.</param>
/// <param name="DuplicateOf">The earliest article it copies, if any.</param>
/// <param name="ExactResubmission">True when it is the same article submitted again: it is not stored.</param>
public readonly record struct StreamDecision(string ArticleId, int StoryKey, string? DuplicateOf, bool ExactResubmission);

/// <summary>A story that has gone cold (or the stream ended): its final members, in arrival order.</summary>
public sealed record ClosedStory(int Key, ImmutableArray<Article> Articles, DateTimeOffset? First, DateTimeOffset? Last)
{
    /// <summary>Number of articles in the story (equals <see cref="Articles"/>' length when the stream retains members).</summary>
    public int Size { get; init; }

    /// <summary>Keys of stories that were merged into this one.</summary>
    public ImmutableArray<int> MergedKeys { get; init; } = ImmutableArray<int>.Empty;

    /// <summary>Keys of the earlier closed stories (episodes) this one continues: an article matched a quiet story's
    /// signature strongly and resumed it. Empty when the story is new. A consumer joins the episodes into one story.</summary>
    public ImmutableArray<int> Continues { get; init; } = ImmutableArray<int>.Empty;

    /// <summary>Keys of quiet stories this one is related to (a moderate match when it opened), with the cosine: its earlier thread.</summary>
    public ImmutableArray<(int Key, double Similarity)> Earlier { get; init; } = ImmutableArray<(int, double)>.Empty;
}
