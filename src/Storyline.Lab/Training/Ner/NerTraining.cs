using Storyline.Lab.Datasets.Ner;
using Storyline.Lab.Training.Ner;
using Storyline.Annotate.Entities;
using Storyline.Annotate.Entities.Tagging;
using Storyline.Lab.Evaluation.Ner;
using Storyline.Language;

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
    /// (the first run's cluster group) and <paramref name="seed"/> (the first run's shuffle seed) are for experiments. Deterministic.
    /// </summary>
    public static EntityTagger Train(IReadOnlyList<ConllDocument> train, IReadOnlyList<ConllDocument> dev,
        IEnumerable<string> unlabelledText, Action<string>? log = null, int? maxEpochs = null, EntityTagger? reuseClustersOf = null, int? runs = null,
        int? clusterGroup = null, int? seed = null, bool nameLists = true, NameKinds withoutKinds = NameKinds.None)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var external = unlabelledText as IReadOnlyList<string> ?? unlabelledText.ToList();
        // The clusters also read the training tokens (one text per sentence).
        var clusterText = external.Concat(train.SelectMany(d => d.Sentences).Select(s => string.Join(' ', s.Tokens)));
        var clusters = reuseClustersOf?.Model.Clusters
            ?? WordClusterBuilder.Build(UnlabelledCorpus.Read(clusterText, NerTrainingSettings.Clusters.MinCapitalShare), NerTrainingSettings.Clusters, log);
        log?.Invoke($"word clusters: {clusters.Count:N0} words in {clock.Elapsed.TotalSeconds:F0} s");
        var options = new NerTrainingOptions();
        if (maxEpochs is { } e) options = options with { MaxEpochs = e };
        if (runs is { } r) options = options with { Runs = r };
        if (clusterGroup is { } g) options = options with { ClusterGroup = g };
        if (seed is { } sd) options = options with { Seed = sd };
        // the English pack's lists (tools/gazetteer/build.sh), stored in the model so it always tags with what it learnt from
        if (nameLists)
            options = options with { Lists = new Gazetteer(LanguagePacks.English.Names.KnownNames
                .Where(kv => (kv.Value & ~withoutKinds) != 0)
                .ToDictionary(kv => kv.Key, kv => (byte)(kv.Value & ~withoutKinds), StringComparer.Ordinal)) };
        var model = NerTrainer.Train(train, dev, clusters, options,
            epoch => log?.Invoke($"epoch {epoch.Epoch}: dev F1 {epoch.DevF1:F2} ({epoch.Elapsed.TotalSeconds:F0} s)"), log);
        return new EntityTagger(model);
    }
}
