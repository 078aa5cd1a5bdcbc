using Storyline.Problems;

namespace Storyline.Ingest;

/// <summary>The bytes of one input (a file, a fetched URL), or the problem that kept them out: never both, never an
/// exception for input that is merely bad (missing, empty, too large, refused, damaged).</summary>
public sealed record LoadResult(InputDocument? Document, Problem? Problem)
{
    public static LoadResult Ok(InputDocument document) => new(document, null);

    public static LoadResult Failed(string source, string reason, string code) => new(null, new Problem(source, reason, code));
}
