using Storyline.Articles;
using Storyline.Stages;
using System.Collections.Immutable;
using Storyline.Cluster;

namespace Storyline.Pipeline;

/// <summary>
/// Collects stages in order, then <see cref="Build"/> freezes them into an immutable
/// <see cref="StorylinePipeline"/>, checking that every requirement is provided by an earlier stage.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IStage> _stages = new();
    private IStoryGrouper _grouper = new SingleStoryGrouper();

    public IReadOnlyList<IStage> Stages => _stages;

    public PipelineBuilder Add(IStage stage)
    {
        if (stage is not (IArticleStage or IStoryStage))
            throw new ArgumentException($"Stage '{stage.Name}' is neither an article nor a story stage.", nameof(stage));
        _stages.Add(stage);
        return this;
    }

    public PipelineBuilder InsertBefore<TStage>(IStage stage) where TStage : IStage
    {
        int index = _stages.FindIndex(s => s is TStage);
        if (index < 0) throw new InvalidOperationException($"No stage of type {typeof(TStage).Name} to insert before.");
        _stages.Insert(index, stage);
        return this;
    }

    public PipelineBuilder Replace<TStage>(IStage stage) where TStage : IStage
    {
        int index = _stages.FindIndex(s => s is TStage);
        if (index < 0) throw new InvalidOperationException($"No stage of type {typeof(TStage).Name} to replace.");
        _stages[index] = stage;
        return this;
    }

    public PipelineBuilder Remove<TStage>() where TStage : IStage
    {
        _stages.RemoveAll(s => s is TStage);
        return this;
    }

    public PipelineBuilder UseGrouper(IStoryGrouper grouper)
    {
        _grouper = grouper;
        return this;
    }

    /// <summary>Freezes the pipeline. Article stages always run before story stages.</summary>
    public StorylinePipeline Build()
    {
        var articleStages = _stages.OfType<IArticleStage>().ToImmutableArray();
        var storyStages = _stages.OfType<IStoryStage>().ToImmutableArray();
        var provided = new HashSet<Feature>(ReferenceEqualityComparer.Instance);
        foreach (var stage in articleStages.Cast<IStage>().Concat(storyStages))
        {
            var missing = stage.Requires.Where(r => !provided.Contains(r)).ToList();
            if (missing.Count > 0)
                throw new PipelineException(
                    $"Stage '{stage.Name}' requires {string.Join(", ", missing.Select(m => $"'{m.Name}'"))}, which no earlier stage provides.");
            foreach (var p in stage.Provides)
            {
                if (!provided.Add(p))
                    throw new PipelineException($"Stage '{stage.Name}' provides '{p.Name}', which an earlier stage already provides.");
            }
        }
        return new StorylinePipeline(articleStages, storyStages, _grouper);
    }
}

/// <summary>A pipeline that cannot be built as configured.</summary>
public sealed class PipelineException(string message) : Exception(message);
