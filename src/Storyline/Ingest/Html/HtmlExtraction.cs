using System.Collections.Immutable;
using Storyline.Articles;

namespace Storyline.Ingest.Html;

/// <summary>What <see cref="HtmlExtractor"/> found in one page.</summary>
/// <param name="Found">False when the page holds no article (a listing, an empty shell, an error page).</param>
/// <param name="Reason">Why no article was found; null when <see cref="Found"/>.</param>
/// <param name="Body">Article text, one paragraph per line ("\n"-separated); empty when not found.</param>
/// <param name="Metadata">Title, author, date, outlet, language, canonical URL as the page declares them.</param>
/// <param name="Removed">Blocks inside the article area that were left out, each with its reason.</param>
public sealed record HtmlExtraction(bool Found, string? Reason, string Body, HtmlMetadata Metadata, ImmutableArray<Removal> Removed)
{
    /// <summary>The paragraphs of <see cref="Body"/>.</summary>
    public IReadOnlyList<string> Paragraphs => Body.Length == 0 ? [] : Body.Split('\n');
}

/// <summary>Metadata read from a page's head, structured data and visible text.</summary>
public sealed record HtmlMetadata
{
    public string? Title { get; init; }
    public string? Author { get; init; }
    public DateTimeOffset? Published { get; init; }
    /// <summary>True when only the date of <see cref="Published"/> is known (no time of day).</summary>
    public bool PublishedDateOnly { get; init; }
    /// <summary>Where the date came from: "meta", "json-ld", "time", "url", "dateline".</summary>
    public string? PublishedSource { get; init; }
    public string? Outlet { get; init; }
    /// <summary>ISO 639-1 code, lower case.</summary>
    public string? Language { get; init; }
    public string? CanonicalUrl { get; init; }
    /// <summary>article:section, JSON-LD articleSection.</summary>
    public string? Section { get; init; }
    /// <summary>A genre meta tag, JSON-LD genre or a specific article @type ("OpinionNewsArticle").</summary>
    public string? Genre { get; init; }
    /// <summary>keywords, news_keywords, article:tag, JSON-LD keywords.</summary>
    public string? Keywords { get; init; }

    public static HtmlMetadata Empty { get; } = new();

    /// <summary>As the article model's metadata; <paramref name="fallbackUrl"/> when the page names no canonical URL.</summary>
    public ArticleMetadata ToArticleMetadata(string? fallbackUrl) => new()
    {
        Title = Title,
        Author = Author,
        Published = Published,
        PublishedDateOnly = PublishedDateOnly,
        PublishedInferred = PublishedSource is "url" or "dateline",
        Outlet = Outlet,
        Language = Language,
        Url = CanonicalUrl ?? fallbackUrl,
        Section = Section,
        Genre = Genre,
        Keywords = Keywords,
    };
}
