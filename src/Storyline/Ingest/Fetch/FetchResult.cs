using Storyline.Problems;

namespace Storyline.Ingest.Fetch;

/// <summary>A fetched document, or the problem that stopped the fetch (never both), or neither when the server said the
/// document has not changed since the validators sent (<see cref="NotModified"/>).</summary>
public sealed record FetchResult(InputDocument? Document, Problem? Problem)
{
    /// <summary>The server answered 304: the copy fetched with these validators is still current.</summary>
    public bool NotModified { get; init; }

    /// <summary>The response's validators, to send with the next fetch of the same URL (a conditional GET).</summary>
    public FetchValidators? Validators { get; init; }

    public static FetchResult Ok(InputDocument document) => new(document, null);

    public static FetchResult Unchanged(FetchValidators? validators) => new(null, null) { NotModified = true, Validators = validators };

    public static FetchResult Failed(string source, string reason) => new(null, new Problem(source, reason, ProblemCodes.FetchFailed));
}

/// <summary>What identifies a version of a document for HTTP: its <c>ETag</c> and <c>Last-Modified</c>, as the server sent them.</summary>
public sealed record FetchValidators(string? ETag, string? LastModified)
{
    public bool IsEmpty => ETag is null && LastModified is null;
}
