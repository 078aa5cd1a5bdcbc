namespace Storyline.Ingest.Fetch;

/// <summary>Limits for fetching pages and feeds over HTTP(S).</summary>
/// <param name="Timeout">Whole request, redirects and body included.</param>
/// <param name="MaxBytes">Largest accepted body, after decompression (guards against huge or bomb responses).</param>
/// <param name="MaxRedirects">Redirect hops followed before giving up.</param>
/// <param name="AllowPrivateAddresses">Allow loopback, private, link-local and other non-public targets (tests, intranets).</param>
/// <param name="UserAgent">Sent with every request, so sites can tell who is asking.</param>
public sealed record FetchOptions(
    TimeSpan Timeout,
    long MaxBytes,
    int MaxRedirects,
    bool AllowPrivateAddresses = false,
    string UserAgent = FetchOptions.DefaultUserAgent)
{
    public const string DefaultUserAgent = "Storyline/0.1 (+https://github.com/storyline)";

    /// <summary>20 s, 10 MB, 5 redirects, public addresses only.</summary>
    public static FetchOptions Default { get; } = new(TimeSpan.FromSeconds(20), 10 * 1024 * 1024, 5);
}
