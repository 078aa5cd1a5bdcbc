namespace Storyline.Ingest;

/// <summary>
/// One input as read from disk or the network: its bytes and what is known of its kind.
/// Readers decode it; nothing here has been interpreted yet.
/// </summary>
/// <param name="Source">File path or URL, as the user gave it.</param>
/// <param name="Bytes">The raw content.</param>
/// <param name="ContentType">MIME type when the transport said (HTTP), else null.</param>
/// <param name="Url">The page URL when known (fetched pages, feed items).</param>
public sealed record InputDocument(string Source, ReadOnlyMemory<byte> Bytes, string? ContentType = null, string? Url = null)
{
    /// <summary>Lower-case file extension with the dot (".html"), or "" when none.</summary>
    public string Extension
    {
        get
        {
            var path = Source;
            int q = path.IndexOfAny(['?', '#']);
            if (q >= 0) path = path[..q];
            // "page.html.gz" was unpacked on loading: its kind is the inner extension
            if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)) path = path[..^3];
            return Path.GetExtension(path).ToLowerInvariant();
        }
    }
}
