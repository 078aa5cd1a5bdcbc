namespace Storyline.Clean.Rules;

/// <summary>
/// Menus, buttons and widget labels: a known interface phrase on a line of its own, or any line of a
/// single word without punctuation (a paragraph of reporting is never one bare word).
/// </summary>
public sealed class InterfaceTextRule : ILineRule
{
    public string Name => "interface-text";

    public LineDecision? Judge(CleaningContext context, int line)
    {
        var text = context.Line(line).Text.AsSpan().Trim(" \t|›»>•·-–—:".AsSpan());
        if (text.IsEmpty) return LineDecision.Remove(RemovalReasons.SiteChrome, Name);
        if (BoilerplateLexicon.InterfaceLines.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
            return LineDecision.Remove(IsSubscription(text) ? RemovalReasons.Subscription : RemovalReasons.SiteChrome, Name);
        if (HeadlineShape.CountWords(text) == 1 && !HeadlineShape.EndsLikeSentence(text) && !text.ContainsAny('"', '\u201C', '\u201D'))
            return LineDecision.Remove(RemovalReasons.SiteChrome, Name);
        return null;
    }

    private static bool IsSubscription(ReadOnlySpan<char> text) =>
        text.StartsWith("sub", StringComparison.OrdinalIgnoreCase) || text.StartsWith("sign", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("log", StringComparison.OrdinalIgnoreCase) || text.StartsWith("register", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("newsletter", StringComparison.OrdinalIgnoreCase);
}
