using System.Collections.Frozen;
using System.Reflection;

namespace Storyline.Articles;

/// <summary>
/// The one catalogue of reasons text is removed from an article, as users see them in <c>articles[].removed</c>: the
/// HTML extractor's reasons for dropping a block of a page, and the cleaner's for dropping a line of text. Every
/// <see cref="Removal"/> carries one of these.
/// </summary>
public static class RemovalReasons
{
    // lines of text (the cleaner's rules)
    public const string SiteChrome = "site navigation or interface text";
    public const string SiteHeader = "site name header";
    public const string Promotion = "promotional text";
    public const string Subscription = "subscription or login prompt";
    public const string ReadMore = "read-more teaser";
    public const string RelatedHeadline = "headline of another story";
    public const string PhotoCaption = "photo caption";
    public const string PhotoCredit = "photo credit";
    public const string Counter = "share or comment counter";
    public const string Byline = "byline";
    public const string Timestamp = "timestamp line";
    public const string RepeatedTitle = "repeated title";
    public const string RepeatedLine = "repeated line";
    public const string ForeignLanguage = "line in another language";
    public const string CommentSection = "comment section";

    // blocks of a page (the HTML extractor: what the element is, what its class or id calls it, what its text is)
    public const string Navigation = "navigation";
    public const string AsideBlock = "aside/related block";
    public const string Footer = "footer";
    public const string Caption = "caption";
    public const string DialogBlock = "dialog/popup";
    public const string Form = "form";
    public const string CommentBlock = "comment";
    public const string ShareBar = "share bar";
    public const string RelatedBlock = "related block";
    public const string NewsletterBox = "newsletter box";
    public const string CookieBanner = "cookie banner";
    public const string Advertisement = "advertisement";
    public const string Sidebar = "sidebar";
    public const string BylineBlock = "byline/meta";
    public const string Standfirst = "standfirst";
    public const string Popup = "popup";
    public const string Hidden = "hidden";
    public const string Utility = "utility";
    public const string LinkList = "link list";
    public const string Title = "title";
    public const string BylineOrDateline = "byline/dateline";
    public const string Label = "label";
    public const string PromotionOrSignOff = "promotion or sign-off";

    /// <summary>Every reason in the catalogue.</summary>
    public static FrozenSet<string> All { get; } = typeof(RemovalReasons)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToFrozenSet(StringComparer.Ordinal);
}
