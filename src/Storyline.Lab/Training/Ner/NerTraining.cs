using Storyline.Lab.Training.Ner;
using Storyline.Annotate.Entities;
using Storyline.Annotate.Entities.Tagging;
using Storyline.Lab.Evaluation.Ner;

namespace Storyline.Lab.Training.Ner;

/// <summary>Trains and writes the entity tagger the product ships (<c>storyline-lab train ner</c>).</summary>
internal static class NerTraining
{
    /// <summary>Writes the compact model (see docs/ner.md for the format).</summary>
    public static void Save(EntityTagger tagger, Stream stream) => NerModelSerializer.Write(tagger.Model, stream, NerTrainingSettings.PruneWeightsBelow);

    /// <summary>
    /// Trains a tagger on CoNLL-2003 documents, picking the epoch by F1 on <paramref name="dev"/>.
    /// <paramref name="unlabelledText"/> feeds the word clusters (may be empty); <paramref name="reuseClustersOf"/>
    /// takes them from an earlier model instead, to try feature changes without rebuilding clusters; <paramref name="clusterGroup"/>
    /// (the first run's cluster group) and <paramref name="seed"/> (the first run's shuffle seed) are for experiments;
    /// <paramref name="clusterSvdDimensions"/> clusters truncated-SVD vectors instead of the random projection;
    /// <paramref name="embeddings"/> replaces <see cref="NerTrainingSettings.Embeddings"/> (embeddings are always built from the text);
    /// <paramref name="learner"/> replaces <see cref="NerTrainingSettings.Learner"/> (update rule, feature cut-off). Deterministic.
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
        UnlabelledCorpus Corpus() => corpus ??= UnlabelledCorpus.Read(clusterText, NerTrainingSettings.Clusters.MinCapitalShare);
        var clusterOptions = clusterSvdDimensions is { } svd ? NerTrainingSettings.Clusters with { SvdDimensions = svd } : NerTrainingSettings.Clusters;
        var clusters = reuseClustersOf?.Model.Clusters ?? WordClusterBuilder.Build(Corpus(), clusterOptions, log);
        log?.Invoke($"word clusters: {clusters.Count:N0} words in {clock.Elapsed.TotalSeconds:F0} s");
        var embeddingOptions = embeddings ?? NerTrainingSettings.Embeddings;
        var wordEmbeddings = embeddingOptions.Dimensions > 0
            ? WordEmbeddingBuilder.Build(Corpus(), NerTrainingSettings.Clusters, embeddingOptions, log)
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
