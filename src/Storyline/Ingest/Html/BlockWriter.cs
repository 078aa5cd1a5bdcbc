using System.Text;

namespace Storyline.Ingest.Html;

/// <summary>
/// Lays out the text of a subtree as paragraphs: block elements and <c>&lt;br&gt;</c> start new
/// ones, inline text runs together with whitespace collapsed, removed subtrees are skipped.
/// </summary>
internal sealed class BlockWriter
{
    private readonly StringBuilder _text = new();
    private readonly List<ContentBlock> _blocks = new();
    private int _chars, _linkChars;
    private DomNode? _owner;
    private bool _pendingSpace;

    public static List<ContentBlock> Write(DomNode root, bool skipRemoved = true)
    {
        var w = new BlockWriter();
        w._owner = root;
        w.Walk(root, 0, skipRemoved);
        w.Flush();
        return w._blocks;
    }

    private void Walk(DomNode node, int linkDepth, bool skipRemoved)
    {
        foreach (var child in node.Children)
        {
            if (child.IsText) { Append(child.Text!, linkDepth > 0); continue; }
            if (skipRemoved && child.Removed is not null) { if (child.IsBlock) Flush(); else _pendingSpace = true; continue; }
            if (child.Tag == "br") { Flush(); continue; }
            if (child.IsBlock)
            {
                Flush();
                var saved = _owner;
                _owner = child;
                Walk(child, linkDepth, skipRemoved);
                Flush();
                _owner = saved;
            }
            else
            {
                Walk(child, child.Tag == "a" ? linkDepth + 1 : linkDepth, skipRemoved);
                if (child.Tag is "td" or "th") _pendingSpace = true;
            }
        }
    }

    private void Append(string text, bool inLink)
    {
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200b')
            {
                if (_text.Length > 0) _pendingSpace = true;
                continue;
            }
            if (_pendingSpace && _text.Length > 0) _text.Append(' ');
            _pendingSpace = false;
            _text.Append(c);
            _chars++;
            if (inLink) _linkChars++;
        }
    }

    private void Flush()
    {
        if (_chars > 0 && _owner is not null)
            _blocks.Add(new ContentBlock(_text.ToString(), _chars, _linkChars, _owner));
        _text.Clear();
        _chars = _linkChars = 0;
        _pendingSpace = false;
    }
}
