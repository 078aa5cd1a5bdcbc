using Storyline.Annotate.Entities;
using Storyline.Annotate.Figures;
using Storyline.Annotate.Quotes;
using Storyline.Pipeline;
using Storyline.Text;

namespace Storyline.Compare.Ledger;

/// <summary>Fills the story's fact ledger and its list of conflicts.</summary>
public sealed class FactLedgerStage : IStoryStage
{
    public string Name => "fact-ledger";
    public IReadOnlyList<Feature> Requires => [Sentence.Layer, Quote.Layer, Figure.Layer, StorySection.Entities, StorySection.PublicationDates];
    public IReadOnlyList<Feature> Provides => [StorySection.Facts];

    public StoryAnalysis Process(StoryAnalysis story)
    {
        var (facts, conflicts) = FactLedgerBuilder.Build(story);
        return story with { Facts = facts, Conflicts = conflicts };
    }
}
