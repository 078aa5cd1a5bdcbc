using Storyline.Articles;
using Storyline.Stories;

namespace Storyline.Stages;

/// <summary>A step of the pipeline that declares what it reads and what it adds, so a pipeline with an unmet
/// requirement fails when it is built rather than halfway through a run.</summary>
public interface IStage
{
    string Name { get; }

    /// <summary>Every article layer and story section the stage reads.</summary>
    IReadOnlyList<Feature> Requires { get; }

    /// <summary>Every article layer or story section the stage adds.</summary>
    IReadOnlyList<Feature> Provides { get; }

    /// <summary>The languages whose text the stage's rules and models are written for. The pipeline gives an article
    /// stage only articles in these languages (others get the stage's layers empty, and a notice) and a story stage
    /// only a story's articles in them.</summary>
    LanguageSet Languages { get; }
}

/// <summary>Adds layers to one article. Must be pure: same article in, same layers out.</summary>
public interface IArticleStage : IStage
{
    Article Process(Article article);
}

/// <summary>Adds sections to one story's document from its annotated articles and earlier sections.</summary>
public interface IStoryStage : IStage
{
    StoryDocument Process(StoryDocument story);
}
