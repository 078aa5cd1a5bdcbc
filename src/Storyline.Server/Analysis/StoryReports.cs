using System.Text.Json;
using Storyline.Articles;
using Storyline.Cluster;
using Storyline.Report;
using Storyline.Server.Store;
using Storyline.Stories;

namespace Storyline.Server.Analysis;

/// <summary>
/// A story's analysis in the report contract, as stored and served: the report <c>digest</c> would write for the story
/// alone (its articles, labelled in story order, and the story), kept without the article texts, which the store holds
/// once and puts back when the report is read.
/// </summary>
public static class StoryReports
{
    private static readonly JsonSerializerOptions Compact = new(JsonReportWriter.Options) { WriteIndented = false };

    public static StoryAnalysisRecord Build(StoryDocument analysis, IReadOnlyList<Article> articles)
    {
        var report = ReportBuilder.Build(new DigestResult([.. articles], [analysis], []));
        var story = report.Stories[0];
        var stored = report with { Articles = [.. report.Articles.Select(a => a with { Text = "", Removed = [] })], Problems = [] };
        var originals = articles.Where(a => a.DuplicateOf is null).ToList();
        var outletNames = articles.Select(a => a.Metadata.Outlet).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        var story0 = analysis.Story;
        return new StoryAnalysisRecord(
            story.Id, story.Headline,
            story.Facts.FirstOrDefault(f => f.Status == "agreed")?.Text,
            articles.Count,
            IndependentSources.Count(articles, story0.Find),
            outletNames,
            story.Facts.Count(f => f.Status == "agreed"), story.Facts.Count(f => f.Status == "single-source"), story.Facts.Count(f => f.Status == "contested"),
            story.FirstPublished, story.LastPublished,
            JsonSerializer.Serialize(stored, Compact),
            [.. story.Facts.Select(f => new FactRow(f.Text, f.Status))]);
    }

    /// <summary>The stored report with its articles' texts and removed lines put back from the store.</summary>
    public static ReportDocument? Read(string json, IReadOnlyList<StoredArticle> articles)
    {
        var report = JsonSerializer.Deserialize<ReportDocument>(json, JsonReportWriter.Options);
        if (report is null) return null;
        var byId = articles.ToDictionary(a => a.Id, StringComparer.Ordinal);
        return report with
        {
            Articles = [.. report.Articles.Select(a => byId.TryGetValue(a.Id, out var s)
                ? a with { Text = s.Text, Removed = [.. s.Removed.Select(r => new ReportRemoval(r.Text, r.Reason))] }
                : a)],
            Problems = [],
        };
    }
}
