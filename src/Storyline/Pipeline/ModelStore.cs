using System.Collections.Immutable;
using Storyline.Annotate.Entities;
using Storyline.Compare.Framing;
using Storyline.Problems;
using Storyline.Similarity;
using Storyline.Similarity.Embeddings;
using Storyline.Summarize;

namespace Storyline.Pipeline;

/// <summary>Model files a run loads instead of the shipped models (experiments); each one optional.</summary>
/// <param name="EntityTagger">An NER model written by <c>storyline-lab train ner</c>.</param>
/// <param name="ConceptModel">A concept model written by <c>storyline-lab train summarizer</c>.</param>
/// <param name="FunctionWordTable">A function-word table written by <c>storyline-lab train summarizer --function-words</c>.</param>
/// <param name="LoadedLanguage">A loaded-language model written by <c>storyline-lab train bias</c>.</param>
public sealed record ModelFiles(string? EntityTagger = null, string? ConceptModel = null, string? FunctionWordTable = null, string? LoadedLanguage = null);

/// <summary>
/// The one place a run's trained models come from. Created once at the edge (the CLI command, the lab command, a
/// service at start-up) and given to <c>DefaultPipeline.CreateBuilder</c>; each model is loaded on
/// first use, once, whichever thread asks first (<see cref="LazyThreadSafetyMode.ExecutionAndPublication"/>), and
/// nothing is cached anywhere else: two stores are two independent sets of models.
/// </summary>
public sealed class ModelStore
{
    /// <summary>The models shipped in the engine's assembly.</summary>
    public ModelStore() : this(new ModelFiles()) { }

    /// <param name="files">Files to read instead of the shipped models. The edge that names files calls <see cref="Check"/>
    /// first: a file that is missing or not a model of its kind is a problem there, before any work.</param>
    public ModelStore(ModelFiles files)
    {
        Files = files;
        Entities = new(() => files.EntityTagger is { } ner ? Read(ner, EntityTagger.Load) : EntityTagger.LoadShipped(),
            LazyThreadSafetyMode.ExecutionAndPublication);
        Summarizer = new(() => new SummarizerModels(
                files.ConceptModel is { } concepts ? Read(concepts, ConceptModel.Load) : ConceptModel.LoadShipped(),
                files.FunctionWordTable is { } table ? Read(table, FunctionWordTable.Load) : FunctionWordTable.LoadShipped()),
            LazyThreadSafetyMode.ExecutionAndPublication);
        LoadedLanguage = new(() => files.LoadedLanguage is { } loaded ? Read(loaded, LoadedLanguageModel.Load) : LoadedLanguageModel.LoadShipped(),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public ModelFiles Files { get; }

    /// <summary>The sentence model (all-MiniLM-L6-v2, about 90 MB) behind a bounded cache, loaded on first use: only the
    /// fact ledger of a story told by two or more sources asks it.</summary>
    public Lazy<ISentenceEmbedder> Sentences { get; } =
        new(() => new CachedEmbedder(new MiniLmEmbedder()), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The sentence matcher's paraphrase model (a few hundred bytes of weights).</summary>
    public Lazy<ParaphraseModel> Paraphrase { get; } = new(ParaphraseModel.LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The entity tagger, loaded on first use.</summary>
    public Lazy<EntityTagger> Entities { get; }

    /// <summary>The summarizer's concept model and function-word table, loaded on first use.</summary>
    public Lazy<SummarizerModels> Summarizer { get; }

    /// <summary>The loaded-language model (which words carry bias), loaded on first use; null when the build ships none.</summary>
    public Lazy<LoadedLanguageModel?> LoadedLanguage { get; }

    /// <summary>Loads every model now: the problems of the model files (<see cref="ProblemCodes.ModelNotFound"/>,
    /// <see cref="ProblemCodes.ModelInvalid"/>), empty when every model is usable.</summary>
    public ImmutableArray<Problem> Check()
    {
        var problems = ImmutableArray.CreateBuilder<Problem>();
        foreach (var load in new Action[] { () => _ = Entities.Value, () => _ = Summarizer.Value, () => _ = LoadedLanguage.Value })
        {
            try { load(); }
            catch (ModelFileException ex) { problems.Add(ex.Problem); }
        }
        return problems.ToImmutable();
    }

    private static T Read<T>(string path, Func<Stream, T> load)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return load(stream);
        }
        catch (Exception ex) when (ex is IOException and not EndOfStreamException or UnauthorizedAccessException)
        {
            throw new ModelFileException(new Problem(path, "cannot be read: " + ex.Message, ProblemCodes.ModelNotFound));
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException)
        {
            throw new ModelFileException(new Problem(path, ex.Message, ProblemCodes.ModelInvalid));
        }
    }

    /// <summary>Carries a model file's problem from the lazy load to <see cref="Check"/>, which returns it. Reaching a
    /// caller that skipped <see cref="Check"/> means the edge forgot to: a defect, hence an exception.</summary>
    private sealed class ModelFileException(Problem problem) : Exception($"{problem.Source}: {problem.Reason}")
    {
        public Problem Problem { get; } = problem;
    }
}
