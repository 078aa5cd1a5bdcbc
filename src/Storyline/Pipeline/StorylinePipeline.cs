using Storyline.Stages;
using Storyline.Stories;
using System.Collections.Immutable;
using Storyline.Articles;
using Storyline.Language;

namespace Storyline.Pipeline;

/// <summary>
/// A frozen, validated sequence of stages. Thread-safe: it holds no per-run state. Each stage reads only the articles
/// in its languages (<see cref="IStage.Languages"/>; an article's language is <see cref="LanguageDetector.Of"/>): an
/// article stage leaves the layers it provides empty on any other article, and a story stage sees only the story's
/// articles it reads, so no rule written for one language runs on another.
/// </summary>
public sealed class StorylinePipeline
{
    internal StorylinePipeline(ImmutableArray<IArticleStage> articleStages, ImmutableArray<IStoryStage> storyStages, IStoryGrouper grouper)
    {
        ArticleStages = articleStages;
        StoryStages = storyStages;
        Grouper = grouper;
    }

    public ImmutableArray<IArticleStage> ArticleStages { get; }
    public ImmutableArray<IStoryStage> StoryStages { get; }
    public IStoryGrouper Grouper { get; }

    public Article Annotate(Article article, StageTimings? timings = null)
    {
        var language = LanguageDetector.Of(article);
        foreach (var stage in ArticleStages)
        {
            if (!stage.Languages.Supports(language))
            {
                foreach (var provided in stage.Provides)
                    if (provided is LayerKey layer) article = article.WithEmpty(layer);
                continue;
            }
            var start = StageTimings.Start();
            article = stage.Process(article);
            timings?.Add(stage.Name, start);
        }
        return article;
    }

    public StoryDocument Analyze(Story story, StageTimings? timings = null)
    {
        var analysis = new StoryDocument(story);
        var languages = story.Articles.Select(LanguageDetector.Of).ToArray();
        foreach (var stage in StoryStages)
        {
            var start = StageTimings.Start();
            if (languages.All(stage.Languages.Supports)) analysis = stage.Process(analysis);
            else
            {
                // the stage sees the articles it reads (maybe none); what it adds belongs to the whole story
                var read = story.Articles.Where((_, i) => stage.Languages.Supports(languages[i])).ToImmutableArray();
                analysis = analysis.WithSectionsOf(stage.Process(analysis.ForArticles(read)));
            }
            timings?.Add(stage.Name, start);
        }
        return analysis;
    }

    /// <summary>The stages, article and story, that do not read <paramref name="language"/> (a code, or null when unknown).</summary>
    public IEnumerable<IStage> StagesNotReading(string? language) =>
        ArticleStages.Cast<IStage>().Concat(StoryStages).Where(s => !s.Languages.Supports(language));
}
