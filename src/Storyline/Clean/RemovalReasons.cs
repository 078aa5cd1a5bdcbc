namespace Storyline.Clean;

/// <summary>The catalogue of reasons text is removed, as shown to users in <c>articles[].removed</c>.</summary>
public static class RemovalReasons
{
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
}
