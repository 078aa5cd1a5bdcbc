using Storyline.Compare.Dates;
using Storyline.Compare.Entities;
using Storyline.Articles;
using Storyline.Stages;
using Storyline.Stories;
using Storyline.Annotate.Entities;
using Storyline.Annotate.Figures;
using Storyline.Annotate.Quotes;
using Storyline.Language;
using Storyline.Pipeline;
using Storyline.Similarity;
using Storyline.Text;

namespace Storyline.Compare.Facts.Ledger;

/// <summary>Fills the story's fact ledger and its list of conflicts.</summary>
/// <param name="matcher">Decides which claims state the same fact (default: <see cref="LexicalSentenceMatcher"/>).</param>
/// <param name="packs">The language packs claims are read with (default: <see cref="LanguagePacks.Default"/>).</param>
public sealed class FactLedgerStage(ISentenceMatcher? matcher = null, LanguagePacks? packs = null) : IStoryStage
{
    private readonly ISentenceMatcher _matcher = matcher ?? LexicalSentenceMatcher.Instance;
    private readonly LanguagePacks _packs = packs ?? LanguagePacks.Default;

    public string Name => "fact-ledger";
    public IReadOnlyList<Feature> Requires => [Sentence.Layer, Quote.Layer, Figure.Layer, StoryEntity.Section, StoryDates.Section];
    public IReadOnlyList<Feature> Provides => [FactLedger.Section];
    public LanguageSet Languages => LanguageSet.Of("en");

    public StoryDocument Process(StoryDocument story) => story.With(FactLedger.Section, FactLedgerBuilder.Build(story, _matcher, _packs));
}
