using System.Collections.Immutable;
using Storyline.Stories;

namespace Storyline.Compare.Timeline;

/// <summary>The story's dated events, and the earlier events it mentions as context.</summary>
/// <param name="Background">Dated events that happened before the story's first article: context, not the story.</param>
public sealed record StoryTimeline(ImmutableArray<TimelineEntry> Events, ImmutableArray<TimelineEntry> Background)
{
    public static readonly SectionKey<StoryTimeline> Section = new("timeline");

    public static StoryTimeline Empty { get; } = new([], []);
}
