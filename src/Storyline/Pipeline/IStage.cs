using Storyline.Articles;

namespace Storyline.Pipeline;

/// <summary>A step of the pipeline that declares what it needs and what it adds, so a pipeline
/// with an unmet requirement fails when it is built rather than halfway through a run.</summary>
public interface IStage
{
    string Name { get; }
    IReadOnlyList<Feature> Requires { get; }
    IReadOnlyList<Feature> Provides { get; }
}

/// <summary>Adds layers to one article. Must be pure: same article in, same layers out.</summary>
public interface IArticleStage : IStage
{
    Article Process(Article article);
}

/// <summary>Fills sections of one story's analysis from its annotated articles.</summary>
public interface IStoryStage : IStage
{
    StoryAnalysis Process(StoryAnalysis story);
}
