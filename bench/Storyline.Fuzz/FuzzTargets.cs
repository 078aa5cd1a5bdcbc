using System.Text;
using Storyline.Ingest;
using Storyline.Ingest.Feeds;
using Storyline.Ingest.Html;
using Storyline.Ingest.Json;
using Storyline.Ingest.Text;

namespace Storyline.Fuzz;

/// <summary>
/// What the fuzzer drives, one function per target, each from raw bytes. A target fails by throwing: the code under
/// test promises never to throw on bad input (readers, decoder, extractor), and each target checks a few invariants
/// of its output on top. The regression test over kept crashers (tests/Storyline.Tests/Fuzz) runs these same functions.
/// </summary>
public static class FuzzTargets
{
    public static readonly IReadOnlyDictionary<string, Action<byte[]>> All = new Dictionary<string, Action<byte[]>>
    {
        ["decoder"] = Decoder,
        ["json"] = bytes => Reader(new JsonArticleReader(), "input.json", bytes),
        ["feed"] = bytes => Reader(new FeedArticleReader(), "input.rss", bytes),
        ["text"] = bytes => Reader(new PlainTextReader(), "input.txt", bytes),
        ["html"] = Html,
        ["load"] = Load,
    };

    /// <summary>Any bytes decode or are refused as binary; the byte map is monotone, within the bytes, and ends at their end.</summary>
    public static void Decoder(byte[] bytes)
    {
        var result = TextDecoder.Decode(bytes, "input");
        if (result.Decoded is not { } decoded)
        {
            Check(result.Problem is { Reason.Length: > 0 }, "refused without a reason");
            return;
        }
        var map = TextDecoder.ByteOffsets(bytes, decoded);
        Check(map.Length == decoded.Text.Length + 1, "map length");
        Check(map[^1] == bytes.Length, "map does not end at the end of the bytes");
        for (int i = 1; i < map.Length; i++) Check(map[i - 1] <= map[i] && map[i] <= bytes.Length, $"map goes back or out at {i}");
    }

    /// <summary>A reader on the decoded text: drafts with a source and a body, problems with a catalogued code.</summary>
    public static void Reader(IArticleReader reader, string name, byte[] bytes)
    {
        if (TextDecoder.Decode(bytes, name).Decoded is not { } decoded) return;
        var result = reader.Read(new InputDocument(name, bytes), decoded.Text);
        foreach (var d in result.Drafts) Check(!string.IsNullOrEmpty(d.Source) && d.Body is not null, "draft without source or body");
        foreach (var p in result.Problems) Check(Storyline.Problems.ProblemCodes.Find(p.Code) is not null, $"problem code '{p.Code}' not in the catalogue");
    }

    /// <summary>The page's charset, then the extractor, as <c>extract</c> and the HTML reader run them.</summary>
    public static void Html(byte[] bytes)
    {
        var (html, _) = HtmlCharset.Decode(bytes, null);
        var result = HtmlExtractor.Extract(html, new Uri("https://fuzz.example/page"));
        Check(result.Body is not null, "null body");
        Check(result.Found || !string.IsNullOrEmpty(result.Reason), "not found without a reason");
        Reader(new HtmlArticleReader(), "input.html", bytes);
    }

    /// <summary>Loading (gzip inside) under a small limit: a document or a problem, never both or neither.</summary>
    public static void Load(byte[] bytes)
    {
        var loaded = InputLoader.Load("input.gz", new MemoryStream(bytes), 1 << 20);
        Check((loaded.Document is null) != (loaded.Problem is null), "a document and a problem, or neither");
    }

    private static void Check(bool condition, string what)
    {
        if (!condition) throw new FuzzInvariantException(what);
    }
}

/// <summary>A target's output broke one of its promises (as opposed to the code under test throwing).</summary>
public sealed class FuzzInvariantException(string message) : Exception(message);
