namespace Storyline.Pipeline;

/// <summary>The stages <c>storyline digest</c> runs, in order. Replace or insert stages through the builder.</summary>
public static class DefaultPipeline
{
    public static PipelineBuilder CreateBuilder()
    {
        var builder = new PipelineBuilder();
        // article stages
        builder.Add(new Text.SentenceStage());
        builder.Add(new Annotate.Entities.EntityStage());
        builder.Add(new Annotate.Quotes.QuoteStage());
        builder.Add(new Annotate.Time.TimexStage());
        builder.Add(new Annotate.Figures.FigureStage());
        // story stages
        builder.Add(new Annotate.Entities.EntityMergeStage());
        builder.Add(new Compare.Timeline.PublicationDateStage());
        builder.Add(new Summarize.SummaryStage());
        builder.Add(new Compare.Ledger.FactLedgerStage());
        builder.Add(new Annotate.Figures.FigureLedgerStage()); // after the fact ledger: equal figures of one fact merge
        builder.Add(new Compare.Framing.FramingStage());
        builder.Add(new Compare.Timeline.TimelineStage());
        builder.Add(new Annotate.Quotes.QuoteLedgerStage());
        builder.UseGrouper(new Cluster.OnlineStoryGrouper { ConsolidateByActors = true });
        return builder;
    }

    public static StorylinePipeline Create() => CreateBuilder().Build();
}
