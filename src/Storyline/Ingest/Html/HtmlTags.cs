using System.Collections.Frozen;

using Storyline.Articles;

namespace Storyline.Ingest.Html;

/// <summary>Tag classes used by content selection.</summary>
internal static class HtmlTags
{
    /// <summary>Never hold readable article text; left out of the tree entirely.</summary>
    public static readonly FrozenSet<string> Skipped = FrozenSet.ToFrozenSet(
    [
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "math", "object", "embed",
        "video", "audio", "source", "track", "picture", "img", "map", "area", "input", "select", "option",
        "textarea", "button", "link", "meta", "head", "title", "base",
    ]);

    /// <summary>Page furniture by its very element; dropped with the reason given.</summary>
    public static readonly FrozenDictionary<string, string> Furniture = new Dictionary<string, string>
    {
        ["nav"] = RemovalReasons.Navigation,
        ["aside"] = RemovalReasons.AsideBlock,
        ["footer"] = RemovalReasons.Footer,
        ["figcaption"] = RemovalReasons.Caption,
        ["dialog"] = RemovalReasons.DialogBlock,
        ["menu"] = RemovalReasons.Navigation,
        ["form"] = RemovalReasons.Form,
    }.ToFrozenDictionary();

    /// <summary>Elements that start a new paragraph in the extracted text.</summary>
    public static readonly FrozenSet<string> Block = FrozenSet.ToFrozenSet(
    [
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6",
        "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot", "tr", "td", "th",
        "figure", "figcaption", "address", "hr", "center", "form", "fieldset", "details", "summary", "body", "html",
        "caption", "legend", "hgroup", "dialog", "menu",
    ]);

    /// <summary>Blocks that are a paragraph of their own.</summary>
    public static readonly FrozenSet<string> Paragraph = FrozenSet.ToFrozenSet(
    [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th", "dd", "dt", "address",
    ]);

    public static bool IsHeading(string tag) => tag.Length == 2 && tag[0] == 'h' && tag[1] is >= '1' and <= '6';
}
