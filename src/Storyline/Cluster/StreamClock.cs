using Storyline.Articles;

namespace Storyline.Cluster;

/// <summary>The time the clusterer files an article under.</summary>
internal static class StreamClock
{
    /// <summary>
    /// The publication date, unless it was only inferred from dates the text mentions: such a date is the latest event
    /// the article names, which can be years before (a 1974 precedent) or days after (a coming deadline) its publication,
    /// and one wrong date closes or splits a story through the active window and the time decay (trusting them gave 142
    /// stories for DUC's 50, docs/clustering.md). An inferred date counts as unknown (the article is as recent as the one before).
    /// </summary>
    public static DateTimeOffset? TimeOf(Article article) =>
        article.Metadata.PublishedInferred ? null : article.Metadata.Published;
}
