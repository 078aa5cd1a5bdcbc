using Storyline.Ingest;
using Storyline.Pipeline;
using Storyline.Problems;

namespace Storyline.Server.Ingestion;

/// <summary>
/// Reads files into drafts exactly as <c>digest</c> does (the same collector, loader and readers: text with front
/// matter, HTML, JSON and JSON Lines, feeds, gzipped or not), for watched folders and the demo.
/// </summary>
public sealed class FileReader
{
    private readonly Digester _digester = new(new DigestOptions());

    /// <summary>Every file under the paths (folders recursively), in <c>digest</c>'s order.</summary>
    public static IReadOnlyList<string> Collect(IEnumerable<string> paths, ICollection<Problem> problems)
    {
        var collected = InputCollector.Collect(paths);
        foreach (var p in collected.Problems) problems.Add(p);
        return collected.Files;
    }

    /// <summary>The drafts in one file, and every problem on the way (loading, decoding, reading).</summary>
    public ReadResult Read(string path, long maxBytes)
    {
        var loaded = InputLoader.Load(path, maxBytes);
        return loaded.Document is { } document ? _digester.Read(document) : new ReadResult([], [loaded.Problem!]);
    }

    /// <summary>The drafts in one fetched document (a feed or a page), and the problems of reading it.</summary>
    public ReadResult Read(InputDocument document) => _digester.Read(document);
}
