using System.Collections.Frozen;
using Storyline.Articles;

namespace Storyline.Ingest.Html;

/// <summary>
/// Words in class/id/role attributes that mark page furniture or article content. Generic web
/// vocabulary only (no site names): a block is judged by what its author called it.
/// </summary>
internal static class BoilerplateVocabulary
{
    /// <summary>Word → the reason a block named with it is dropped.</summary>
    private static readonly FrozenDictionary<string, string> Negative = Build(new()
    {
        [RemovalReasons.CommentBlock] = ["comment", "comments", "commenting", "disqus", "replies", "discussion"],
        [RemovalReasons.ShareBar] = ["share", "shares", "sharing", "sharebar", "social", "socials", "sociallinks", "follow"],
        [RemovalReasons.RelatedBlock] = ["related", "recommended", "recommendation", "recommendations", "recirc", "trending", "popular", "mostread", "outbrain", "taboola", "teaser", "teasers", "more", "promo", "promos", "promoted", "readmore", "upnext"],
        [RemovalReasons.NewsletterBox] = ["newsletter", "newsletters", "subscribe", "subscription", "signup", "optin", "registration", "paywall", "donate", "membership"],
        [RemovalReasons.CookieBanner] = ["cookie", "cookies", "consent", "gdpr", "privacy"],
        [RemovalReasons.Advertisement] = ["ad", "ads", "advert", "advertisement", "advertising", "adslot", "adunit", "sponsor", "sponsored", "dfp", "gpt", "banner", "commercial"],
        [RemovalReasons.Navigation] = ["nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "pagination", "pager", "skip", "toolbar", "masthead", "header", "topbar", "jump", "toc"],
        [RemovalReasons.Footer] = ["footer", "foot", "colophon", "copyright"],
        [RemovalReasons.Sidebar] = ["sidebar", "rail", "widget", "widgets", "aside", "sidebox"],
        [RemovalReasons.Caption] = ["caption", "captions", "credit", "credits", "figcaption", "photo", "image", "img", "media", "gallery", "slideshow", "video", "player", "embed", "infographic"],
        [RemovalReasons.BylineBlock] = ["byline", "author", "authors", "bio", "dateline", "timestamp", "date", "published", "meta", "tags", "topics", "keywords", "kicker", "eyebrow"],
        [RemovalReasons.Standfirst] = ["dek", "standfirst", "subtitle", "subhead", "subheadline", "strapline"],
        [RemovalReasons.Popup] = ["popup", "modal", "overlay", "tooltip", "dropdown", "lightbox", "dialog"],
        [RemovalReasons.Hidden] = ["hidden", "hide", "invisible", "sronly", "offscreen"],
        [RemovalReasons.Utility] = ["print", "email", "rating", "login", "tools", "utility", "utilities", "actions", "button", "btn", "icon", "logo"],
    });

    /// <summary>Words that name a container of the article itself.</summary>
    private static readonly FrozenSet<string> Positive = FrozenSet.ToFrozenSet(
    [
        "article", "articlebody", "body", "content", "entry", "main", "post", "story", "text", "blog", "prose",
        "richtext", "copy", "paragraph", "paragraphs", "column", "detail", "page",
    ]);

    private static FrozenDictionary<string, string> Build(Dictionary<string, string[]> groups)
    {
        var map = new Dictionary<string, string>();
        foreach (var (reason, words) in groups)
            foreach (var w in words) map[w] = reason;
        return map.ToFrozenDictionary();
    }

    /// <summary>Reasons strong enough to drop a block even when its name also says "content"
    /// ("article-comments", "post-related", "entry-share").</summary>
    private static readonly FrozenSet<string> Strong = FrozenSet.ToFrozenSet(
        [RemovalReasons.CommentBlock, RemovalReasons.Standfirst, RemovalReasons.ShareBar, RemovalReasons.RelatedBlock, RemovalReasons.NewsletterBox, RemovalReasons.CookieBanner, RemovalReasons.Advertisement, RemovalReasons.Popup, RemovalReasons.Sidebar, RemovalReasons.Footer]);

    /// <summary>The reason the words mark furniture, or null. A weak reason (byline, caption, navigation...)
    /// does not count when the same name also marks content ("entry-header", "post-media").</summary>
    public static string? NegativeReason(string[] words)
    {
        string? weak = null;
        foreach (var w in words)
            if (Negative.TryGetValue(w, out var reason))
            {
                if (Strong.Contains(reason)) return reason;
                weak ??= reason;
            }
        return weak is not null && !IsPositive(words) ? weak : null;
    }

    public static bool IsPositive(string[] words)
    {
        foreach (var w in words)
            if (Positive.Contains(w)) return true;
        return false;
    }
}
