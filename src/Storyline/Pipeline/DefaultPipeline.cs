using Storyline.Similarity;

namespace Storyline.Pipeline;

/// <summary>The stages <c>storyline digest</c> runs, in order. Replace or insert stages through the builder.</summary>
public static class DefaultPipeline
{
    /// <param name="models">The run's models (created once at the edge); the stages that need one take it from here, on first use.</param>
    /// <param name="matcher">The one decider of "do these two sentences say the same thing?" for every story stage that
    /// asks it (default: <see cref="LexicalSentenceMatcher"/>).</param>
    public static PipelineBuilder CreateBuilder(ModelStore models, ISentenceMatcher? matcher = null)
    {
        matcher ??= LexicalSentenceMatcher.Instance;
        var builder = new PipelineBuilder();
        // article stages
        builder.Add(new Text.SentenceStage());
        builder.Add(new Annotate.Entities.EntityStage(models.Entities));
        builder.Add(new Annotate.Quotes.QuoteStage());
        builder.Add(new Annotate.Time.TimexStage());
        builder.Add(new Annotate.Figures.FigureStage());
        // story stages, in the order of the data: who, when, what is told, the figures and words in it, then the summary
        builder.Add(new Compare.Entities.EntityMergeStage());
        builder.Add(new Compare.Dates.PublicationDateStage(matcher));
        builder.Add(new Compare.Facts.Ledger.FactLedgerStage(matcher));
        builder.Add(new Compare.Figures.FigureLedgerStage(matcher));
        builder.Add(new Compare.Quotes.QuoteLedgerStage(matcher));
        builder.Add(new Compare.Framing.FramingStage(loadedLanguage: models.LoadedLanguage));
        builder.Add(new Compare.Opinion.OpinionStage(models.LoadedLanguage));
        builder.Add(new Compare.Timeline.TimelineStage(matcher));
        builder.Add(new Summarize.SummaryStage(models.Summarizer, matcher: matcher));
        builder.UseGrouper(new Cluster.OnlineStoryGrouper { ConsolidateByActors = true });
        return builder;
    }

    public static StorylinePipeline Create(ModelStore models, ISentenceMatcher? matcher = null) => CreateBuilder(models, matcher).Build();
}
