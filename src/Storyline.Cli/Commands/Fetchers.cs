using Storyline.Ingest;

namespace Storyline.Cli.Commands;

/// <summary>The URL fetcher the CLI gives the digester (none until the HTTP fetcher lands).</summary>
internal static class Fetchers
{
    public static IDocumentFetcher? Default => null;
}
