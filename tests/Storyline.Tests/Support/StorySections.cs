using Storyline.Tests.Support;
using System.Collections.Immutable;
using Storyline.Compare.Dates;
using Storyline.Compare.Entities;
using Storyline.Compare.Facts;
using Storyline.Compare.Figures;
using Storyline.Compare.Framing;
using Storyline.Compare.Quotes;
using Storyline.Compare.Timeline;
using Storyline.Stories;
using Storyline.Summarize;

namespace Storyline.Tests.Support;

/// <summary>Short reads of a story document's sections for assertions (empty when the stage did not run).</summary>
public static class StorySections
{
    extension(StoryDocument d)
    {
        public ImmutableArray<StoryEntity> Entities => d.GetOrDefault(StoryEntity.Section, []);
        public ImmutableArray<StoryQuote> Quotes => d.GetOrDefault(StoryQuote.Section, []);
        public ImmutableArray<Fact> Facts => d.GetOrDefault(FactLedger.Section, FactLedger.Empty).Facts;
        public ImmutableArray<Conflict> Conflicts => d.GetOrDefault(FactLedger.Section, FactLedger.Empty).Conflicts;
        public ImmutableArray<StoryFigure> Figures => d.GetOrDefault(StoryFigure.Section, []);
        public ImmutableArray<FramingRow> Framing => d.GetOrDefault(FramingRow.Section, []);
        public ImmutableArray<TimelineEntry> Timeline => d.GetOrDefault(StoryTimeline.Section, StoryTimeline.Empty).Events;
        public ImmutableArray<TimelineEntry> Background => d.GetOrDefault(StoryTimeline.Section, StoryTimeline.Empty).Background;
        public ImmutableArray<CitedSentence> Summary => d.GetOrDefault(StorySummary.Section, StorySummary.Empty).Sentences;
        public CitedSentence? Headline => d.GetOrDefault(StorySummary.Section, StorySummary.Empty).Headline;
        public StoryDates Dates => d.GetOrDefault(StoryDates.Section, StoryDates.Empty);
    }
}
