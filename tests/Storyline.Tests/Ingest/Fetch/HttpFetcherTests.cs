using System.IO.Compression;
using System.Net;
using System.Text;
using Storyline.Ingest.Fetch;

namespace Storyline.Tests.Ingest.Fetch;

public sealed class HttpFetcherTests
{
    private static readonly FetchOptions Loopback = FetchOptions.Default with { AllowPrivateAddresses = true, Timeout = TimeSpan.FromSeconds(5) };

    [Fact]
    public async Task FetchesAPageAndSendsTheUserAgent()
    {
        await using var server = new LoopbackServer((_, _) => LoopbackServer.Html("<p>hello</p>"));
        using var fetcher = new HttpFetcher(Loopback);
        var result = await fetcher.FetchAsync(server.Url("/page"));
        Assert.Null(result.Problem);
        Assert.Equal("<p>hello</p>", Encoding.UTF8.GetString(result.Document!.Bytes.Span));
        Assert.Contains("text/html", result.Document.ContentType);
        Assert.Equal(server.Url("/page").ToString(), result.Document.Url);
        Assert.Equal("Storyline/0.1 (+https://github.com/storyline)", server.LastHeaders["User-Agent"]);
    }

    [Fact]
    public void A_bad_address_is_a_problem_with_a_code_not_an_exception()
    {
        using var fetcher = new HttpFetcher(FetchOptions.Default);

        var notAUrl = fetcher.Fetch("not a url");
        var refused = fetcher.Fetch("http://127.0.0.1:9/");

        Assert.Null(notAUrl.Document);
        Assert.Equal(("not a url", Storyline.Problems.ProblemCodes.FetchFailed), (notAUrl.Problem!.Source, notAUrl.Problem.Code));
        Assert.Equal(Storyline.Problems.ProblemCodes.FetchFailed, refused.Problem!.Code);
    }

    [Fact]
    public async Task RefusesLoopbackUnlessAllowed()
    {
        await using var server = new LoopbackServer((_, _) => LoopbackServer.Html("<p>secret</p>"));
        using var fetcher = new HttpFetcher(FetchOptions.Default);
        var result = await fetcher.FetchAsync(server.Url("/"));
        Assert.Null(result.Document);
        Assert.Contains("local or private address", result.Problem!.Reason);
        var byName = await fetcher.FetchAsync(new Uri($"http://localhost:{server.Port}/"));
        Assert.Contains("local", byName.Problem!.Reason);
    }

    [Theory]
    [InlineData("http://10.1.2.3/")]
    [InlineData("http://192.168.0.10/")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://[::1]/")]
    [InlineData("http://[fd00::1]/")]
    public async Task RefusesPrivateAddressesBeforeConnecting(string url)
    {
        using var fetcher = new HttpFetcher(FetchOptions.Default);
        var result = await fetcher.FetchAsync(new Uri(url));
        Assert.Contains("local or private address", result.Problem!.Reason);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://files.example/a.html")]
    public async Task RefusesNonHttpSchemes(string url)
    {
        using var fetcher = new HttpFetcher(Loopback);
        var result = await fetcher.FetchAsync(new Uri(url));
        Assert.Contains("only http and https", result.Problem!.Reason);
    }

    [Fact]
    public async Task FollowsRedirectsUpToTheLimit()
    {
        await using var server = new LoopbackServer((path, _) => path switch
        {
            "/a" => LoopbackServer.Redirect("/b"),
            "/b" => LoopbackServer.Redirect("/final"),
            "/final" => LoopbackServer.Html("<p>arrived</p>"),
            _ => LoopbackServer.Redirect(path + "x"),
        });
        using var fetcher = new HttpFetcher(Loopback with { MaxRedirects = 3 });
        var ok = await fetcher.FetchAsync(server.Url("/a"));
        Assert.Null(ok.Problem);
        Assert.EndsWith("/final", ok.Document!.Url);
        var loop = await fetcher.FetchAsync(server.Url("/loop"));
        Assert.Contains("too many redirects", loop.Problem!.Reason);
    }

    [Fact]
    public async Task RechecksEveryRedirectHop()
    {
        await using var server = new LoopbackServer((_, _) => LoopbackServer.Redirect("file:///etc/passwd"));
        using var fetcher = new HttpFetcher(Loopback);
        var result = await fetcher.FetchAsync(server.Url("/"));
        Assert.Contains("only http and https", result.Problem!.Reason);
    }

    [Fact]
    public async Task EnforcesTheSizeCapOnDeclaredAndStreamedBodies()
    {
        var big = new string('x', 5000);
        await using var server = new LoopbackServer((path, _) => path == "/declared"
            ? LoopbackServer.Html(big)
            : Encoding.ASCII.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n" + big));
        using var fetcher = new HttpFetcher(Loopback with { MaxBytes = 1000 });
        Assert.Contains("larger than", (await fetcher.FetchAsync(server.Url("/declared"))).Problem!.Reason);
        Assert.Contains("larger than", (await fetcher.FetchAsync(server.Url("/streamed"))).Problem!.Reason);
    }

    [Fact]
    public async Task CapAppliesAfterDecompression()
    {
        var bomb = Compress(new string('a', 100_000), s => new GZipStream(s, CompressionLevel.SmallestSize));
        await using var server = new LoopbackServer((_, _) => LoopbackServer.Response("200 OK", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n", bomb));
        using var fetcher = new HttpFetcher(Loopback with { MaxBytes = 10_000 });
        Assert.Contains("larger than", (await fetcher.FetchAsync(server.Url("/"))).Problem!.Reason);
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    [InlineData("deflate")]
    public async Task DecodesCompressedBodies(string encoding)
    {
        const string html = "<p>compressed page text</p>";
        byte[] body = encoding switch
        {
            "gzip" => Compress(html, s => new GZipStream(s, CompressionLevel.Fastest)),
            "br" => Compress(html, s => new BrotliStream(s, CompressionLevel.Fastest)),
            _ => Compress(html, s => new ZLibStream(s, CompressionLevel.Fastest)),
        };
        await using var server = new LoopbackServer((_, _) => LoopbackServer.Response("200 OK", $"Content-Type: text/html\r\nContent-Encoding: {encoding}\r\n", body));
        using var fetcher = new HttpFetcher(Loopback);
        var result = await fetcher.FetchAsync(server.Url("/"));
        Assert.Equal(html, Encoding.UTF8.GetString(result.Document!.Bytes.Span));
        Assert.Contains(encoding, server.LastHeaders["Accept-Encoding"]);
    }

    [Fact]
    public async Task TimesOut()
    {
        await using var server = new LoopbackServer((_, _) => null); // never answers
        using var fetcher = new HttpFetcher(Loopback with { Timeout = TimeSpan.FromMilliseconds(300) });
        var result = await fetcher.FetchAsync(server.Url("/slow"));
        Assert.Contains("timed out", result.Problem!.Reason);
    }

    [Fact]
    public async Task HttpErrorsBecomeProblems()
    {
        await using var server = new LoopbackServer((_, _) => LoopbackServer.Response("404 Not Found", "", []));
        using var fetcher = new HttpFetcher(Loopback);
        Assert.Contains("404", (await fetcher.FetchAsync(server.Url("/missing"))).Problem!.Reason);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("10.0.0.1", true)]
    [InlineData("172.16.5.4", true)]
    [InlineData("172.32.0.1", false)]
    [InlineData("100.64.0.1", true)]
    [InlineData("169.254.1.1", true)]
    [InlineData("0.0.0.0", true)]
    [InlineData("224.0.0.1", true)]
    [InlineData("8.8.8.8", false)]
    [InlineData("::1", true)]
    [InlineData("fe80::1", true)]
    [InlineData("fc00::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("2606:4700::1111", false)]
    public void ClassifiesAddresses(string address, bool nonPublic) =>
        Assert.Equal(nonPublic, AddressPolicy.IsNonPublic(IPAddress.Parse(address)));

    private static byte[] Compress(string text, Func<Stream, Stream> wrap)
    {
        using var ms = new MemoryStream();
        using (var z = wrap(ms)) z.Write(Encoding.UTF8.GetBytes(text));
        return ms.ToArray();
    }
}
