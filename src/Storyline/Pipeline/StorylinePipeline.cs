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

    public Article Annotate(Article article)
    {
        foreach (var stage in ArticleStages)
            article = stage.Process(article);
        return article;
    }

    public StoryAnalysis Analyze(Story story)
    {
        var analysis = StoryAnalysis.Empty(story);
        foreach (var stage in StoryStages)
            analysis = stage.Process(analysis);
        return analysis;
    }
}
