using Storyline.Compare.Dates;
using Storyline.Compare.Entities;
using Storyline.Compare.Figures;
using Storyline.Compare.Framing;
using Storyline.Compare.Opinion;
using Storyline.Compare.Quotes;
using Storyline.Summarize;
using Storyline.Compare.Facts;
using Storyline.Compare.Timeline;
using Storyline.Stories;
using System.Collections.Immutable;
using System.Globalization;
using Storyline.Articles;
using Storyline.Compare;
using Storyline.Pipeline;
using Storyline.Problems;

namespace Storyline.Report;

/// <summary>Turns a <see cref="DigestResult"/> into the report contract. Pure: all renderers start from its output.</summary>
public static class ReportBuilder
{
    public const int SchemaVersion = 1;

    public static ReportDocument Build(DigestResult result)
    {
        // publication days inferred by a story's date stage: articles themselves are never rewritten
        var inferred = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        // days read from an article's text that its story's dates set aside as background: the article is shown undated
        var setAside = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in result.Stories)
        {
            var dates = s.GetOrDefault(StoryDates.Section, StoryDates.Empty);
            foreach (var (id, day) in dates.InferredPublished)
                inferred[id] = day;
            setAside.UnionWith(dates.SetAside.Keys);
        }
        // each article's kind, read by its story's opinion stage
        var voices = new Dictionary<string, ArticleVoice>(StringComparer.Ordinal);
        foreach (var s in result.Stories)
            foreach (var v in s.GetOrDefault(ArticleVoice.Section, []))
                voices[v.ArticleId] = v;
        var articles = result.Articles.Select((a, i) => ToReport(a, inferred, setAside, "a" + (i + 1).ToString(CultureInfo.InvariantCulture), voices.GetValueOrDefault(a.Id))).ToList();
        var byId = articles.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var stories = result.Stories
            .OrderByDescending(s => s.Story.Articles.Length)
            .ThenByDescending(s => Latest(s.Story.Articles.Where(a => !setAside.Contains(a.Id))))
            .ThenBy(s => s.Story.Id, StringComparer.Ordinal)
            .Select(s => ToReport(s, byId))
            .ToList();
        stories = WithThreads(stories, result.Stories);
        var problems = result.Problems.Select(p => new ReportProblem(p.Source, p.Reason, p.Code, ProblemCodes.Name(p.Severity))).ToList();
        return new ReportDocument(SchemaVersion, "storyline", articles, stories, problems);
    }

    /// <summary>Each story's thread links to other stories of this report, with their headline and first day for the views.</summary>
    private static List<ReportStory> WithThreads(List<ReportStory> stories, IEnumerable<StoryDocument> documents)
    {
        var links = documents.ToDictionary(d => d.Story.Id, d => d.Story.Threads, StringComparer.Ordinal);
        var byId = stories.ToDictionary(s => s.Id, StringComparer.Ordinal);
        return stories.Select(s => links.GetValueOrDefault(s.Id) is { IsDefaultOrEmpty: false } threads
            ? s with
            {
                Threads = threads
                    .Where(t => byId.ContainsKey(t.StoryId))
                    .Select(t => new ReportThreadLink(t.StoryId, t.Relation, t.Similarity, byId[t.StoryId].Headline, byId[t.StoryId].FirstPublished))
                    .ToList(),
            }
            : s).ToList();
    }

    private static DateTimeOffset Latest(IEnumerable<Article> articles) =>
        articles.Select(a => a.Metadata.Published ?? DateTimeOffset.MinValue).DefaultIfEmpty(DateTimeOffset.MinValue).Max();

    public static string? FormatDate(DateTimeOffset? value, bool dateOnly) =>
        value is not { } v ? null
        : dateOnly ? v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : v.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string FormatDay(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ReportArticle ToReport(Article a, Dictionary<string, DateOnly> inferred, HashSet<string> setAside, string label, ArticleVoice? voice)
    {
        bool useInferred = (a.Metadata.Published is null || setAside.Contains(a.Id)) && inferred.ContainsKey(a.Id);
        bool undated = !useInferred && setAside.Contains(a.Id);
        return new ReportArticle(
            a.Id, a.Source, a.Metadata.Outlet, a.Metadata.Title, a.Metadata.Url,
            useInferred ? FormatDay(inferred[a.Id]) : undated ? null : FormatDate(a.Metadata.Published, a.Metadata.PublishedDateOnly),
            useInferred || (!undated && a.Metadata.PublishedInferred), a.Metadata.Language,
            a.Text, a.Removed.Select(r => new ReportRemoval(r.Text, r.Reason)).ToList(), a.DuplicateOf, a.Metadata.Author, label,
            ArticleVoice.KindName(voice?.Kind ?? ArticleKind.News),
            (voice?.Cues ?? []).Select(c => new ReportKindCue(c.Source, c.Description, c.Strong, Cite(c.Citations))).ToList(),
            (voice?.Loaded ?? []).Select(l => new ReportLoadedSentence(new ReportCitation(l.Sentence.ArticleId, l.Sentence.Start, l.Sentence.End), l.Reason, l.Words)).ToList());
    }

    private static IReadOnlyList<ReportCitation> Cite(ImmutableArray<Citation> citations) =>
        citations.Select(c => new ReportCitation(c.ArticleId, c.Start, c.End)).ToList();

    private static IReadOnlyList<ReportTimelineEntry> Entries(ImmutableArray<TimelineEntry> entries) =>
        entries.Select(t => new ReportTimelineEntry(t.Id, t.Date, t.Event, Cite(t.Citations), t.ConflictingDates)).ToList();

    /// <summary>Version 1's index references, from the ids the items refer to each other by.</summary>
    private static IReadOnlyList<int> Indexes(ImmutableArray<string> ids, Dictionary<string, int> position) =>
        ids.Select(id => position[id]).ToList();

    private static ReportStory ToReport(StoryDocument s, IReadOnlyDictionary<string, ReportArticle> articles)
    {
        var storyDates = s.GetOrDefault(StoryDates.Section, StoryDates.Empty);
        var days = s.Story.Articles.Select(storyDates.PublishedDay).OfType<DateOnly>().ToList();
        var summary = s.GetOrDefault(StorySummary.Section, StorySummary.Empty);
        var ledger = s.GetOrDefault(FactLedger.Section, FactLedger.Empty);
        var timeline = s.GetOrDefault(StoryTimeline.Section, StoryTimeline.Empty);
        var factAt = ledger.Facts.Select((f, i) => (f.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var figures = s.GetOrDefault(StoryFigure.Section, []);
        var figureAt = figures.Select((f, i) => (f.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        string headline = summary.Headline?.Text ?? summary.Sentences.FirstOrDefault()?.Text
            ?? s.Story.Articles.Select(a => a.Metadata.Title).FirstOrDefault(t => t is not null) ?? "(untitled story)";
        return new ReportStory(
            s.Story.Id,
            headline,
            summary.Headline is null ? [] : Cite(summary.Headline.Citations),
            s.Story.Articles.Select(a => a.Id).ToList(),
            summary.Sentences.Select(x => new ReportSentence(x.Text, Cite(x.Citations))).ToList(),
            s.GetOrDefault(StoryEntity.Section, []).Select(e => new ReportEntity(e.Id, e.Name, e.Type.ToString().ToLowerInvariant(), e.Aliases, Cite(e.Mentions))).ToList(),
            s.GetOrDefault(StoryQuote.Section, []).Select(q => new ReportQuote(q.Id, q.Text, q.SpeakerId, q.SpeakerName, q.Direct, Cite(q.Citations), q.ParaphraseInQuoteMarks)).ToList(),
            ledger.Facts.Select((f, i) => new ReportFact(f.Id, f.Text, StatusName(f.Status), f.ArticleIds, f.IndependentSources, Cite(f.Citations),
                Indexes(f.ConflictsWith, factAt), f.ConflictsWith) { Rank = i + 1, Key = FactRanking.IsKey(ledger.Facts, i) }).ToList(),
            figures.Select(f => new ReportFigure(f.Id, f.Text, f.Value, f.Unit, f.About, Cite(f.Citations), Indexes(f.DiffersFrom, figureAt), f.DiffersFrom)).ToList(),
            s.GetOrDefault(FramingRow.Section, []).Select(f => new ReportFraming(f.EntityId, f.Labels.Select(l => new ReportFramingLabel(l.Label, l.ArticleIds, l.InQuote, l.Loaded, Cite(l.Citations))).ToList())
            {
                Verbs = f.Verbs.Select(v => new ReportFramingVerb(v.Verb, v.Lemma, v.Adverb, v.ArticleIds, v.InQuote, v.Loaded, Cite(v.Citations))).ToList(),
                Contrast = ReportText.ContrastLine(f.Contrast, articles),
            }).ToList(),
            Entries(timeline.Events),
            days.Count == 0 ? null : FormatDay(days.Min()),
            days.Count == 0 ? null : FormatDay(days.Max()),
            ledger.Conflicts.Select(c => new ReportConflict(c.Kind, c.Description, factAt[c.FactA], factAt[c.FactB], c.FactA, c.FactB)).ToList(),
            Entries(timeline.Background))
        {
            Outlets = OutletFacts.Of(s.Story, ledger).Select(o => new ReportOutlet(o.Outlet, o.ArticleIds, o.OnlyHere, o.LeftOut)).ToList(),
        };
    }

    public static string StatusName(FactStatus status) => status switch
    {
        FactStatus.Agreed => "agreed",
        FactStatus.SingleSource => "single-source",
        FactStatus.Contested => "contested",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };
}
