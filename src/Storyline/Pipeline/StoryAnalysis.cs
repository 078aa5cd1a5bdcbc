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
    /// <summary>Pairs of ledger items that contradict each other (indexes into <see cref="Facts"/>).</summary>
    public ImmutableArray<Conflict> Conflicts { get; init; } = ImmutableArray<Conflict>.Empty;
    /// <summary>Dated events mentioned in the story that happened before its first article: context, not the story.</summary>
    public ImmutableArray<TimelineEntry> Background { get; init; } = ImmutableArray<TimelineEntry>.Empty;
    /// <summary>Calendar dates of the time expressions of each article, resolved against (possibly inferred) publication dates.</summary>
    public ImmutableDictionary<string, ImmutableArray<DatedSpan>> EventDates { get; init; } = ImmutableDictionary<string, ImmutableArray<DatedSpan>>.Empty;

    public static StoryAnalysis Empty(Story story) => new() { Story = story };
}
