using Storyline.Similarity.Embeddings;

namespace Storyline.Lab.Evaluation.Paraphrase;

/// <summary>
/// Embeds a dataset's sentences once and keeps them in a binary file (a lab convenience: the MSRP training split takes
/// minutes to embed on two cores, and every experiment reads the same vectors). The file records the model's name and
/// each text, so a stale file for other texts or another model is not used.
/// </summary>
public static class EmbeddingFile
{
    private const string Magic = "storyline-embeddings 1";

    public static IReadOnlyDictionary<string, SentenceEmbedding> EmbedAll(ISentenceEmbedder embedder, IReadOnlyList<string> texts, string? cachePath)
    {
        var distinct = texts.Distinct(StringComparer.Ordinal).ToList();
        if (cachePath is not null && File.Exists(cachePath) && TryRead(cachePath, embedder.Name, distinct) is { } cached) return cached;
        var result = new Dictionary<string, SentenceEmbedding>(StringComparer.Ordinal);
        const int chunk = 256;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (int i = 0; i < distinct.Count; i += chunk)
        {
            var part = distinct.Skip(i).Take(chunk).ToList();
            var vectors = embedder.Embed(part);
            for (int k = 0; k < part.Count; k++) result[part[k]] = vectors[k];
            Console.Error.Write($"\rembedding {Math.Min(i + chunk, distinct.Count)}/{distinct.Count} sentences ({(i + part.Count) / Math.Max(0.001, clock.Elapsed.TotalSeconds):0} /s)");
        }
        Console.Error.WriteLine();
        if (cachePath is not null) Write(cachePath, embedder.Name, distinct, result);
        return result;
    }

    private static void Write(string path, string model, List<string> texts, Dictionary<string, SentenceEmbedding> embeddings)
    {
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(Magic);
        writer.Write(model);
        writer.Write(texts.Count);
        foreach (var text in texts)
        {
            var e = embeddings[text];
            writer.Write(text);
            writer.Write(e.Vector.Length);
            writer.Write(e.PieceCount);
            foreach (var x in e.Vector) writer.Write(x);
            foreach (var x in e.Pieces) writer.Write(x);
        }
    }

    private static Dictionary<string, SentenceEmbedding>? TryRead(string path, string model, List<string> texts)
    {
        using var reader = new BinaryReader(File.OpenRead(path));
        if (reader.ReadString() != Magic || reader.ReadString() != model) return null;
        int n = reader.ReadInt32();
        var result = new Dictionary<string, SentenceEmbedding>(StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            var text = reader.ReadString();
            int d = reader.ReadInt32(), pieces = reader.ReadInt32();
            var vector = new float[d];
            for (int k = 0; k < d; k++) vector[k] = reader.ReadSingle();
            var all = new float[pieces * d];
            for (int k = 0; k < all.Length; k++) all[k] = reader.ReadSingle();
            result[text] = new SentenceEmbedding(vector, all, pieces);
        }
        return texts.All(result.ContainsKey) ? result : null;
    }
}
