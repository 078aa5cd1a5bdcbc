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
}
