using System.Collections.Immutable;
using System.Globalization;
using Storyline.Articles;
using Storyline.Compare;
using Storyline.Pipeline;

namespace Storyline.Report;

/// <summary>Turns a <see cref="DigestResult"/> into the report contract. Pure: all renderers start from its output.</summary>
public static class ReportBuilder
{
    public const int SchemaVersion = 1;

    public static ReportDocument Build(DigestResult result)
    {
        var articles = result.Articles.Select(ToReport).ToList();
        var stories = result.Stories
            .OrderByDescending(s => s.Story.Articles.Length)
            .ThenByDescending(s => Latest(s.Story.Articles))
            .ThenBy(s => s.Story.Id, StringComparer.Ordinal)
            .Select(ToReport)
            .ToList();
        var problems = result.Problems.Select(p => new ReportProblem(p.Source, p.Reason)).ToList();
        return new ReportDocument(SchemaVersion, "storyline", articles, stories, problems);
    }

    private static DateTimeOffset Latest(ImmutableArray<Article> articles) =>
        articles.Select(a => a.Metadata.Published ?? DateTimeOffset.MinValue).DefaultIfEmpty(DateTimeOffset.MinValue).Max();

    public static string? FormatDate(DateTimeOffset? value, bool dateOnly) =>
        value is not { } v ? null
        : dateOnly ? v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : v.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static ReportArticle ToReport(Article a) => new(
        a.Id, a.Source, a.Metadata.Outlet, a.Metadata.Title, a.Metadata.Url,
        FormatDate(a.Metadata.Published, a.Metadata.PublishedDateOnly), a.Metadata.PublishedInferred, a.Metadata.Language,
        a.Text, a.Removed.Select(r => new ReportRemoval(r.Text, r.Reason)).ToList(), a.DuplicateOf, a.Metadata.Author);

    private static IReadOnlyList<ReportCitation> Cite(ImmutableArray<Citation> citations) =>
        citations.Select(c => new ReportCitation(c.ArticleId, c.Start, c.End)).ToList();

    private static ReportStory ToReport(StoryAnalysis s)
    {
        var dates = s.Story.Articles.Where(a => a.Metadata.Published is not null).Select(a => a.Metadata.Published!.Value).ToList();
        string headline = s.Headline?.Text ?? s.Summary.FirstOrDefault()?.Text ?? s.Story.Articles.Select(a => a.Metadata.Title).FirstOrDefault(t => t is not null) ?? "(untitled story)";
        return new ReportStory(
            s.Story.Id,
            headline,
            s.Headline is null ? [] : Cite(s.Headline.Citations),
            s.Story.Articles.Select(a => a.Id).ToList(),
            s.Summary.Select(x => new ReportSentence(x.Text, Cite(x.Citations))).ToList(),
            s.Entities.Select(e => new ReportEntity(e.Id, e.Name, e.Type.ToString().ToLowerInvariant(), e.Aliases, Cite(e.Mentions))).ToList(),
            s.Quotes.Select(q => new ReportQuote(q.Text, q.SpeakerId, q.SpeakerName, q.Direct, Cite(q.Citations), q.ParaphraseInQuoteMarks)).ToList(),
            s.Facts.Select(f => new ReportFact(f.Text, StatusName(f.Status), f.ArticleIds, f.IndependentSources, Cite(f.Citations), f.ConflictsWith)).ToList(),
            s.Figures.Select(f => new ReportFigure(f.Text, f.Value, f.Unit, f.About, Cite(f.Citations), f.DiffersFrom)).ToList(),
            s.Framing.Select(f => new ReportFraming(f.EntityId, f.Labels.Select(l => new ReportFramingLabel(l.Label, l.ArticleIds, l.InQuote, l.Loaded, Cite(l.Citations))).ToList())).ToList(),
            s.Timeline.Select(t => new ReportTimelineEntry(t.Date, t.Event, Cite(t.Citations), t.ConflictingDates)).ToList(),
            dates.Count == 0 ? null : FormatDate(dates.Min(), true),
            dates.Count == 0 ? null : FormatDate(dates.Max(), true),
            s.Conflicts.Select(c => new ReportConflict(c.Kind, c.Description, c.FactA, c.FactB)).ToList(),
            s.Background.Select(t => new ReportTimelineEntry(t.Date, t.Event, Cite(t.Citations), t.ConflictingDates)).ToList());
    }

    public static string StatusName(FactStatus status) => status switch
    {
        FactStatus.Agreed => "agreed",
        FactStatus.SingleSource => "single-source",
        FactStatus.Contested => "contested",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
