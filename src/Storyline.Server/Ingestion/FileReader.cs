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

    /// <summary>The drafts in one file; what cannot be read goes to <paramref name="problems"/>.</summary>
    public IReadOnlyList<ArticleDraft> Read(string path, long maxBytes, ICollection<Problem> problems)
    {
        var document = InputLoader.Load(path, maxBytes, out var problem);
        if (document is null)
        {
            problems.Add(problem ?? new Problem(path, "could not be read", ProblemCodes.InputUnreadable));
            return [];
        }
        return _digester.Read(document, problems);
    }

    /// <summary>The drafts in one fetched document (a feed or a page).</summary>
    public IReadOnlyList<ArticleDraft> Read(InputDocument document, ICollection<Problem> problems) => _digester.Read(document, problems);
}
