using Storyline.Articles;
using Storyline.Text;

namespace Storyline.Clean;

/// <summary>
/// Publication date: declared metadata first, then a timestamp line of the page ("UPDATED 6:56 AM PT —
/// Monday, January 28, 2019"). Failing both, the latest full date the article itself mentions
/// (captions included) is a lower bound for when it was written: it is used and marked inferred.
/// </summary>
public static class PublicationDateDetector
{
    public static ArticleMetadata Detect(ArticleMetadata metadata, IReadOnlyList<SourceLine> lines, LineDecision[] decisions)
    {
        if (metadata.Published is not null) return metadata;
        for (int i = 0; i < lines.Count; i++)
        {
            if (decisions[i].Reason != RemovalReasons.Timestamp) continue;
            var text = lines[i].Text;
            if (DateParsing.FindFirst(text) is not { } found) continue;
            var value = DateParsing.WithTime(found.Value, text, out bool hasTime);
            return metadata with { Published = value, PublishedDateOnly = !hasTime, PublishedInferred = false };
        }
        DateTimeOffset? latest = null;
        foreach (var line in lines)
            foreach (var found in DateParsing.FindAll(line.Text))
                if (latest is null || found.Value > latest) latest = found.Value;
        return latest is null ? metadata : metadata with { Published = latest, PublishedDateOnly = true, PublishedInferred = true };
    }
}
