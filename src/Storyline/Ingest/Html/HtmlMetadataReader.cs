using System.Collections.Immutable;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Storyline.Text;

namespace Storyline.Ingest.Html;

/// <summary>
/// Reads a page's metadata from, in order of trust: meta tags (Open Graph, article:*, Dublin
/// Core, common names), JSON-LD, <c>&lt;time&gt;</c> elements, the URL, the visible dateline.
/// </summary>
public static class HtmlMetadataReader
{
    private static readonly ImmutableArray<string> TitleMeta = ["og:title", "twitter:title", "dc.title", "sailthru.title", "parsely-title"];
    private static readonly ImmutableArray<string> AuthorMeta = ["author", "article:author", "byl", "dc.creator", "sailthru.author", "parsely-author", "twitter:creator"];
    private static readonly ImmutableArray<string> DateMeta =
    [
        "article:published_time", "og:published_time", "og:article:published_time", "published_time", "datepublished",
        "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date.issued", "dcterms.issued", "dcterms.created",
        "dc.date", "sailthru.date", "parsely-pub-date", "article.published", "originalpublicationdate", "displaydate", "date.release",
    ];
    private static readonly ImmutableArray<string> OutletMeta = ["og:site_name", "application-name", "twitter:site", "publisher", "dc.publisher"];
    private static readonly ImmutableArray<string> SectionMeta = ["article:section", "section", "parsely-section", "sailthru.section", "category", "dc.subject"];
    private static readonly ImmutableArray<string> GenreMeta = ["genre", "article:type", "parsely-type", "dc.type"];
    private static readonly ImmutableArray<string> KeywordsMeta = ["news_keywords", "keywords", "article:tag", "parsely-tags", "sailthru.tags"];

    /// <summary>Reads every metadata field the page offers; unknown fields stay null.</summary>
    public static HtmlMetadata Read(IHtmlDocument document, Uri? url)
    {
        var meta = MetaTags(document);
        var ld = JsonLdReader.Read(document);

        string? title = First(meta, TitleMeta) ?? ld.Headline ?? CleanTitle(document.Title) ?? H1(document);
        string? author = AuthorName(First(meta, AuthorMeta)) ?? ld.Author ?? ItemPropAuthor(document) ?? RelAuthor(document);

        DateTimeOffset? published = null;
        bool dateOnly = false;
        string? source = null;
        foreach (var key in DateMeta)
        {
            if (meta.TryGetValue(key, out var value) && Machine(value, out var d, out dateOnly))
            {
                published = d; source = "meta"; break;
            }
        }
        if (published is null && ItemPropDate(document) is { } ip && Machine(ip, out var d2, out dateOnly))
        {
            published = d2; source = "meta";
        }
        if (published is null && ld.DatePublished is { } ldDate && Machine(ldDate, out var d3, out dateOnly))
        {
            published = d3; source = "json-ld";
        }
        if (published is null && TimeElementDate(document) is { } td && Machine(td, out var d4, out dateOnly))
        {
            published = d4; source = "time";
        }
        if (published is null && url is not null && DateParsing.TryParseUrlPath(url.AbsolutePath, out var d5) && DateParsing.IsPlausiblePublication(d5))
        {
            published = d5; dateOnly = true; source = "url";
        }
        if (published is null && document.Body is { } body && FirstWrittenDate(Head(body.TextContent, 3000)) is { } d6)
        {
            published = d6; dateOnly = true; source = "dateline";
        }

        string? outlet = OutletName(First(meta, OutletMeta)?.TrimStart('@')) ?? ld.Publisher ?? HostName(url);
        // og:title and the <title> often end with the site's own name ("Pier closes - Harbour Gazette"): the outlet is shown beside it
        title = WithoutOutletSuffix(title, outlet);
        string? language = Language(document, meta, ld.Language);
        string? canonical = Canonical(document, meta, url);

        return new HtmlMetadata
        {
            Title = title,
            Author = author,
            Published = published,
            PublishedDateOnly = published is not null && dateOnly,
            PublishedSource = source,
            Outlet = outlet,
            Language = language,
            CanonicalUrl = canonical,
            Section = First(meta, SectionMeta) ?? ld.Section,
            Genre = First(meta, GenreMeta) ?? ld.Genre,
            Keywords = First(meta, KeywordsMeta) ?? ld.Keywords,
        };
    }

    private static Dictionary<string, string> MetaTags(IHtmlDocument document)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in document.QuerySelectorAll("meta"))
        {
            var key = m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop") ?? m.GetAttribute("http-equiv");
            var content = m.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(key) || string.IsNullOrWhiteSpace(content)) continue;
            map.TryAdd(key.Trim(), Normalize(content));
        }
        return map;
    }

    private static string? First(Dictionary<string, string> meta, ImmutableArray<string> keys)
    {
        foreach (var key in keys)
            if (meta.TryGetValue(key, out var value) && value.Length > 0) return value;
        return null;
    }

    internal static string Normalize(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Strips a " | Site" or " - Site" suffix from a document title.</summary>
    internal static string? CleanTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        title = Normalize(title);
        foreach (var sep in new[] { " | ", " – ", " — ", " - ", " :: " })
        {
            int i = title.LastIndexOf(sep, StringComparison.Ordinal);
            if (i > 15) return title[..i].Trim();
        }
        return title;
    }

    /// <summary>Strips a trailing " | Outlet", " - Outlet", " – Outlet", " — Outlet" or " :: Outlet" when it names
    /// <paramref name="outlet"/> (case and spacing aside), repeatedly ("Story - Section | Outlet" keeps its section); a
    /// title that would be left with fewer than 10 characters is kept whole.</summary>
    internal static string? WithoutOutletSuffix(string? title, string? outlet)
    {
        if (title is null || string.IsNullOrWhiteSpace(outlet)) return title;
        var name = Normalize(outlet);
        foreach (var sep in new[] { " | ", " – ", " — ", " - ", " :: " })
        {
            if (!title.EndsWith(sep + name, StringComparison.OrdinalIgnoreCase)) continue;
            var rest = title[..^(sep.Length + name.Length)].TrimEnd();
            return rest.Length >= 10 ? rest : title;
        }
        return title;
    }

    private static string? H1(IHtmlDocument document)
    {
        var h1 = document.QuerySelector("h1");
        return h1 is null ? null : NullIfEmpty(Normalize(h1.TextContent));
    }

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    /// <summary>An author field that is a profile URL says nothing readable; "By X" loses the "By".</summary>
    internal static string? AuthorName(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        value = Normalize(value);
        if (value.StartsWith("http", StringComparison.OrdinalIgnoreCase) || value.StartsWith('@')) return null;
        if (value.StartsWith("by ", StringComparison.OrdinalIgnoreCase)) value = value[3..].Trim();
        return value.Length is > 0 and < 120 ? value : null;
    }

    private static string? ItemPropAuthor(IHtmlDocument document)
    {
        var el = document.QuerySelector("[itemprop~=author] [itemprop~=name], [itemprop~=author]");
        if (el is null) return null;
        return AuthorName(el.GetAttribute("content") ?? el.TextContent);
    }

    private static string? RelAuthor(IHtmlDocument document)
    {
        var el = document.QuerySelector("a[rel~=author]");
        return el is null ? null : AuthorName(el.TextContent);
    }

    private static string? ItemPropDate(IHtmlDocument document)
    {
        var el = document.QuerySelector("[itemprop~=datePublished]");
        return el?.GetAttribute("content") ?? el?.GetAttribute("datetime") ?? (el is null ? null : NullIfEmpty(el.TextContent.Trim()));
    }

    private static string? TimeElementDate(IHtmlDocument document)
    {
        // A <time pubdate> or one inside the article beats the first <time> on the page.
        var el = document.QuerySelector("time[pubdate][datetime]")
                 ?? document.QuerySelector("article time[datetime]")
                 ?? document.QuerySelector("time[datetime]");
        return el?.GetAttribute("datetime");
    }

    /// <summary>A site name given as a URL ("https://www.newsnation.in") reads as its host ("newsnation.in").</summary>
    internal static string? OutletName(string? value) =>
        value is not null && Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? HostName(uri)
            : value;

    private static string? HostName(Uri? url)
    {
        if (url is null || !url.IsAbsoluteUri || string.IsNullOrEmpty(url.Host)) return null;
        var host = url.Host;
        return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
    }

    private static string? Language(IHtmlDocument document, Dictionary<string, string> meta, string? ldLanguage)
    {
        var raw = document.DocumentElement?.GetAttribute("lang")
                  ?? document.DocumentElement?.GetAttribute("xml:lang")
                  ?? (meta.TryGetValue("content-language", out var cl) ? cl : null)
                  ?? (meta.TryGetValue("og:locale", out var loc) ? loc : null)
                  ?? (meta.TryGetValue("language", out var lang) ? lang : null)
                  ?? ldLanguage;
        if (string.IsNullOrWhiteSpace(raw)) return null;
        raw = raw.Trim();
        int cut = raw.IndexOfAny(['-', '_', ',', ';', ' ']);
        var code = (cut > 0 ? raw[..cut] : raw).ToLowerInvariant();
        return code.Length is 2 or 3 && code.All(char.IsAsciiLetterLower) ? code : null;
    }

    private static string? Canonical(IHtmlDocument document, Dictionary<string, string> meta, Uri? url)
    {
        var href = document.QuerySelector("link[rel~=canonical][href]")?.GetAttribute("href")
                   ?? (meta.TryGetValue("og:url", out var og) ? og : null);
        if (string.IsNullOrWhiteSpace(href)) return url?.ToString();
        href = href.Trim();
        if (Uri.TryCreate(href, UriKind.Absolute, out var abs) && abs.Scheme is "http" or "https") return abs.ToString();
        if (url is not null && Uri.TryCreate(url, href, out var rel)) return rel.ToString();
        return url?.ToString();
    }

    private static string Head(string text, int max) => text.Length <= max ? text : text[..max];

    /// <summary>A machine-readable date in a tag or attribute, if it is one a page could be published on.</summary>
    private static bool Machine(string? value, out DateTimeOffset date, out bool dateOnly) =>
        DateParsing.TryParse(value, out date, out dateOnly) && DateParsing.IsPlausiblePublication(date);

    /// <summary>The first written date near the top of a page ("March 3, 2020", "3 March 2020") a page could be published on.</summary>
    private static DateTimeOffset? FirstWrittenDate(string text) =>
        DateParsing.FindAll(text).Select(f => (DateTimeOffset?)f.Value).FirstOrDefault(d => DateParsing.IsPlausiblePublication(d!.Value));
}
