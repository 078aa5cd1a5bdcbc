using Storyline.Problems;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Storyline.Articles;
using Storyline.Ingest.Html;
using Storyline.Text;

namespace Storyline.Ingest.Feeds;

/// <summary>
/// Reads RSS 2.0, Atom and RDF (RSS 1.0) feeds: each item becomes one draft with its title, link,
/// date, author and the feed's title as outlet. Item content is HTML: a full page goes through
/// <see cref="HtmlExtractor"/>, a fragment is laid out as plain paragraphs.
/// </summary>
public sealed partial class FeedArticleReader : IArticleReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Rss1 = "http://purl.org/rss/1.0/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";

    public string Name => "feed";

    public int Score(InputDocument document, ReadOnlySpan<char> head)
    {
        if (document.Extension is ".rss" or ".atom") return 90;
        if (document.ContentType is { } ct && (ct.Contains("rss", StringComparison.OrdinalIgnoreCase) || ct.Contains("atom", StringComparison.OrdinalIgnoreCase) || ct.Contains("rdf", StringComparison.OrdinalIgnoreCase))) return 90;
        var h = head.Length > 2048 ? head[..2048] : head;
        if (h.Contains("<rss", StringComparison.OrdinalIgnoreCase) || h.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase)
            || (h.Contains("<feed", StringComparison.Ordinal) && h.Contains("2005/Atom", StringComparison.Ordinal)))
            return 90;
        return 0;
    }

    public ReadResult Read(InputDocument document, string text)
    {
        var problems = ImmutableArray.CreateBuilder<Problem>();
        int[]? numbers = null; // the original item numbers, when broken items were left out
        var parsed = Parse(text);
        var xml = parsed.Xml;
        if (xml is null)
        {
            // HTML entities (&nbsp;, &eacute;) are the usual fault of hand-made feeds: XML knows only five
            var repaired = HtmlEntitiesAsNumeric(text);
            xml = Parse(repaired).Xml ?? WithoutBrokenItems(repaired, document.Source, problems, out numbers);
            if (xml is null) return ReadResult.Failed(document.Source, $"not a well-formed feed: {parsed.Error}", ProblemCodes.FeedMalformed);
        }
        var root = xml.Root;
        if (root is null) return ReadResult.Failed(document.Source, "empty feed", ProblemCodes.FeedMalformed);

        IEnumerable<XElement> items;
        string? feedTitle;
        Func<XElement, FeedItem> read;
        if (root.Name.LocalName == "rss")
        {
            var channel = root.Element("channel");
            feedTitle = Clean(channel?.Element("title")?.Value);
            items = channel?.Elements("item") ?? [];
            read = ReadRss;
        }
        else if (root.Name == Atom + "feed")
        {
            feedTitle = Clean(root.Element(Atom + "title")?.Value);
            items = root.Elements(Atom + "entry");
            read = ReadAtom;
        }
        else if (root.Name == Rdf + "RDF")
        {
            feedTitle = Clean(root.Element(Rss1 + "channel")?.Element(Rss1 + "title")?.Value);
            items = root.Elements(Rss1 + "item");
            read = ReadRdf;
        }
        else
        {
            return ReadResult.Failed(document.Source, $"not an RSS, Atom or RDF feed (root element <{root.Name.LocalName}>)", ProblemCodes.FeedNotAFeed);
        }

        var drafts = ImmutableArray.CreateBuilder<ArticleDraft>();
        int index = 0;
        foreach (var element in items)
        {
            index++;
            var source = $"{document.Source}#{(numbers is not null && index <= numbers.Length ? numbers[index - 1] : index)}";
            var item = read(element);
            var body = BodyText(item.Html, item.Link);
            if (string.IsNullOrWhiteSpace(body) && string.IsNullOrWhiteSpace(item.Title))
            {
                problems.Add(new Problem(source, "feed item has neither title nor text", ProblemCodes.FeedItemEmpty));
                continue;
            }
            var (published, dateOnly) = ParseDate(item.Date);
            // an aggregator's item names the outlet it came from (RSS 2.0 <source>): that outlet, not the aggregator, published it
            var metadata = new ArticleMetadata
            {
                Title = item.Title,
                Url = item.Link,
                Author = item.Author,
                Published = published,
                PublishedDateOnly = dateOnly,
                Outlet = item.Source ?? feedTitle,
            };
            drafts.Add(new ArticleDraft(source, body, metadata));
        }
        if (index == 0 && problems.Count == 0) problems.Add(new Problem(document.Source, "the feed has no items", ProblemCodes.FeedNoItems));
        return new ReadResult(drafts.ToImmutable(), problems.ToImmutable());
    }

    private static readonly XmlReaderSettings XmlSettings = new() { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, MaxCharactersFromEntities = 1024 };

    /// <summary>A parsed feed, or the parser's message.</summary>
    private sealed record Parsed(XDocument? Xml, string? Error);

    private static Parsed Parse(string text)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(text.TrimStart('\uFEFF')), XmlSettings);
            return new Parsed(XDocument.Load(reader), null);
        }
        catch (XmlException ex)
        {
            return new Parsed(null, ex.Message);
        }
    }

    /// <summary>Named HTML entities as numeric references, which XML accepts; unknown names are left for the parser to report.</summary>
    internal static string HtmlEntitiesAsNumeric(string text) => NamedEntity().Replace(text, m =>
    {
        var name = m.Groups[1].Value;
        if (name is "amp" or "lt" or "gt" or "quot" or "apos") return m.Value;
        var decoded = System.Net.WebUtility.HtmlDecode(m.Value);
        if (decoded == m.Value) return m.Value;
        var sb = new StringBuilder();
        foreach (var rune in decoded.EnumerateRunes()) sb.Append("&#").Append(rune.Value.ToString(CultureInfo.InvariantCulture)).Append(';');
        return sb.ToString();
    });

    /// <summary>
    /// The feed without the items that are not well-formed on their own, each reported, or null when what is around
    /// the items is broken too. <paramref name="numbers"/> gives each kept item its number in the original feed.
    /// </summary>
    private static XDocument? WithoutBrokenItems(string text, string source, ImmutableArray<Problem>.Builder problems, out int[]? numbers)
    {
        numbers = null;
        var items = ItemElement().Matches(text);
        var root = RootStartTag().Match(text);
        if (items.Count == 0 || !root.Success || root.Index > items[0].Index) return null;
        var kept = new List<int>();
        var broken = new List<(int Number, string Error)>();
        var repaired = new StringBuilder(text.Length);
        int copied = 0;
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            // alone inside the feed's root element, which declares the namespaces its children use
            if (Parse(root.Value + item.Value + "</" + root.Groups[1].Value + ">") is { Xml: null } failed)
            {
                broken.Add((i + 1, failed.Error!));
                repaired.Append(text, copied, item.Index - copied);
                copied = item.Index + item.Length;
            }
            else kept.Add(i + 1);
        }
        repaired.Append(text, copied, text.Length - copied);
        if (broken.Count == 0 || Parse(repaired.ToString()).Xml is not { } xml) return null;
        foreach (var (number, error) in broken)
            problems.Add(new Problem($"{source}#{number}", $"feed item is not well-formed XML ({error}); the other items are read", ProblemCodes.FeedItemMalformed));
        numbers = [.. kept];
        return xml;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"&([A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial System.Text.RegularExpressions.Regex NamedEntity();

    [System.Text.RegularExpressions.GeneratedRegex(@"<(item|entry)\b[^>]*>.*?</\1\s*>", System.Text.RegularExpressions.RegexOptions.Singleline)]
    private static partial System.Text.RegularExpressions.Regex ItemElement();

    [System.Text.RegularExpressions.GeneratedRegex(@"<(rss|feed|rdf:RDF)\b[^>]*>")]
    private static partial System.Text.RegularExpressions.Regex RootStartTag();

    private sealed record FeedItem(string? Title, string? Link, string? Date, string? Author, string? Html, string? Source = null);

    private static FeedItem ReadRss(XElement e) => new(
        Clean(e.Element("title")?.Value),
        Clean(e.Element("link")?.Value) ?? Permalink(e),
        e.Element("pubDate")?.Value ?? e.Element(Dc + "date")?.Value,
        Clean(e.Element(Dc + "creator")?.Value ?? e.Element("author")?.Value),
        e.Element(Content + "encoded")?.Value ?? e.Element("description")?.Value,
        Clean(e.Element("source")?.Value));

    private static string? Permalink(XElement e)
    {
        var guid = e.Element("guid");
        if (guid is null) return null;
        bool permalink = !string.Equals((string?)guid.Attribute("isPermaLink"), "false", StringComparison.OrdinalIgnoreCase);
        return permalink && Uri.TryCreate(guid.Value.Trim(), UriKind.Absolute, out _) ? guid.Value.Trim() : null;
    }

    private static FeedItem ReadAtom(XElement e)
    {
        var links = e.Elements(Atom + "link").ToList();
        var link = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault();
        var content = e.Element(Atom + "content") ?? e.Element(Atom + "summary");
        string? html = content is null ? null
            : (string?)content.Attribute("type") == "xhtml" ? string.Concat(content.Nodes().Select(n => n.ToString()))
            : (string?)content.Attribute("type") is "html" or "text/html" ? content.Value
            : Escape(content.Value);
        return new FeedItem(
            Clean(e.Element(Atom + "title")?.Value),
            Clean((string?)link?.Attribute("href")),
            e.Element(Atom + "published")?.Value ?? e.Element(Atom + "updated")?.Value,
            Clean(e.Element(Atom + "author")?.Element(Atom + "name")?.Value),
            html);
    }

    private static FeedItem ReadRdf(XElement e) => new(
        Clean(e.Element(Rss1 + "title")?.Value),
        Clean(e.Element(Rss1 + "link")?.Value ?? (string?)e.Attribute(Rdf + "about")),
        e.Element(Dc + "date")?.Value,
        Clean(e.Element(Dc + "creator")?.Value),
        e.Element(Content + "encoded")?.Value ?? e.Element(Rss1 + "description")?.Value);

    private static string Escape(string text) => System.Net.WebUtility.HtmlEncode(text).Replace("\n", "<br>", StringComparison.Ordinal);

    private static string? Clean(string? s) => string.IsNullOrWhiteSpace(s) ? null : HtmlMetadataReader.Normalize(s);

    /// <summary>Item HTML as paragraphs: a full page through the extractor, a fragment laid out directly.</summary>
    internal static string BodyText(string? html, string? link)
    {
        if (string.IsNullOrWhiteSpace(html)) return "";
        if (html.Contains("<body", StringComparison.OrdinalIgnoreCase) || html.Contains("<html", StringComparison.OrdinalIgnoreCase))
        {
            Uri? url = link is not null && Uri.TryCreate(link, UriKind.Absolute, out var u) ? u : null;
            var extraction = HtmlExtractor.Extract(html, url);
            if (extraction.Found) return extraction.Body;
        }
        return HtmlText.ToParagraphs(html);
    }

    private static (DateTimeOffset?, bool) ParseDate(string? value) =>
        DateParsing.TryParse(value, out var date, out bool dateOnly) && DateParsing.IsPlausiblePublication(date) ? (date, dateOnly) : (null, false);
}
