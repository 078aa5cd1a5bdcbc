using System.Collections.Frozen;

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
        ["comment"] = ["comment", "comments", "commenting", "disqus", "replies", "discussion"],
        ["share bar"] = ["share", "shares", "sharing", "sharebar", "social", "socials", "sociallinks", "follow"],
        ["related block"] = ["related", "recommended", "recommendation", "recommendations", "recirc", "trending", "popular", "mostread", "outbrain", "taboola", "teaser", "teasers", "more", "promo", "promos", "promoted", "readmore", "upnext"],
        ["newsletter box"] = ["newsletter", "newsletters", "subscribe", "subscription", "signup", "optin", "registration", "paywall", "donate", "membership"],
        ["cookie banner"] = ["cookie", "cookies", "consent", "gdpr", "privacy"],
        ["advertisement"] = ["ad", "ads", "advert", "advertisement", "advertising", "adslot", "adunit", "sponsor", "sponsored", "dfp", "gpt", "banner", "commercial"],
        ["navigation"] = ["nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "pagination", "pager", "skip", "toolbar", "masthead", "header", "topbar", "jump", "toc"],
        ["footer"] = ["footer", "foot", "colophon", "copyright"],
        ["sidebar"] = ["sidebar", "rail", "widget", "widgets", "aside", "sidebox"],
        ["caption"] = ["caption", "captions", "credit", "credits", "figcaption", "photo", "image", "img", "media", "gallery", "slideshow", "video", "player", "embed", "infographic"],
        ["byline/meta"] = ["byline", "author", "authors", "bio", "dateline", "timestamp", "date", "published", "meta", "tags", "topics", "keywords", "kicker", "eyebrow"],
        ["standfirst"] = ["dek", "standfirst", "subtitle", "subhead", "subheadline", "strapline"],
        ["popup"] = ["popup", "modal", "overlay", "tooltip", "dropdown", "lightbox", "dialog"],
        ["hidden"] = ["hidden", "hide", "invisible", "sronly", "offscreen"],
        ["utility"] = ["print", "email", "rating", "login", "tools", "utility", "utilities", "actions", "button", "btn", "icon", "logo"],
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
        ["comment", "standfirst", "share bar", "related block", "newsletter box", "cookie banner", "advertisement", "popup", "sidebar", "footer"]);

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
