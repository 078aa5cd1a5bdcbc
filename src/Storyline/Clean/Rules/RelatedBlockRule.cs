using Storyline.Articles;
namespace Storyline.Clean.Rules;

/// <summary>A "Related stories" header and the headline-shaped lines listed under it.</summary>
public sealed class RelatedBlockRule : ILineRule
{
    public string Name => "related-block";

    public LineDecision? Judge(CleaningContext context, int line)
    {
        var text = context.Line(line).Text.AsSpan().Trim(" \t:|›»".AsSpan());
        if (context.Words.RelatedBlockHeaders.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
            return LineDecision.Remove(RemovalReasons.SiteChrome, Name);
        if (line == 0) return null;
        var previous = context.Decisions[line - 1];
        // the header may have been claimed by an earlier rule (it is also interface text)
        bool inBlock = previous.Removed && (previous.Rule == Name || IsHeader(context, context.Line(line - 1).Text));
        if (inBlock && HeadlineShape.CouldBeTitle(text))
            return LineDecision.Remove(RemovalReasons.RelatedHeadline, Name);
        return null;
    }

    private static bool IsHeader(CleaningContext context, string text) =>
        context.Words.RelatedBlockHeaders.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan().Trim(" \t:|›»".AsSpan()));
}
