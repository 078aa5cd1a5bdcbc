using Storyline.Problems;

namespace Storyline.Ingest.Fetch;

/// <summary>A fetched document, or the problem that stopped the fetch (never both).</summary>
public sealed record FetchResult(InputDocument? Document, Problem? Problem)
{
    public static FetchResult Ok(InputDocument document) => new(document, null);

    public static FetchResult Failed(string source, string reason) => new(null, new Problem(source, reason, ProblemCodes.FetchFailed));
}
