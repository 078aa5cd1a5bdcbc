using System.Collections.Immutable;
using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Storyline.Articles;

namespace Storyline.Ingest.Html;

/// <summary>
/// Finds the main article of a web page. Pipeline: parse (HTML5, AngleSharp) → light tree →
/// drop furniture by element and by class/id vocabulary (unless it holds most of the page's
/// text) → score containers by the paragraphs they hold → join sibling containers → keep the
/// paragraphs of the chosen area that are not link lists or furniture.
/// </summary>
public static class HtmlExtractor
{
    private static readonly HtmlParserOptions ParserOptions = new() { IsScripting = false };

    /// <summary>Extracts article text and metadata; never throws for bad HTML.</summary>
    /// <param name="trace">When given, receives a trace of content selection (chosen area, removed blocks): <c>extract --trace</c>.</param>
    public static HtmlExtraction Extract(string html, Uri? url = null, ExtractorSettings? settings = null, Action<string>? trace = null)
    {
        settings ??= ExtractorSettings.Default;
        var parser = new HtmlParser(ParserOptions);
        IHtmlDocument document = parser.ParseDocument(html ?? "");
        var metadata = HtmlMetadataReader.Read(document, url);
        var bodyElement = (AngleSharp.Dom.IElement?)document.Body ?? document.DocumentElement;
        if (bodyElement is null)
            return new HtmlExtraction(false, "no article found: the page is empty", "", metadata, ImmutableArray<Removal>.Empty);

        var root = DomNode.Build(bodyElement);
        return ContentSelector.Select(root, metadata, settings, trace);
    }
}
