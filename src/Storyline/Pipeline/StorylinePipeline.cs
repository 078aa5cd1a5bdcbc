using Storyline.Stages;
using Storyline.Stories;
using System.Collections.Immutable;
using Storyline.Articles;
using Storyline.Cluster;

namespace Storyline.Pipeline;

/// <summary>A frozen, validated sequence of stages. Thread-safe: it holds no per-run state.</summary>
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
        foreach (var stage in ArticleStages)
        {
            var start = StageTimings.Start();
            article = stage.Process(article);
            timings?.Add(stage.Name, start);
        }
        return article;
    }

    public StoryDocument Analyze(Story story, StageTimings? timings = null)
    {
        var analysis = new StoryDocument(story);
        foreach (var stage in StoryStages)
        {
            var start = StageTimings.Start();
            analysis = stage.Process(analysis);
            timings?.Add(stage.Name, start);
        }
        return analysis;
    }
}
