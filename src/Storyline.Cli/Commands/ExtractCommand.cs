using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Storyline.Ingest;
using Storyline.Ingest.Fetch;
using Storyline.Ingest.Html;

namespace Storyline.Cli.Commands;

/// <summary><c>storyline extract FILE|URL [--format text|json]</c>: the main article of one web page.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("input") { Description = "An HTML file, or an http(s) URL to fetch." };
        var format = new Option<string>("--format") { Description = "text: the article body; json: body plus every metadata field.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var cmd = new Command("extract", "Extract the main article (text and metadata) from a web page.") { input, format };
        cmd.SetAction(parse => Run(parse.GetValue(input)!, parse.GetValue(format) ?? "text"));
        return cmd;
    }

    private static int Run(string input, string format)
    {
        if (Environment.GetEnvironmentVariable("STORYLINE_EXTRACT_TRACE") == "1")
            HtmlExtractor.Diagnostics = line => Console.Error.WriteLine(line);
        InputDocument document;
        if (Uri.TryCreate(input, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            var fetched = new HttpFetcher(FetchOptions.Default).FetchAsync(uri).GetAwaiter().GetResult();
            if (fetched.Problem is { } p) { Console.Error.WriteLine($"storyline: {p.Source}: {p.Reason}"); return 1; }
            document = fetched.Document!;
        }
        else
        {
            if (!File.Exists(input)) { Console.Error.WriteLine($"storyline: {input}: no such file"); return 1; }
            document = new InputDocument(input, File.ReadAllBytes(input));
        }

        var (html, _) = HtmlCharset.Decode(document.Bytes.Span, document.ContentType);
        Uri? pageUrl = document.Url is { } u && Uri.TryCreate(u, UriKind.Absolute, out var pu) ? pu : null;
        var result = HtmlExtractor.Extract(html, pageUrl);

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
            Console.WriteLine(obj.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            return result.Found ? 0 : 3;
        }
        if (!result.Found) { Console.Error.WriteLine($"storyline: {document.Source}: {result.Reason}"); return 3; }
        Console.WriteLine(result.Body);
        return 0;
    }
}
