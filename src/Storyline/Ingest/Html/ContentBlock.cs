namespace Storyline.Ingest.Html;

/// <summary>One paragraph of page text as laid out by block elements and line breaks.</summary>
/// <param name="Text">Whitespace-collapsed text.</param>
/// <param name="Chars">Non-space characters.</param>
/// <param name="LinkChars">Non-space characters inside links.</param>
/// <param name="Owner">Nearest block element holding the text.</param>
internal sealed record ContentBlock(string Text, int Chars, int LinkChars, DomNode Owner)
{
    public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;

    public bool IsHeading => HtmlTags.IsHeading(Owner.Tag);

    public bool InListItem
    {
        get
        {
            for (var n = Owner; n is not null; n = n.Parent)
            {
                if (n.Tag == "li") return true;
                if (n.Tag is "article" or "section" or "main" or "body") return false;
            }
            return false;
        }
    }
}
