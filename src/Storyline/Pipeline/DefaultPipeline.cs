namespace Storyline.Pipeline;

/// <summary>The stages <c>storyline digest</c> runs, in order. Replace or insert stages through the builder.</summary>
public static class DefaultPipeline
{
    public static PipelineBuilder CreateBuilder()
    {
        var builder = new PipelineBuilder();
        builder.Add(new Text.SentenceStage());
        builder.UseGrouper(new Cluster.OnlineStoryGrouper());
        return builder;
    }

    public static StorylinePipeline Create() => CreateBuilder().Build();
}
