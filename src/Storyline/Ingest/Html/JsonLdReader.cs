using System.Text.Json;
using AngleSharp.Html.Dom;

namespace Storyline.Ingest.Html;

/// <summary>What a page's JSON-LD says about its article (schema.org Article and kin).</summary>
internal sealed record JsonLdFacts(string? Headline, string? Author, string? DatePublished, string? Publisher, string? Language)
{
    public static JsonLdFacts None { get; } = new(null, null, null, null, null);

    /// <summary>articleSection.</summary>
    public string? Section { get; init; }

    /// <summary>genre, else the article's @type when more specific than a plain article ("OpinionNewsArticle").</summary>
    public string? Genre { get; init; }

    public string? Keywords { get; init; }
}

/// <summary>Reads schema.org article facts from <c>application/ld+json</c> scripts; bad JSON is ignored.</summary>
internal static class JsonLdReader
{
    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static JsonLdFacts Read(IHtmlDocument document)
    {
        var facts = JsonLdFacts.None;
        foreach (var script in document.QuerySelectorAll("script[type]"))
        {
            if (!(script.GetAttribute("type") ?? "").Contains("ld+json", StringComparison.OrdinalIgnoreCase)) continue;
            var json = script.TextContent.Trim();
            if (json.Length == 0) continue;
            try
            {
                using var doc = JsonDocument.Parse(json, Options);
                facts = Merge(facts, Visit(doc.RootElement, 0));
            }
            catch (JsonException)
            {
                // Hand-written JSON-LD is often broken; the page's other metadata still counts.
            }
        }
        return facts;
    }

    private static JsonLdFacts Merge(JsonLdFacts a, JsonLdFacts? b) => b is null ? a : new(
        a.Headline ?? b.Headline, a.Author ?? b.Author, a.DatePublished ?? b.DatePublished, a.Publisher ?? b.Publisher, a.Language ?? b.Language)
    {
        Section = a.Section ?? b.Section,
        Genre = a.Genre ?? b.Genre,
        Keywords = a.Keywords ?? b.Keywords,
    };

    private static JsonLdFacts? Visit(JsonElement e, int depth)
    {
        if (depth > 8) return null;
        if (e.ValueKind == JsonValueKind.Array)
        {
            JsonLdFacts? acc = null;
            foreach (var item in e.EnumerateArray()) acc = Merge(acc ?? JsonLdFacts.None, Visit(item, depth + 1));
            return acc;
        }
        if (e.ValueKind != JsonValueKind.Object) return null;
        JsonLdFacts? found = null;
        if (IsArticle(e))
        {
            found = new JsonLdFacts(
                Str(e, "headline") ?? Str(e, "name"),
                Name(e, "author") ?? Name(e, "creator"),
                Str(e, "datePublished") ?? Str(e, "dateCreated"),
                Name(e, "publisher") ?? Name(e, "sourceOrganization"),
                Str(e, "inLanguage"))
            {
                Section = Strings(e, "articleSection"),
                Genre = Strings(e, "genre") ?? SpecificType(e),
                Keywords = Strings(e, "keywords"),
            };
        }
        if (e.TryGetProperty("@graph", out var graph)) found = Merge(found ?? JsonLdFacts.None, Visit(graph, depth + 1));
        if (e.TryGetProperty("mainEntity", out var main)) found = Merge(found ?? JsonLdFacts.None, Visit(main, depth + 1));
        return found;
    }

    private static bool IsArticle(JsonElement e)
    {
        if (!e.TryGetProperty("@type", out var type)) return false;
        if (type.ValueKind == JsonValueKind.String) return IsArticleType(type.GetString());
        if (type.ValueKind == JsonValueKind.Array)
            foreach (var t in type.EnumerateArray())
                if (t.ValueKind == JsonValueKind.String && IsArticleType(t.GetString())) return true;
        return false;
    }

    private static bool IsArticleType(string? t) =>
        t is not null && (t.EndsWith("Article", StringComparison.Ordinal) || t is "BlogPosting" or "LiveBlogPosting" or "Report");

    /// <summary>The article's @type when it says more than "Article" or "NewsArticle".</summary>
    private static string? SpecificType(JsonElement e)
    {
        if (!e.TryGetProperty("@type", out var type)) return null;
        var types = type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().ToList() : [type];
        foreach (var t in types)
            if (t.ValueKind == JsonValueKind.String && t.GetString() is { } s && IsArticleType(s) && s is not ("Article" or "NewsArticle"))
                return s;
        return null;
    }

    /// <summary>A string, or an array of strings joined by ", ".</summary>
    private static string? Strings(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v)) return null;
        if (v.ValueKind == JsonValueKind.Array)
        {
            var items = v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(x.GetString()))
                .Select(x => HtmlMetadataReader.Normalize(x.GetString()!)).ToList();
            return items.Count == 0 ? null : string.Join(", ", items);
        }
        return Str(e, name);
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString())
            ? HtmlMetadataReader.Normalize(v.GetString()!) : null;

    /// <summary>A person or organisation: a string, an object with "name", or the first of an array.</summary>
    private static string? Name(JsonElement e, string property)
    {
        if (!e.TryGetProperty(property, out var v)) return null;
        return NameOf(v);
    }

    private static string? NameOf(JsonElement v)
    {
        switch (v.ValueKind)
        {
            case JsonValueKind.String:
                return HtmlMetadataReader.AuthorName(v.GetString());
            case JsonValueKind.Object:
                return Str(v, "name") is { } n ? HtmlMetadataReader.AuthorName(n) : null;
            case JsonValueKind.Array:
                var names = v.EnumerateArray().Select(NameOf).Where(n => n is not null).Distinct().ToList();
                return names.Count == 0 ? null : string.Join(", ", names);
            default:
                return null;
        }
    }
}
