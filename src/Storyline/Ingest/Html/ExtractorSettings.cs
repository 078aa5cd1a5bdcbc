namespace Storyline.Ingest.Html;

/// <summary>
/// Every threshold of the HTML extractor, with the measurement behind it. "Benchmark" means
/// <c>storyline eval extraction</c> on the 181 scrapinghub pages (F1 as printed there).
/// </summary>
public sealed record ExtractorSettings
{
    public static ExtractorSettings Default { get; } = new();

    /// <summary>A paragraph shorter than this (non-space chars) earns no content score.</summary>
    public int MinGoodChars { get; init; } = 40;

    /// <summary>Above this link density a paragraph earns no content score.</summary>
    public double MaxGoodLinkDensity { get; init; } = 0.35;

    /// <summary>A furniture-named block holding at least this share of the page's good text is kept
    /// (pages that put the article in "content-with-sidebar" wrappers).</summary>
    public double ProtectShare { get; init; } = 0.5;

    /// <summary>Climbing from the best container to an ancestor: how much one character of
    /// non-paragraph text (link lists, short lines) costs against one character of good text.</summary>
    public double JunkWeight { get; init; } = 3.0;

    /// <summary>Siblings of the best container with at least this share of its score join it.</summary>
    public double SiblingShare { get; init; } = 0.2;

    /// <summary>Inside the article, a block with more link text than this is a link list and dropped.</summary>
    public double MaxBlockLinkDensity { get; init; } = 0.7;

    /// <summary>Below this much good text the page has no article.</summary>
    public int MinArticleChars { get; init; } = 200;

    /// <summary>A byline or dateline ("By ...", "Updated 5:53 PM", "Nov 19, 2019") is at most this many words.</summary>
    public int MaxMetaLineWords { get; init; } = 15;

    /// <summary>A sign-off or promotion line ("Follow us...", "Reporting by...") is at most this many words.</summary>
    public int MaxPromoLineWords { get; init; } = 40;
}
