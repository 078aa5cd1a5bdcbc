using Storyline.Problems;
using System.Collections.Immutable;

namespace Storyline.Ingest.Html;

/// <summary>
/// Reads a web page (.html/.htm, or content that looks like HTML) into one article draft with
/// <see cref="HtmlExtractor"/>. The bytes are re-decoded with the page's own charset, since the
/// text handed in may have been decoded with a guess.
/// </summary>
public sealed class HtmlArticleReader : IArticleReader
{
    public string Name => "html";

    public int Score(InputDocument document, ReadOnlySpan<char> head)
    {
        if (document.Extension is ".html" or ".htm" or ".xhtml") return 80;
        if (document.ContentType is { } ct && (ct.Contains("text/html", StringComparison.OrdinalIgnoreCase) || ct.Contains("xhtml", StringComparison.OrdinalIgnoreCase))) return 80;
        return LooksLikeHtml(head) ? 60 : 0;
    }

    public ReadResult Read(InputDocument document, string text)
    {
        string html = document.Bytes.Length > 0 ? HtmlCharset.Decode(document.Bytes.Span, document.ContentType).Text : text;
        Uri? url = document.Url is { } u && Uri.TryCreate(u, UriKind.Absolute, out var parsed) ? parsed
                 : Uri.TryCreate(document.Source, UriKind.Absolute, out var src) && src.Scheme is "http" or "https" ? src : null;
        HtmlExtraction result;
        try
        {
            result = HtmlExtractor.Extract(html, url);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A parser or extractor defect on one odd page must not stop a whole digest.
            return ReadResult.Failed(document.Source, $"could not read the page: {ex.Message}", ProblemCodes.ReaderFailed);
        }
        if (!result.Found)
            return ReadResult.Failed(document.Source, result.Reason ?? "no article found", ProblemCodes.HtmlNoArticle);
        var draft = new ArticleDraft(document.Source, result.Body, result.Metadata.ToArticleMetadata(url?.ToString()), result.Removed);
        return new ReadResult([draft], ImmutableArray<Problem>.Empty);
    }

    /// <summary>A doctype or an &lt;html&gt;/&lt;head&gt;/&lt;body&gt; tag near the start.</summary>
    internal static bool LooksLikeHtml(ReadOnlySpan<char> head)
    {
        var h = head.TrimStart().TrimStart('\uFEFF');
        if (h.Length > 2048) h = h[..2048];
        return h.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
               || h.Contains("<html", StringComparison.OrdinalIgnoreCase)
               || h.Contains("<body", StringComparison.OrdinalIgnoreCase)
               || (h.Contains("<head", StringComparison.OrdinalIgnoreCase) && !h.Contains("<rss", StringComparison.OrdinalIgnoreCase));
    }
}
