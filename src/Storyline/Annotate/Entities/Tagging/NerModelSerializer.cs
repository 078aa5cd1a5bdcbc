using System.IO.Compression;
using System.Text;

namespace Storyline.Annotate.Entities.Tagging;

/// <summary>
/// The compact on-disk form of a <see cref="NerModel"/>: gzip over a binary stream of the two-stage flag
/// (version 2; version 1 files load as single-stage models), word clusters, gazetteer, and a feature table whose keys
/// are delta-coded and whose weights are quantised to 16 bits, with near-zero rows pruned. (Version 3 added a section of
/// binarized word embeddings, an experiment that lost and was removed: docs/ner.md; such files are refused.) Version 4 adds
/// the external name lists after the gazetteer; a model without lists is still written as version 2.
/// </summary>
internal static class NerModelSerializer
{
    private const string Magic = "STORYLINE-NER";
    private const int Version = 4;
    private const int VersionWithoutLists = 2;
    private const int K = NerTags.Count;

    /// <summary>Writes the model; rows whose largest weight is below <paramref name="pruneBelow"/> are left out.</summary>
    public static void Write(NerModel model, Stream output, float pruneBelow)
    {
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        bool lists = model.Lists.Count > 0;
        w.Write(lists ? Version : VersionWithoutLists);
        w.Write(model.TwoStage);

        var clusters = model.Clusters;
        w.Write7BitEncodedInt(clusters.Granularities.Count);
        foreach (var g in clusters.Granularities) w.Write7BitEncodedInt(g);
        w.Write7BitEncodedInt(clusters.Count);
        var clusterWords = clusters.Ids.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        foreach (var (word, ids) in clusterWords)
        {
            w.Write(word);
            foreach (var id in ids) w.Write7BitEncodedInt(id);
        }

        WritePhrases(w, model.Gazetteer.Phrases);
        if (lists) WritePhrases(w, model.Lists.Phrases);

        var weights = model.Weights;
        float max = 0;
        foreach (var v in weights) max = Math.Max(max, Math.Abs(v));
        float scale = max == 0 ? 1 : max / short.MaxValue;
        var kept = new List<(uint Key, int Row)>();
        foreach (var (key, row) in model.Rows)
        {
            var span = weights.Slice(row * K, K);
            float rowMax = 0;
            foreach (var v in span) rowMax = Math.Max(rowMax, Math.Abs(v));
            if (rowMax >= pruneBelow && rowMax / scale >= 0.5f) kept.Add((key, row));
        }
        kept.Sort((a, b) => a.Key.CompareTo(b.Key));
        w.Write(scale);
        w.Write7BitEncodedInt(kept.Count);
        uint previous = 0;
        foreach (var (key, _) in kept)
        {
            w.Write7BitEncodedInt64(key - previous);
            previous = key;
        }
        // Weights column by column: each tag's values sit together, which gzip compresses better.
        for (int t = 0; t < K; t++)
            foreach (var (_, row) in kept)
                w.Write((short)Math.Round(weights[row * K + t] / scale));

        foreach (var v in model.Transitions) w.Write(v);
    }

    private static void WritePhrases(BinaryWriter w, IReadOnlyDictionary<string, byte> phrases)
    {
        w.Write7BitEncodedInt(phrases.Count);
        foreach (var (phrase, mask) in phrases.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            w.Write(phrase);
            w.Write(mask);
        }
    }

    private static Dictionary<string, byte> ReadPhrases(BinaryReader r)
    {
        int count = r.Read7BitEncodedInt();
        var phrases = new Dictionary<string, byte>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++) phrases[r.ReadString()] = r.ReadByte();
        return phrases;
    }

    public static NerModel Read(Stream input)
    {
        using var gzip = new GZipStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(gzip, 1 << 16);
        using var r = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true);
        if (r.ReadString() != Magic) throw new InvalidDataException("Not a Storyline NER model.");
        int version = r.ReadInt32();
        if (version is < 1 or > Version or 3) throw new InvalidDataException($"NER model version {version} is not supported (expected 1, 2 or {Version}).");
        bool twoStage = version >= 2 && r.ReadBoolean();

        int levels = r.Read7BitEncodedInt();
        var granularities = new int[levels];
        for (int i = 0; i < levels; i++) granularities[i] = r.Read7BitEncodedInt();
        int words = r.Read7BitEncodedInt();
        var ids = new Dictionary<string, ushort[]>(words, StringComparer.Ordinal);
        for (int i = 0; i < words; i++)
        {
            var word = r.ReadString();
            var v = new ushort[levels];
            for (int l = 0; l < levels; l++) v[l] = (ushort)r.Read7BitEncodedInt();
            ids[word] = v;
        }

        var gaz = ReadPhrases(r);
        var lists = version >= 4 ? ReadPhrases(r) : null;

        float scale = r.ReadSingle();
        int count = r.Read7BitEncodedInt();
        var rows = new Dictionary<uint, int>(count);
        uint key = 0;
        for (int i = 0; i < count; i++)
        {
            key += (uint)r.Read7BitEncodedInt64();
            rows[key] = i;
        }
        var weights = new float[count * K];
        for (int t = 0; t < K; t++)
            for (int i = 0; i < count; i++)
                weights[i * K + t] = r.ReadInt16() * scale;
        var transitions = new float[(K + 1) * K];
        for (int i = 0; i < transitions.Length; i++) transitions[i] = r.ReadSingle();

        return new NerModel(new Gazetteer(gaz), new WordClusters(granularities, ids), rows, weights, transitions, twoStage,
            lists: lists is null ? null : new Gazetteer(lists));
    }
}
