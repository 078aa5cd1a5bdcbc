using Storyline.Articles;
using Storyline.Text;
using Storyline.Language;

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
        if (context.Words.InterfaceLines.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text))
            return LineDecision.Remove(IsSubscription(text, context.Words) ? RemovalReasons.Subscription : RemovalReasons.SiteChrome, Name);
        if (WordCount.Of(text) == 1 && !HeadlineShape.EndsLikeSentence(text) && !text.ContainsAny('"', '\u201C', '\u201D'))
            return LineDecision.Remove(RemovalReasons.SiteChrome, Name);
        return null;
    }

    private static bool IsSubscription(ReadOnlySpan<char> text, BoilerplatePhrases words)
    {
        foreach (var start in words.SubscriptionStarts)
            if (text.StartsWith(start, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
