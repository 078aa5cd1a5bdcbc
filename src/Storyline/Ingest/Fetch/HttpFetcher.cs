using Storyline.Problems;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace Storyline.Ingest.Fetch;

/// <summary>
/// Fetches one page or feed over HTTP(S) with hard limits: http/https only, no connection to
/// non-public addresses (checked on the resolved addresses at connect time, so every redirect hop
/// and every DNS answer is covered), a redirect limit followed by hand, a size cap on the
/// decompressed body, a timeout, gzip/brotli/deflate, and an honest User-Agent.
/// </summary>
public sealed class HttpFetcher : IDisposable, IDocumentFetcher
{
    private readonly FetchOptions _options;
    private readonly HttpClient _client;

    public HttpFetcher(FetchOptions options)
    {
        _options = options;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.Timeout,
            UseProxy = false,
            ConnectCallback = ConnectAsync,
        };
        _client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>Fetches <paramref name="url"/>; failures come back as a <see cref="Storyline.Problems.Problem"/>, never as an exception.</summary>
    public Task<FetchResult> FetchAsync(Uri url, CancellationToken cancellationToken = default) => FetchAsync(url, null, cancellationToken);

    /// <summary>
    /// Fetches <paramref name="url"/>, conditionally when <paramref name="validators"/> come from an earlier fetch
    /// (<c>If-None-Match</c>, <c>If-Modified-Since</c>): an unchanged document costs the server a 304 and comes back as
    /// <see cref="FetchResult.NotModified"/>. Failures come back as a <see cref="Storyline.Problems.Problem"/>, never as an exception.
    /// </summary>
    public async Task<FetchResult> FetchAsync(Uri url, FetchValidators? validators, CancellationToken cancellationToken = default)
    {
        var source = url.ToString();
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(_options.Timeout);
        try
        {
            var current = url;
            for (int hop = 0; ; hop++)
            {
                if (CheckUrl(current) is { } refusal) return FetchResult.Failed(source, refusal);
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Headers.UserAgent.ParseAdd(_options.UserAgent);
                request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8");
                if (validators?.ETag is { } etag) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
                if (validators?.LastModified is { } modified) request.Headers.TryAddWithoutValidation("If-Modified-Since", modified);
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cts.Token).ConfigureAwait(false);

                if ((int)response.StatusCode is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    if (hop >= _options.MaxRedirects)
                        return FetchResult.Failed(source, $"too many redirects (more than {_options.MaxRedirects})");
                    current = location.IsAbsoluteUri ? location : new Uri(current, location);
                    continue;
                }
                if (response.StatusCode == HttpStatusCode.NotModified)
                    return FetchResult.Unchanged(ValidatorsOf(response) ?? validators);
                if (!response.IsSuccessStatusCode)
                    return FetchResult.Failed(source, $"the server answered {(int)response.StatusCode} {response.ReasonPhrase}");
                if (response.Content.Headers.ContentLength is long declared && declared > _options.MaxBytes)
                    return FetchResult.Failed(source, $"the page is larger than the {_options.MaxBytes:N0}-byte limit");

                var body = await ReadCappedAsync(response.Content, cts.Token).ConfigureAwait(false);
                if (body is null)
                    return FetchResult.Failed(source, $"the page is larger than the {_options.MaxBytes:N0}-byte limit");
                var contentType = response.Content.Headers.ContentType?.ToString();
                return FetchResult.Ok(new InputDocument(source, body, contentType, current.ToString())) with { Validators = ValidatorsOf(response) };
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return FetchResult.Failed(source, $"timed out after {_options.Timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException ex)
        {
            return FetchResult.Failed(source, ex.InnerException is RefusedAddressException r ? r.Message : $"could not fetch: {ex.Message}");
        }
        catch (RefusedAddressException ex)
        {
            return FetchResult.Failed(source, ex.Message);
        }
        catch (IOException ex)
        {
            return FetchResult.Failed(source, $"could not fetch: {ex.Message}");
        }
    }

    private static FetchValidators? ValidatorsOf(HttpResponseMessage response)
    {
        var etag = response.Headers.ETag?.ToString();
        var modified = response.Content.Headers.TryGetValues("Last-Modified", out var values) ? values.FirstOrDefault() : null;
        return etag is null && modified is null ? null : new FetchValidators(etag, modified);
    }

    private string? CheckUrl(Uri url)
    {
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
            return $"refused: only http and https URLs are fetched (got '{(url.IsAbsoluteUri ? url.Scheme : url.ToString())}')";
        if (!_options.AllowPrivateAddresses && IPAddress.TryParse(url.IdnHost.Trim('[', ']'), out var literal) && AddressPolicy.IsNonPublic(literal))
            return $"refused: {url.Host} is a local or private address";
        if (!_options.AllowPrivateAddresses && url.IdnHost.Equals("localhost", StringComparison.OrdinalIgnoreCase))
            return "refused: localhost is a local address";
        return null;
    }

    private async Task<byte[]?> ReadCappedAsync(HttpContent content, CancellationToken token)
    {
        await using var stream = await content.ReadAsStreamAsync(token).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            int n = await stream.ReadAsync(chunk, token).ConfigureAwait(false);
            if (n == 0) break;
            if (buffer.Length + n > _options.MaxBytes) return null;
            buffer.Write(chunk, 0, n);
        }
        return buffer.ToArray();
    }

    /// <summary>Resolves the host and refuses non-public addresses before any byte is sent.</summary>
    private async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken token)
    {
        var host = context.DnsEndPoint.Host;
        IPAddress[] addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, token).ConfigureAwait(false);
        if (addresses.Length == 0) throw new RefusedAddressException($"could not resolve {host}");
        if (!_options.AllowPrivateAddresses)
            foreach (var a in addresses)
                if (AddressPolicy.IsNonPublic(a))
                    throw new RefusedAddressException($"refused: {host} resolves to a local or private address ({a})");

        Exception? last = null;
        foreach (var address in addresses)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), token).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                last = ex;
            }
        }
        throw new IOException($"could not connect to {host}", last);
    }

    /// <summary>Synchronous form for the digest: the document or the problem, never an exception.</summary>
    public LoadResult Fetch(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return LoadResult.Failed(url, "not a valid URL", ProblemCodes.FetchFailed);
        var result = FetchAsync(uri).GetAwaiter().GetResult();
        return new LoadResult(result.Document, result.Problem ?? (result.Document is null ? new Problem(url, "could not be fetched", ProblemCodes.FetchFailed) : null));
    }

    public void Dispose() => _client.Dispose();

    private sealed class RefusedAddressException(string message) : IOException(message);
}
