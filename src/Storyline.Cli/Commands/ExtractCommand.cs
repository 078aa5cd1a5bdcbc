using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Storyline.Ingest;
using Storyline.Ingest.Fetch;
using Storyline.Ingest.Html;
using Storyline.Problems;
using Storyline.Report;

namespace Storyline.Cli.Commands;

/// <summary>
/// <c>storyline extract FILE|URL [--format text|json]</c>: the main article of one web page. The input goes through
/// the same checks as <c>digest</c>'s (size, empty, gzip, binary, what kind of file it is) before the extractor sees it.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "An HTML file, an http(s) URL to fetch, or - for standard input." };
        var format = new Option<string>("--format") { Description = "text: the article body; json: body plus every metadata field.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var maxSize = new Option<long>("--max-size") { Description = "Largest input in MiB (at least 1).", DefaultValueFactory = _ => 50 };
        maxSize.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<long>() is < 1 or > 1L << 20)
                result.AddError("--max-size must be a whole number of MiB from 1 to 1048576");
        });
        var trace = new Option<bool>("--trace") { Description = "Print how the article area was chosen (candidate scores, blocks left out) on stderr; for tuning." };
        var cmd = new Command("extract", "Extract the main article (text and metadata) from a web page.") { input, format, maxSize, trace };
        cmd.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(format) ?? "text", parse.GetValue(maxSize), parse.GetValue(trace)));
        return cmd;
    }

    private static int Run(string input, string format, long maxSizeMiB, bool trace)
    {
        var loaded = Load(input, maxSizeMiB * 1024 * 1024);
        if (loaded.Document is not { } document) return Fail(loaded.Problem!);

        // the digest's checks: binary content, and a file that is something else than a page (text, JSON, a feed)
        if (TextDecoder.Decode(document.Bytes.Span, document.Source) is not { Decoded: { } decoded }) return Fail(new Problem(document.Source,
            "binary content (not text): it has NUL or control bytes", ProblemCodes.InputBinary));
        if (string.IsNullOrWhiteSpace(decoded.Text)) return Fail(new Problem(document.Source, "no text (only white space)", ProblemCodes.InputBlank));
        var reader = ReaderRegistry.Choose(ReaderRegistry.Default, document, decoded.Text.AsSpan(0, Math.Min(decoded.Text.Length, 2048)));
        if (reader is not HtmlArticleReader)
            return Fail(new Problem(document.Source, $"not a web page (it reads as {reader?.Name ?? "nothing known"}); 'storyline digest' reads it", ProblemCodes.NoReader));

        var (html, _) = HtmlCharset.Decode(document.Bytes.Span, document.ContentType);
        Uri? pageUrl = document.Url is { } u && Uri.TryCreate(u, UriKind.Absolute, out var pu) ? pu : null;
        var result = HtmlExtractor.Extract(html, pageUrl, trace: trace ? line => Console.Error.WriteLine(VisibleText.OneLine(line)) : null);

        if (format == "json")
        {
            var m = result.Metadata;
            var obj = new JsonObject
            {
                ["source"] = document.Source,
                ["found"] = result.Found,
                ["reason"] = result.Reason,
                ["title"] = m.Title,
                ["author"] = m.Author,
                ["published"] = m.Published?.ToString("O"),
                ["publishedDateOnly"] = m.PublishedDateOnly,
                ["publishedSource"] = m.PublishedSource,
                ["outlet"] = m.Outlet,
                ["language"] = m.Language,
                ["canonicalUrl"] = m.CanonicalUrl,
                ["articleBody"] = result.Body,
                ["removed"] = new JsonArray(result.Removed.Select(r => (JsonNode)new JsonObject { ["reason"] = r.Reason, ["text"] = r.Text }).ToArray()),
            };
            // the default encoder writes control characters and markup as \u escapes: the page's text cannot act on a terminal
            Console.WriteLine(obj.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JsonReportWriter.Options.Encoder }));
            return result.Found ? ExitCodes.AllUsed : ExitCodes.NoneUsed;
        }
        if (!result.Found) return Fail(new Problem(document.Source, result.Reason ?? "no article found", ProblemCodes.HtmlNoArticle));
        Console.WriteLine(VisibleText.Of(result.Body));
        return ExitCodes.AllUsed;
    }

    /// <summary>The page, loaded like a digest input: a document or the problem that kept it out.</summary>
    private static LoadResult Load(string input, long maxBytes)
    {
        switch (InputAddress.Classify(input, out var path))
        {
            case InputKind.Url:
                using (var fetcher = new HttpFetcher(FetchOptions.Default with { MaxBytes = maxBytes })) return fetcher.Fetch(input);
            case InputKind.StandardInput:
                using (var stdin = Console.OpenStandardInput()) return InputLoader.Load("-", stdin, maxBytes);
            case InputKind.Path:
                return Directory.Exists(path)
                    ? LoadResult.Failed(input, "is a folder; extract reads one page ('storyline digest' reads folders)", ProblemCodes.NoReader)
                    : InputLoader.Load(path, maxBytes);
            default:
                return LoadResult.Failed(input, $"cannot read '{InputAddress.Scheme(input)}:' addresses: give a file, an http(s) URL or - (standard input)", ProblemCodes.UrlUnsupported);
        }
    }

    private static int Fail(Problem problem)
    {
        Console.Error.WriteLine(DigestCommand.ProblemLine(problem));
        return ExitCodes.NoneUsed;
    }
}
