using Storyline.Compare.Dates;
using Storyline.Compare.Entities;
using Storyline.Articles;
using Storyline.Stages;
using Storyline.Stories;
using Storyline.Annotate.Entities;
using Storyline.Annotate.Figures;
using Storyline.Annotate.Quotes;
using Storyline.Pipeline;
using Storyline.Similarity;
using Storyline.Text;

namespace Storyline.Compare.Facts.Ledger;

/// <summary>Fills the story's fact ledger and its list of conflicts.</summary>
/// <param name="matcher">Decides which claims state the same fact (default: <see cref="LexicalSentenceMatcher"/>).</param>
public sealed class FactLedgerStage(ISentenceMatcher? matcher = null) : IStoryStage
{
    private readonly ISentenceMatcher _matcher = matcher ?? LexicalSentenceMatcher.Instance;

    public string Name => "fact-ledger";
    public IReadOnlyList<Feature> Requires => [Sentence.Layer, Quote.Layer, Figure.Layer, StoryEntity.Section, StoryDates.Section];
    public IReadOnlyList<Feature> Provides => [FactLedger.Section];

    public StoryDocument Process(StoryDocument story) => story.With(FactLedger.Section, FactLedgerBuilder.Build(story, _matcher));
}
