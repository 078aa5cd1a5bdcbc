using Storyline.Annotate.Entities;
using Storyline.Summarize;

namespace Storyline.Pipeline;

/// <summary>Model files a run loads instead of the shipped models (experiments); each one optional.</summary>
/// <param name="EntityTagger">An NER model written by <c>storyline-lab train ner</c>.</param>
/// <param name="ConceptModel">A concept model written by <c>storyline-lab train summarizer</c>.</param>
/// <param name="FunctionWordTable">A function-word table written by <c>storyline-lab train summarizer --function-words</c>.</param>
public sealed record ModelFiles(string? EntityTagger = null, string? ConceptModel = null, string? FunctionWordTable = null);

/// <summary>
/// The one place a run's trained models come from. Created once at the edge (the CLI command, the lab command, a
/// service at start-up) and given to <see cref="DefaultPipeline.CreateBuilder(ModelStore)"/>; each model is loaded on
/// first use, once, whichever thread asks first (<see cref="LazyThreadSafetyMode.ExecutionAndPublication"/>), and
/// nothing is cached anywhere else: two stores are two independent sets of models.
/// </summary>
public sealed class ModelStore
{
    /// <summary>The models shipped in the engine's assembly.</summary>
    public ModelStore() : this(new ModelFiles()) { }

    /// <param name="files">Files to read instead of the shipped models; a file that is missing or not a model of its kind
    /// throws <see cref="IOException"/> or <see cref="InvalidDataException"/> when it is first needed (<see cref="Check"/> asks at once).</param>
    public ModelStore(ModelFiles files)
    {
        Files = files;
        Entities = new(() => files.EntityTagger is { } ner ? EntityTagger.Load(ner) : EntityTagger.LoadShipped(),
            LazyThreadSafetyMode.ExecutionAndPublication);
        Summarizer = new(() => new SummarizerModels(
                files.ConceptModel is { } concepts ? Read(concepts, ConceptModel.Load) : ConceptModel.LoadShipped(),
                files.FunctionWordTable is { } table ? Read(table, FunctionWordTable.Load) : FunctionWordTable.LoadShipped()),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public ModelFiles Files { get; }

    /// <summary>The entity tagger, loaded on first use.</summary>
    public Lazy<EntityTagger> Entities { get; }

    /// <summary>The summarizer's concept model and function-word table, loaded on first use.</summary>
    public Lazy<SummarizerModels> Summarizer { get; }

    /// <summary>Loads every model now, so a bad model file is reported before any work starts.</summary>
    public void Check()
    {
        _ = Entities.Value;
        _ = Summarizer.Value;
    }

    private static T Read<T>(string path, Func<Stream, T> load)
    {
        using var stream = File.OpenRead(path);
        return load(stream);
    }
}
