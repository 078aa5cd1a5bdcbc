namespace Storyline.Ingest;

/// <summary>Fetches a URL given as input: the document, or the problem (refused address, server error, timeout, too
/// large, not a URL) as a <see cref="LoadResult"/>, never an exception.</summary>
public interface IDocumentFetcher
{
    LoadResult Fetch(string url);
}
