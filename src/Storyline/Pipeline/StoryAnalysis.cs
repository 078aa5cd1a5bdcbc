using System.Collections.Immutable;
using Storyline.Annotate.Entities;
using Storyline.Annotate.Figures;
using Storyline.Annotate.Quotes;
using Storyline.Cluster;
using Storyline.Compare;
using Storyline.Summarize;

namespace Storyline.Pipeline;

/// <summary>
/// Everything said about one story. Story stages fill its sections in turn
/// (with <c>with</c> expressions); each section is empty until its stage runs.
/// </summary>
public sealed record StoryAnalysis
{
    public required Story Story { get; init; }
    public CitedSentence? Headline { get; init; }
    public ImmutableArray<CitedSentence> Summary { get; init; } = ImmutableArray<CitedSentence>.Empty;
    public ImmutableArray<StoryEntity> Entities { get; init; } = ImmutableArray<StoryEntity>.Empty;
    public ImmutableArray<StoryQuote> Quotes { get; init; } = ImmutableArray<StoryQuote>.Empty;
    public ImmutableArray<Fact> Facts { get; init; } = ImmutableArray<Fact>.Empty;
    public ImmutableArray<StoryFigure> Figures { get; init; } = ImmutableArray<StoryFigure>.Empty;
    public ImmutableArray<FramingRow> Framing { get; init; } = ImmutableArray<FramingRow>.Empty;
    public ImmutableArray<TimelineEntry> Timeline { get; init; } = ImmutableArray<TimelineEntry>.Empty;

    public static StoryAnalysis Empty(Story story) => new() { Story = story };
}
