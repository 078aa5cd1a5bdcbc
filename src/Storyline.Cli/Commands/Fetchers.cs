using Storyline.Ingest;
using Storyline.Ingest.Fetch;

namespace Storyline.Cli.Commands;

/// <summary>The URL fetcher the CLI gives the digester: public http(s) addresses only, with the default limits.</summary>
internal static class Fetchers
{
    private static readonly Lazy<HttpFetcher> Http = new(() => new HttpFetcher(FetchOptions.Default));

    public static IDocumentFetcher Default => Http.Value;
}
