using System.Collections.Frozen;
using System.IO.Compression;
using Storyline.Articles;

namespace Storyline.Cluster;

/// <summary>
/// Document frequencies of the clusterer's terms (hashed stems, name pairs and phrases, as <c>FeatureExtractor</c> keys
/// them) counted over a large unlabelled news corpus. <see cref="StoryStream"/> starts its IDF from these instead of from
/// nothing, so that a 500-article stream does not find "said" or "government" rare. Built by
/// <c>storyline train clustering-df</c> as a gzipped binary file. Off by default and not shipped: it did not beat the
/// stream's own IDF on all eval streams (round 4 in docs/clustering.md).
/// </summary>
public sealed class BackgroundFrequencies
{
    private const uint Magic = 0x31464453; // "SDF1"

    private BackgroundFrequencies(int documents, FrozenDictionary<ulong, int> df)
    {
        Documents = documents;
        Frequencies = df;
    }

    /// <summary>Documents counted.</summary>
    public int Documents { get; }

    /// <summary>Term hash → number of documents containing the term (terms below the build's minimum are absent).</summary>
    public FrozenDictionary<ulong, int> Frequencies { get; }

    /// <summary>Counts the terms of <paramref name="texts"/> (one document each; order does not matter), keeping terms in at
    /// least <paramref name="minDocuments"/> documents and, past <paramref name="maxTerms"/>, only the most frequent
    /// (ties broken by hash, so the result is deterministic).</summary>
    public static BackgroundFrequencies Build(IEnumerable<string> texts, int minDocuments, int maxTerms, StoryClustererSettings? settings = null)
    {
        var extractor = new FeatureExtractor((settings ?? StoryClustererSettings.Default) with { Background = null }, CopyDetectorSettings.Default, allPairs: true);
        var df = new Dictionary<ulong, int>();
        int documents = 0;
        foreach (var text in texts)
        {
            if (string.IsNullOrWhiteSpace(text)) continue;
            var features = extractor.Extract(new Article("bg", "background", text));
            foreach (var term in features.Terms) df[term] = df.GetValueOrDefault(term) + 1;
            documents++;
        }
        var kept = df.Where(kv => kv.Value >= minDocuments)
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(maxTerms)
            .ToDictionary(kv => kv.Key, kv => kv.Value);
        return new BackgroundFrequencies(documents, kept.ToFrozenDictionary());
    }

    /// <summary>Writes the table: gzip of magic, document count, term count, then (key delta, df) varints in key order.</summary>
    public void Save(Stream stream)
    {
        using var gz = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gz);
        w.Write(Magic);
        w.Write(Documents);
        w.Write(Frequencies.Count);
        ulong previous = 0;
        foreach (var key in Frequencies.Keys.Order())
        {
            w.Write7BitEncodedInt64((long)(key - previous));
            w.Write7BitEncodedInt(Frequencies[key]);
            previous = key;
        }
    }

    /// <summary>Reads a table written by <see cref="Save"/> from a file.</summary>
    /// <exception cref="InvalidDataException">The file is not such a table.</exception>
    public static BackgroundFrequencies Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>Reads a table written by <see cref="Save"/>.</summary>
    /// <exception cref="InvalidDataException">The stream is not such a table.</exception>
    public static BackgroundFrequencies Load(Stream stream)
    {
        using var gz = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var r = new BinaryReader(gz);
        try
        {
            if (r.ReadUInt32() != Magic) throw new InvalidDataException("not a Storyline background document-frequency table");
            int documents = r.ReadInt32(), count = r.ReadInt32();
            if (documents < 0 || count < 0) throw new InvalidDataException("corrupt background document-frequency table");
            var df = new Dictionary<ulong, int>(count);
            ulong key = 0;
            for (int i = 0; i < count; i++)
            {
                key += (ulong)r.Read7BitEncodedInt64();
                df[key] = r.Read7BitEncodedInt();
            }
            return new BackgroundFrequencies(documents, df.ToFrozenDictionary());
        }
        catch (EndOfStreamException) { throw new InvalidDataException("truncated background document-frequency table"); }
    }
}
