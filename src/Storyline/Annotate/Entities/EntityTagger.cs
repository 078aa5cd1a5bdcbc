using System.Collections.Immutable;
using Storyline.Annotate.Entities.Tagging;
using Storyline.Language;

namespace Storyline.Annotate.Entities;

/// <summary>
/// Storyline's named-entity tagger: finds people, organisations, places and other names in tokenised
/// text. <see cref="LoadShipped"/> reads the model shipped in the assembly (trained by <c>storyline-lab train ner</c>); a
/// run keeps the one it uses in its <c>ModelStore</c>.
/// </summary>
public sealed class EntityTagger
{
    internal const string ResourceName = "Storyline.Annotate.Entities.Model.ner-en.bin.gz";

    private readonly NerModel _model;

    internal EntityTagger(NerModel model) => _model = model;

    internal NerModel Model => _model;

    /// <summary>Number of weighted features (after pruning, for a loaded model).</summary>
    public int FeatureCount => _model.Rows.Count;

    public int GazetteerCount => _model.Gazetteer.Count;

    /// <summary>Names of the external lists the model reads as features (0 for a model trained without them).</summary>
    public int ListCount => _model.Lists.Count;

    public int ClusterWordCount => _model.Clusters.Count;

    /// <summary>Reads a model written by <c>Save</c> (in the lab); throws <see cref="InvalidDataException"/> on a file that is not one.</summary>
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

    /// <summary>Reads the model embedded in this assembly (each call reads it again).</summary>
    public static EntityTagger LoadShipped()
    {
        using var stream = typeof(EntityTagger).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The NER model resource '{ResourceName}' is missing from the assembly; rebuild it with 'storyline-lab train ner' (see docs/ner.md).");
        return Load(stream);
    }

    /// <summary>The model's tags with the name-knowledge rules applied: what both the digest and the CoNLL eval read.</summary>
    private int[][] Decode(string[][] sentences)
    {
        var tags = _model.Tag(sentences);
        // the model is trained on English news: the English pack's name knowledge goes with it
        for (int s = 0; s < tags.Length; s++) EntityPostRules.Apply(sentences[s], tags[s], LanguagePacks.English.Names);
        return tags;
    }

    /// <summary>Tags one document given as sentences of tokens; returns IOB2 tags (B-PER, I-PER, O, ...) per token.</summary>
    public string[][] TagIob(string[][] sentences) => Array.ConvertAll(Decode(sentences), t => NerTags.ToIob(t));

    /// <summary>Typed phrases of one document: per sentence, token ranges [Start, End) and their type.</summary>
    public ImmutableArray<ImmutableArray<(int Start, int End, EntityType Type)>> Tag(string[][] sentences) =>
        Decode(sentences)
            .Select(tags => NerTags.ToPhrases(tags).Select(p => (p.Start, p.End, NerTags.EntityTypes[p.Type])).ToImmutableArray())
            .ToImmutableArray();
}
