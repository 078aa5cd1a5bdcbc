using System.Collections.Immutable;
using Storyline.Annotate.Entities.Tagging;
using Storyline.Evaluation.Ner;

namespace Storyline.Annotate.Entities;

/// <summary>
/// Storyline's named-entity tagger: finds people, organisations, places and other names in tokenised
/// text. <see cref="Default"/> is the model shipped in the assembly (trained by <c>storyline train ner</c>).
/// </summary>
public sealed class EntityTagger
{
    internal const string ResourceName = "Storyline.Annotate.Entities.Model.ner-en.bin.gz";

    private static readonly Lazy<EntityTagger> Shipped = new(LoadShipped, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly NerModel _model;

    internal EntityTagger(NerModel model) => _model = model;

    internal NerModel Model => _model;

    /// <summary>The model embedded in this assembly, loaded once on first use.</summary>
    public static EntityTagger Default => Shipped.Value;

    /// <summary>Number of weighted features (after pruning, for a loaded model).</summary>
    public int FeatureCount => _model.Rows.Count;

    public int GazetteerCount => _model.Gazetteer.Count;

    public int ClusterWordCount => _model.Clusters.Count;

    /// <summary>Reads a model written by <see cref="Save"/>; throws <see cref="InvalidDataException"/> on a file that is not one.</summary>
    public static EntityTagger Load(Stream stream)
    {
        try
        {
            return new EntityTagger(NerModelSerializer.Read(stream));
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException("The NER model file is truncated.", ex);
        }
    }

    public static EntityTagger Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    private static EntityTagger LoadShipped()
    {
        using var stream = typeof(EntityTagger).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The NER model resource '{ResourceName}' is missing from the assembly; rebuild it with 'storyline train ner' (see docs/ner.md).");
        return Load(stream);
    }

    /// <summary>Writes the compact model (see docs/ner.md for the format).</summary>
    public void Save(Stream stream) => NerModelSerializer.Write(_model, stream, EntitySettings.PruneWeightsBelow);

    /// <summary>Tags one document given as sentences of tokens; returns IOB2 tags (B-PER, I-PER, O, ...) per token.</summary>
    public string[][] TagIob(string[][] sentences) => Array.ConvertAll(_model.Tag(sentences), t => NerTags.ToIob(t));

    /// <summary>Typed phrases of one document: per sentence, token ranges [Start, End) and their type.</summary>
    public ImmutableArray<ImmutableArray<(int Start, int End, EntityType Type)>> Tag(string[][] sentences) =>
        _model.Tag(sentences)
            .Select(tags => NerTags.ToPhrases(tags).Select(p => (p.Start, p.End, NerTags.EntityTypes[p.Type])).ToImmutableArray())
            .ToImmutableArray();

    /// <summary>
    /// Trains a tagger on CoNLL-2003 documents, picking the epoch by F1 on <paramref name="dev"/>.
    /// <paramref name="unlabelledText"/> feeds the word clusters (may be empty); <paramref name="reuseClustersOf"/>
    /// takes them from an earlier model instead, to try feature changes without rebuilding clusters; <paramref name="clusterGroup"/>
    /// (the first run's cluster group) and <paramref name="seed"/> (the first run's shuffle seed) are for experiments;
    /// <paramref name="clusterSvdDimensions"/> clusters truncated-SVD vectors instead of the random projection;
    /// <paramref name="embeddings"/> replaces <see cref="EntitySettings.Embeddings"/> (embeddings are always built from the text);
    /// <paramref name="learner"/> replaces <see cref="EntitySettings.Learner"/> (update rule, feature cut-off). Deterministic.
    /// </summary>
    public static EntityTagger Train(IReadOnlyList<ConllDocument> train, IReadOnlyList<ConllDocument> dev,
        IEnumerable<string> unlabelledText, Action<string>? log = null, int? maxEpochs = null, EntityTagger? reuseClustersOf = null, int? runs = null,
        int? clusterGroup = null, int? seed = null, WordEmbeddingOptions? embeddings = null, int? clusterSvdDimensions = null,
        NerLearnerOptions? learner = null)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var external = unlabelledText as IReadOnlyList<string> ?? unlabelledText.ToList();
        // The clusters also read the training tokens (one text per sentence).
        var clusterText = external.Concat(train.SelectMany(d => d.Sentences).Select(s => string.Join(' ', s.Tokens)));
        UnlabelledCorpus? corpus = null;
        UnlabelledCorpus Corpus() => corpus ??= UnlabelledCorpus.Read(clusterText, EntitySettings.Clusters.MinCapitalShare);
        var clusterOptions = clusterSvdDimensions is { } svd ? EntitySettings.Clusters with { SvdDimensions = svd } : EntitySettings.Clusters;
        var clusters = reuseClustersOf?._model.Clusters ?? WordClusterBuilder.Build(Corpus(), clusterOptions, log);
        log?.Invoke($"word clusters: {clusters.Count:N0} words in {clock.Elapsed.TotalSeconds:F0} s");
        var embeddingOptions = embeddings ?? EntitySettings.Embeddings;
        var wordEmbeddings = embeddingOptions.Dimensions > 0
            ? WordEmbeddingBuilder.Build(Corpus(), EntitySettings.Clusters, embeddingOptions, log)
            : WordEmbeddings.Empty;
        if (wordEmbeddings.Dimensions > 0) log?.Invoke($"word embeddings: {wordEmbeddings.Count:N0} words in {clock.Elapsed.TotalSeconds:F0} s");
        corpus = null;
        var options = new NerTrainingOptions { Embeddings = wordEmbeddings };
        if (maxEpochs is { } e) options = options with { MaxEpochs = e };
        if (runs is { } r) options = options with { Runs = r };
        if (clusterGroup is { } g) options = options with { ClusterGroup = g };
        if (seed is { } sd) options = options with { Seed = sd };
        if (learner is not null) options = options with { Learner = learner };
        var model = NerTrainer.Train(train, dev, clusters, options,
            epoch => log?.Invoke($"epoch {epoch.Epoch}: dev F1 {epoch.DevF1:F2} ({epoch.Elapsed.TotalSeconds:F0} s)"), log);
        return new EntityTagger(model);
    }
}
