using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Storyline.Language.English;

/// <summary>The English words of page furniture (<see cref="BoilerplatePhrases"/>).</summary>
internal static partial class EnglishBoilerplate
{
    public static BoilerplatePhrases Create() => new()
    {
        InterfaceLines = InterfaceLines,
        SubscriptionStarts = new[] { "sub", "sign", "log", "register", "newsletter" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
        RelatedBlockHeaders = RelatedBlockHeaders,
        ReadMorePrefix = ReadMorePrefix(),
        CreditPrefix = CreditPrefix(),
        FilePhotoPrefix = "file",
        CreditInside = CreditInside(),
        SubscriptionPrompt = SubscriptionPrompt(),
        PromotionPhrase = PromotionPhrase(),
        CommentSectionHeader = CommentSectionHeader(),
        CommentFormLine = CommentFormLine(),
        BylineLine = BylineLine(),
        NewsroomByline = NewsroomByline(),
        BylineLead = "By ",
        TimestampLine = TimestampLine(),
        CounterLine = CounterLine(),
        TitleMinorWords = new[]
        {
            "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "into",
            "over", "vs", "via", "per", "is", "are", "be", "its", "up", "out", "off", "than", "after", "amid", "about",
        }.ToFrozenSet(StringComparer.Ordinal),
    };

    /// <summary>Whole lines that are interface text: menus, buttons, widgets.</summary>
    private static readonly FrozenSet<string> InterfaceLines = new[]
    {
        "home", "menu", "search", "world", "news", "politics", "business", "sport", "sports", "opinion", "video", "videos",
        "live", "latest", "trending", "newsfeed", "news feed", "chats", "chat", "loader", "loading", "loading...", "share",
        "share this", "share this article", "share on facebook", "share on twitter", "tweet", "email", "print", "copy link",
        "advertisement", "advertising", "sponsored", "skip to content", "skip to main content", "back to top", "close",
        "more", "next", "previous", "top stories", "most read", "most popular", "popular", "recommended", "photos", "gallery",
        "listen", "watch", "comments", "comment", "reply", "like", "follow", "follow us", "open in app", "all news",
        "cookie settings", "accept", "accept cookies", "privacy policy", "terms of use", "contact us", "about us", "tags",
        "topics", "related", "related stories", "related articles", "more stories", "more from", "you may also like",
        "sign in", "log in", "login", "register", "sign up", "subscribe", "subscribe now", "newsletter", "donate",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Lines that open a block of links to other stories.</summary>
    private static readonly FrozenSet<string> RelatedBlockHeaders = new[]
    {
        "related", "related stories", "related articles", "related news", "more stories", "more on this story", "recommended",
        "you may also like", "you might also like", "most read", "most popular", "top stories", "trending", "read next",
        "more from", "also read", "see also", "latest news",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(?:read|see|watch|listen|also|related|more)(?:\s+(?:more|also|next|the full story|here))?\s*[:|>»\-–—]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadMorePrefix();

    [GeneratedRegex(@"^(?:©|\(c\)\s|copyright\b|photo\s*(?:credit)?\s*:|image\s*(?:credit)?\s*:|credit\s*:|picture\s*:|pictured\s*:|file\s*[–—-]\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditPrefix();

    [GeneratedRegex(@"\((?:[A-Z][\w.&]*\s+)?(?:Photo|Photos|Image|Pic|Picture|Video)(?:\s+by)?\s*[/:][^)]{2,60}\)|\b(?:Getty Images|Shutterstock|AFP via Getty|REUTERS/[A-Z]|Reuters/[A-Z]|AP Photo/)", RegexOptions.CultureInvariant)]
    private static partial Regex CreditInside();

    [GeneratedRegex(@"^(?:subscribe|sign up|sign in|log in|login|register|create (?:an|a free) account|already a subscriber|become a (?:member|subscriber)|get (?:our|the) newsletter|to (?:participate|comment|continue reading|read more)|you must be logged in|please (?:log in|sign in|register|enable javascript|disable your ad ?blocker))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubscriptionPrompt();

    [GeneratedRegex(@"\b(?:log in or register|sign in or register|sign up for (?:our|the) (?:free )?newsletter|subscribe to (?:our|the) newsletter|follow us on|download (?:our|the) app|get the latest news|click here to|turn on notifications|support (?:our|independent) journalism|all rights reserved)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PromotionPhrase();

    [GeneratedRegex(@"^(?:leave a (?:reply|comment)|\d+\s+comments?|comments?\s*\(\d+\)|join the (?:discussion|conversation)|to participate in the discussion|post a comment|add a comment|show comments|view comments|discussion)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentSectionHeader();

    [GeneratedRegex(@"^your email address will not be published|required fields are marked|^(?:name|email|website|comment)\s*\*?$|^post comment$|^notify me of", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentFormLine();

    [GeneratedRegex(@"^(?:by\s+)?[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3}\s+(?:newsroom|staff|staff writer|staff reporter|correspondent|news desk|newsdesk|wire services?|editorial (?:board|team))$|^by\s+[A-Z][\w.'-]+(?:\s+(?:[A-Z][\w.'-]+|and|&|de|van|von|da)){0,6}(?:\s*[,|]\s*[\w .&'-]{2,40})?$|^(?:reporting|writing|editing|additional reporting) by\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BylineLine();

    [GeneratedRegex(@"^(?:updated|published|posted|last updated|first published|last modified|created)\b[\s:,-–—]*.{0,80}\b(?:19|20)\d\d\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimestampLine();

    /// <summary>A lone number or counter ("353", "0", "12 shares").</summary>
    [GeneratedRegex(@"^[\d.,kKmM+]+(?:\s+(?:shares?|comments?|views?|likes?|reads?))?$", RegexOptions.CultureInvariant)]
    private static partial Regex CounterLine();

    [GeneratedRegex(@"^(?<outlet>[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3})\s+(?:Newsroom|News Desk|Newsdesk|Staff|Wire Services?)$", RegexOptions.CultureInvariant)]
    private static partial Regex NewsroomByline();
}
