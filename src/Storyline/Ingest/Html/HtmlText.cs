using AngleSharp.Html.Parser;

namespace Storyline.Ingest.Html;

/// <summary>Plain paragraphs from an HTML fragment (feed item content): no selection, just layout.</summary>
public static class HtmlText
{
    /// <summary>The fragment's text, one paragraph per line; scripts, styles and media left out.</summary>
    public static string ToParagraphs(string html)
    {
        var doc = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        var body = (AngleSharp.Dom.IElement?)doc.Body ?? doc.DocumentElement;
        if (body is null) return "";
        var tree = DomNode.Build(body);
        return string.Join('\n', BlockWriter.Write(tree, skipRemoved: true).Select(b => b.Text));
    }
}
