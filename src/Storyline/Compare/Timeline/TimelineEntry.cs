using System.Collections.Immutable;
using Storyline.Articles;

namespace Storyline.Compare.Timeline;

/// <summary>An event placed on a date, with every source that dates it.</summary>
/// <param name="Date">ISO 8601 date.</param>
public sealed record TimelineEntry(string Date, string Event, ImmutableArray<Citation> Citations)
{
    /// <summary>Stable id within the story (<see cref="Stories.StoryItemIds"/>): the same in every run, whatever the order of the input.</summary>
    public string Id { get; init; } = "";

    /// <summary>Other dates that some sources give for the same event.</summary>
    public ImmutableArray<string> ConflictingDates { get; init; } = ImmutableArray<string>.Empty;
}
