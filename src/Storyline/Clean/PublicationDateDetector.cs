using Storyline.Articles;
using Storyline.Text;

namespace Storyline.Clean;

/// <summary>
/// Publication date: declared metadata first, then a timestamp line of the page ("UPDATED 9:12 AM PT —
/// Monday, January 28, 2019"). Failing both, the latest full date the article itself mentions
/// (captions included) is a lower bound for when it was written: it is used and marked inferred, unless
/// the text names a year well after it (then the date is a precedent and the article stays undated).
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
        int latestYear = 0;
        foreach (var line in lines)
        {
            latestYear = Math.Max(latestYear, DateParsing.LatestYear(line.Text));
            foreach (var found in DateParsing.FindAll(line.Text))
                if (latest is null || found.Value > latest) latest = found.Value;
        }
        if (latest is null) return metadata;
        // A 1998 report recalling "Aug. 9, 1974" has that as its only full date; the years it also names
        // ("in 1998") show the date is a precedent, not the time of writing. One year ahead is left alone:
        // January coverage names the coming year ("the 2020 election") as often as a later article does.
        if (latestYear - latest.Value.Year >= CleanerSettings.HistoricalDateYears) return metadata;
        return metadata with { Published = latest, PublishedDateOnly = true, PublishedInferred = true };
    }
}
