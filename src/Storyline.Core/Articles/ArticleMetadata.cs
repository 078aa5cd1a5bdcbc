namespace Storyline.Articles;

/// <summary>What is known about an article besides its text.</summary>
public sealed record ArticleMetadata
{
    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public string? Url { get; init; }
    public string? Author { get; init; }
    /// <summary>Publication date-time; its offset is kept when the source gave one.</summary>
    public DateTimeOffset? Published { get; init; }
    /// <summary>True when <see cref="Published"/> was inferred from the text, not read from metadata.</summary>
    public bool PublishedInferred { get; init; }
    /// <summary>True when only the date part of <see cref="Published"/> is known.</summary>
    public bool PublishedDateOnly { get; init; }
    /// <summary>ISO 639-1 code.</summary>
    public string? Language { get; init; }
    /// <summary>The section the source files the article under ("Opinion", "World"), as written.</summary>
    public string? Section { get; init; }
    /// <summary>The genre or type the source gives ("OpinionNewsArticle", "editorial"), as written.</summary>
    public string? Genre { get; init; }
    /// <summary>The source's keywords or tags, comma-separated as written.</summary>
    public string? Keywords { get; init; }

    public static ArticleMetadata Empty { get; } = new();
}
