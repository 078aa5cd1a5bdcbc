using Storyline.Articles;

namespace Storyline.Cluster;

/// <summary>The time the clusterer files an article under.</summary>
internal static class StreamClock
{
    /// <summary>
    /// The publication date, unless it was only inferred from dates the text mentions and the settings say not to
    /// trust those: such a date is the latest event the article names, which can be years before (a 1974 precedent)
    /// or days after (a coming deadline) its publication, and one wrong date closes or splits a story through the
    /// active window and the time decay. An untrusted date counts as unknown (the article is as recent as the one before).
    /// </summary>
    public static DateTimeOffset? TimeOf(Article article, bool useInferredDates) =>
        article.Metadata.PublishedInferred && !useInferredDates ? null : article.Metadata.Published;
}
