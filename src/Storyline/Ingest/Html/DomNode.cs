using Storyline.Articles;
using AngleSharp.Dom;

namespace Storyline.Ingest.Html;

/// <summary>
/// A light copy of the parsed page holding only what content selection needs (tag, class/id
/// words, text, per-subtree lengths). Built once per page so that every later pass is a cheap walk
/// over plain objects instead of repeated <c>TextContent</c> calls on the DOM.
/// </summary>
internal sealed class DomNode
{
    public const string TextTag = "#text";

    public DomNode(string tag, DomNode? parent)
    {
        Tag = tag;
        Parent = parent;
    }

    public string Tag { get; }
    public DomNode? Parent { get; }
    public List<DomNode> Children { get; } = new();

    /// <summary>Raw text, for text nodes only.</summary>
    public string? Text { get; init; }

    /// <summary>Lower-case words of class, id and role, for the boilerplate vocabulary.</summary>
    public string[] Words { get; init; } = [];

    public string? ItemProp { get; init; }

    /// <summary>Non-space characters under this node.</summary>
    public int TextLength { get; set; }

    /// <summary>Non-space characters under this node that sit inside links.</summary>
    public int LinkLength { get; set; }

    /// <summary>Characters of "good" paragraphs under this node (long enough, few links).</summary>
    public double GoodMass { get; set; }

    /// <summary>Non-space characters of all kept (not removed) text under this node.</summary>
    public double VisibleMass { get; set; }

    /// <summary>Number of good paragraphs under this node.</summary>
    public int GoodCount { get; set; }

    /// <summary>Set when selection dropped this subtree, with a plain reason.</summary>
    public string? Removed { get; set; }

    public double Score { get; set; }

    public bool IsText => ReferenceEquals(Tag, TextTag);

    public double LinkDensity => TextLength == 0 ? 0 : (double)LinkLength / TextLength;

    public bool IsBlock => HtmlTags.Block.Contains(Tag);

    /// <summary>Copies an AngleSharp subtree, leaving out elements that never carry article text.</summary>
    public static DomNode Build(IElement root)
    {
        var node = new DomNode(root.LocalName, null) { Words = WordsOf(root) };
        Fill(node, root, 0);
        return node;
    }

    private static void Fill(DomNode target, INode source, int depth)
    {
        foreach (var child in source.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    if (text.Data.Length > 0)
                        target.Children.Add(new DomNode(TextTag, target) { Text = text.Data });
                    break;
                case IElement element:
                    var tag = element.LocalName;
                    if (HtmlTags.Skipped.Contains(tag)) break;
                    // Pathologically deep pages: flatten instead of recursing further.
                    if (depth > 400) { Fill(target, element, depth); break; }
                    var node = new DomNode(string.Intern(tag), target)
                    {
                        Words = WordsOf(element),
                        ItemProp = element.GetAttribute("itemprop"),
                    };
                    if (IsHidden(element)) node.Removed = RemovalReasons.Hidden;
                    target.Children.Add(node);
                    Fill(node, element, depth + 1);
                    break;
            }
        }
    }

    private static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden")) return true;
        var style = element.GetAttribute("style");
        if (style is null) return false;
        var s = style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return s.Contains("display:none", StringComparison.Ordinal) || s.Contains("visibility:hidden", StringComparison.Ordinal);
    }

    /// <summary>Splits class, id and role into lower-case words at separators and camelCase humps.</summary>
    internal static string[] WordsOf(IElement element)
    {
        var cls = element.GetAttribute("class");
        var id = element.GetAttribute("id");
        var role = element.GetAttribute("role");
        if (cls is null && id is null && role is null) return [];
        var words = new List<string>(6);
        Split(cls, words);
        Split(id, words);
        Split(role, words);
        return words.ToArray();
    }

    private static void Split(string? value, List<string> words)
    {
        if (string.IsNullOrEmpty(value)) return;
        int start = -1;
        for (int i = 0; i <= value.Length; i++)
        {
            char c = i < value.Length ? value[i] : ' ';
            bool letter = char.IsAsciiLetter(c);
            bool hump = letter && start >= 0 && char.IsAsciiLetterUpper(c) && char.IsAsciiLetterLower(value[i - 1]);
            if ((!letter || hump) && start >= 0)
            {
                if (i - start >= 2) words.Add(value[start..i].ToLowerInvariant());
                start = -1;
            }
            if (letter && start < 0) start = i;
        }
    }

    public IEnumerable<DomNode> Descendants()
    {
        var stack = new Stack<DomNode>();
        stack.Push(this);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            yield return n;
            for (int i = n.Children.Count - 1; i >= 0; i--) stack.Push(n.Children[i]);
        }
    }

    public bool HasAncestor(DomNode other)
    {
        for (var p = Parent; p is not null; p = p.Parent)
            if (ReferenceEquals(p, other)) return true;
        return false;
    }

    public int Depth
    {
        get { int d = 0; for (var p = Parent; p is not null; p = p.Parent) d++; return d; }
    }
}
