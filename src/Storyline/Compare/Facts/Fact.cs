using System.Collections.Immutable;
using Storyline.Articles;

namespace Storyline.Compare.Facts;

/// <summary>One item of the fact ledger: a claim, every article reporting it, and its status.</summary>
/// <param name="ConflictsWith">Ids of the ledger's facts that contradict this one.</param>
public sealed record Fact(string Text, FactStatus Status, ImmutableArray<string> ArticleIds, int IndependentSources,
    ImmutableArray<Citation> Citations, ImmutableArray<string> ConflictsWith)
{
    /// <summary>Stable id within the story (<see cref="Stories.StoryItemIds"/>): the same in every run, whatever the order of the input.</summary>
    public string Id { get; init; } = "";

    /// <summary>How much the story's other articles say the same: the summed word similarity of the fact's best claim to
    /// every claim of another article (see <see cref="FactRanking"/>); 0 when unknown.</summary>
    public double Centrality { get; init; }

    /// <summary>The fact's earliest place in an article that tells it (the index of its first claim there): a fact told
    /// near the top of an article is the news, one told at the bottom is background.</summary>
    public int Position { get; init; }
}
