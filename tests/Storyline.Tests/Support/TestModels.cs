using Storyline.Annotate.Entities;
using Storyline.Pipeline;
using Storyline.Summarize;

namespace Storyline.Tests.Support;

/// <summary>The shipped models, in one store for the whole test run (the test process plays the edge that creates it), so
/// the suite reads each model once.</summary>
internal static class TestModels
{
    public static readonly ModelStore Store = new();

    public static EntityTagger Tagger => Store.Entities.Value;

    public static SummarizerModels Summarizer => Store.Summarizer.Value;

    public static StorylinePipeline Pipeline() => DefaultPipeline.Create(Store);

    public static PipelineBuilder Builder() => DefaultPipeline.CreateBuilder(Store);

    public static DigestOptions Options() => new() { Pipeline = Pipeline() };
}
