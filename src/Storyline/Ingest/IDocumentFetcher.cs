namespace Storyline.Ingest;

/// <summary>Fetches a URL given as input. Failures are <see cref="FetchException"/>s with a plain reason.</summary>
public interface IDocumentFetcher
{
    InputDocument Fetch(string url);
}

public sealed class FetchException(string message) : Exception(message);
