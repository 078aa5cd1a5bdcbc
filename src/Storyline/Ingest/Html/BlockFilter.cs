using Storyline.Articles;
using Storyline.Text;
using System.Text.RegularExpressions;

namespace Storyline.Ingest.Html;

/// <summary>
/// Paragraph-level judgement inside the chosen article area: what is a link list, a label, a
/// byline or dateline, a caption-like fragment, or a sign-off/promotion line rather than article text.
/// </summary>
internal static partial class BlockFilter
{
    /// <summary>The reason a block is not article text, or null to keep it.</summary>
    public static string? RejectReason(ContentBlock block, HtmlMetadata metadata, ExtractorSettings settings)
    {
        if (block.LinkDensity > settings.MaxBlockLinkDensity) return RemovalReasons.LinkList;
        if (block.Owner.Tag == "h1") return RemovalReasons.Title;
        var text = block.Text;
        if (metadata.Title is { } title && string.Equals(text, title, StringComparison.OrdinalIgnoreCase)) return RemovalReasons.Title;
        int words = WordCount.Of(text);

        if (words <= settings.MaxMetaLineWords && (Byline().IsMatch(text) || DateLine().IsMatch(text))) return RemovalReasons.BylineOrDateline;
        if (words <= 5 && Label().IsMatch(text)) return RemovalReasons.Label;
        if (words <= settings.MaxPromoLineWords && Promotion().IsMatch(text)) return RemovalReasons.PromotionOrSignOff;
        return null;
    }

    [GeneratedRegex(@"^(?:advertisement|advert|ads?|sponsored|\d*\s*comments?|share|share this|print|email|tweet|x|close|menu|loading\W*|image \d+ of \d+|photo \d+ of \d+|\d+ of \d+|read more|continue reading|show more)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?:by|von|par|por|di|door|av|af)\s+\p{Lu}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    [GeneratedRegex(@"^(?:(?:posted|published|updated|last updated|modified|created|date)\b|\d{1,2}:\d{2}\b)|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?,? (?:19|20)\d{2}\b|\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]* (?:19|20)\d{2}\b|^\d{4}-\d{2}-\d{2}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"\b(?:follow (?:us|him|her|them|me)|sign up|subscribe (?:to|now|today)|join our|share (?:it|this)|(?:additional |contributed )?reporting by|editing by|contributed (?:to this )?report|affiliate commission|all rights reserved|click here|read more|see also|related:|newsletter)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Promotion();
}
