using Storyline.Stages;
using Storyline.Stories;
using System.Collections.Immutable;
using Storyline.Annotate.Quotes;
using Storyline.Annotate.Time;
using Storyline.Compare.Facts.Claims;
using Storyline.Articles;
using Storyline.Cluster;
using Storyline.Pipeline;
using Storyline.Similarity;
using Storyline.Text;
using Storyline.Language;

namespace Storyline.Compare.Dates;

/// <summary>
/// Dates the undated articles of a story from its dated ones, then places every article's time
/// expressions on the calendar. An article that says "on Saturday" about an event another outlet dated
/// to Saturday 26 January is placed in the days after it: each candidate publication day resolves the
/// article's weekdays; the day whose dated events best match what dated articles report on those days
/// wins, and among equals the one that makes its weekdays most recent (news reports the last few days).
/// Inferred dates go to <see cref="StoryDates"/>: articles themselves are not rewritten after grouping.
/// </summary>
/// <param name="matcher">Decides which dated sentences report the same event (default: <see cref="LexicalSentenceMatcher"/>).</param>
/// <param name="packs">The language packs whose date cues each article is read with (default: <see cref="LanguagePacks.Default"/>).</param>
public sealed class PublicationDateStage(ISentenceMatcher? matcher = null, LanguagePacks? packs = null) : IStoryStage
{
    private readonly ISentenceMatcher _matcher = matcher ?? LexicalSentenceMatcher.Instance;
    private readonly LanguagePacks _packs = packs ?? LanguagePacks.Default;

    /// <summary>Resolving is the costly step: an article's first dated expressions carry the evidence.</summary>
    private const int MaxExpressionsPerArticle = 16;

    /// <summary>Without matching events, an undated article is placed among the story's days or shortly before them.</summary>
    private const int FallbackDaysBefore = 3;

    public string Name => "publication-dates";
    public IReadOnlyList<Feature> Requires => [Sentence.Layer, TimeExpression.Layer, Quote.Layer];
    public IReadOnlyList<Feature> Provides => [StoryDates.Section];
    public LanguageSet Languages => LanguageSet.Of("en");

    public StoryDocument Process(StoryDocument document)
    {
        var articles = document.Story.Articles;
        var mentions = articles.ToDictionary(a => a.Id, a => Mentions(a, _packs.Of(a).DateCues));
        // every sentence of the story: the matcher weighs words by how many of them use each
        var index = new Dictionary<(string, TextSpan), int>();
        var views = new List<SentenceView>();
        foreach (var a in articles)
            foreach (var s in a.GetOrEmpty(Sentence.Layer))
                if (index.TryAdd((a.Id, s.Span), views.Count)) views.Add(new SentenceView(a.SliceString(s.Span)));
        var sentences = new StorySentences(_matcher.Prepare(views), index);

        // the day each article was published: declared, or inferred here (articles themselves are never rewritten); a day the
        // cleaner read from the article's own text is a candidate, kept unless the story shows it to be a background date
        var anchors = articles.Where(a => a.Metadata.Published is not null && !a.Metadata.PublishedInferred)
            .ToDictionary(a => a.Id, a => DateOnly.FromDateTime(a.Metadata.Published!.Value.Date));
        var fromText = articles.Where(a => a.Metadata.Published is not null && a.Metadata.PublishedInferred)
            .ToDictionary(a => a.Id, a => DateOnly.FromDateTime(a.Metadata.Published!.Value.Date));
        var setAside = TextDateVetting.SetAside(articles, anchors, fromText, a => _packs.Of(a).DateCues);
        foreach (var (id, day) in fromText)
            if (!setAside.ContainsKey(id)) anchors[id] = day;
        var inferred = ImmutableDictionary.CreateBuilder<string, DateOnly>(StringComparer.Ordinal);

        // dated mentions of articles whose anchor is known
        var dated = new Dictionary<string, List<(DateOnly Date, TextSpan Sentence)>>();
        foreach (var a in articles.Where(a => anchors.ContainsKey(a.Id)))
            dated[a.Id] = Resolve(a, _packs.Of(a).DateCues, mentions[a.Id], anchors[a.Id], declared: true).Select(d => (d.Date, d.Sentence)).ToList();

        for (int pass = 0; pass < articles.Length; pass++)
        {
            bool progress = false;
            foreach (var article in articles)
            {
                if (anchors.ContainsKey(article.Id) || mentions[article.Id].Count == 0 || dated.Count == 0) continue;
                var day = Infer(article, _packs.Of(article).DateCues, mentions[article.Id], dated, anchors, sentences);
                if (day is null) continue;
                anchors[article.Id] = inferred[article.Id] = day.Value;
                dated[article.Id] = Resolve(article, _packs.Of(article).DateCues, mentions[article.Id], day.Value, declared: false).Select(d => (d.Date, d.Sentence)).ToList();
                progress = true;
            }
            if (!progress) break;
        }

        var eventDates = ImmutableDictionary.CreateBuilder<string, ImmutableArray<DatedSpan>>(StringComparer.Ordinal);
        foreach (var a in articles)
        {
            if (anchors.TryGetValue(a.Id, out var anchor))
                eventDates[a.Id] = Resolve(a, _packs.Of(a).DateCues, mentions[a.Id], anchor, declared: !inferred.ContainsKey(a.Id), limit: int.MaxValue).ToImmutableArray();
            else if (setAside.ContainsKey(a.Id) && Absolute(a, _packs.Of(a).DateCues, mentions[a.Id]) is { Length: > 0 } absolute)
                eventDates[a.Id] = absolute; // undated, but "Nov. 1, 1995" is that day whenever it was written: background for the timeline
        }
        return document.With(StoryDates.Section, new StoryDates(inferred.ToImmutable(), eventDates.ToImmutable(), setAside));
    }

    /// <summary>The expressions of an undated article that name the same day whatever the publication day (a full date with its year).</summary>
    private static ImmutableArray<DatedSpan> Absolute(Article a, DateCueVocabulary cues, List<(TimeExpression Expression, TextSpan Sentence)> mentions)
    {
        // two anchors years apart: an expression that resolves to the same day under both carries its own year
        var early = Resolve(a, cues, mentions, new DateOnly(2001, 1, 1), declared: false, limit: int.MaxValue);
        var late = Resolve(a, cues, mentions, new DateOnly(2013, 7, 1), declared: false, limit: int.MaxValue).ToHashSet();
        return early.Where(late.Contains).ToImmutableArray();
    }

    /// <summary>The story's sentences prepared for the matcher, found by article and span.</summary>
    private sealed record StorySentences(ISentenceComparer Comparer, Dictionary<(string, TextSpan), int> Index)
    {
        public MatchScore Compare(string articleA, TextSpan a, string articleB, TextSpan b) =>
            Comparer.Compare(Index[(articleA, a)], Index[(articleB, b)], MatchPurpose.PublicationDateEvidence);
    }

    private static DateOnly? Infer(Article article, DateCueVocabulary cues, List<(TimeExpression Expression, TextSpan Sentence)> own,
        Dictionary<string, List<(DateOnly Date, TextSpan Sentence)>> dated, Dictionary<string, DateOnly> anchors, StorySentences sentences)
    {
        var knownDays = dated.Keys.Select(id => anchors[id]).ToList();
        // the days near a dated article, not every day between the earliest and the latest: a story whose dates span
        // years (an article dated from a precedent it recalls) would otherwise resolve its expressions for thousands of days
        var days = knownDays
            .SelectMany(d => Enumerable.Range(-ComparisonSettings.InferenceWindowDays, 2 * ComparisonSettings.InferenceWindowDays + 1).Select(d.AddDays))
            .Distinct().Order().ToList();
        var candidates = new List<(DateOnly Day, double Evidence, int Recency)>();
        foreach (var day in days)
        {
            // "today", "the day": they name the publication day itself and say nothing about which day it is
            var resolved = Resolve(article, cues, own, day, declared: false).Where(r => r.Date != day).ToList();
            if (resolved.Count == 0) continue;
            double evidence = 0;
            int recency = 0;
            foreach (var r in resolved)
            {
                if (r.Date <= day) recency += day.DayNumber - r.Date.DayNumber;
                // the best match among what dated articles report on that day, counted when it is the same event
                MatchScore match = default;
                foreach (var (id, list) in dated)
                {
                    if (id == article.Id) continue;
                    foreach (var (date, sentence) in list)
                        if (date == r.Date && sentences.Compare(article.Id, r.Sentence, id, sentence) is var m && m.Score > match.Score) match = m;
                }
                if (match.Same) evidence += match.Score;
            }
            candidates.Add((day, evidence, recency));
        }
        if (candidates.Count == 0) return null;
        var withEvidence = candidates.Where(c => c.Evidence > 0).ToList();
        if (withEvidence.Count > 0)
            return withEvidence.OrderByDescending(c => Math.Round(c.Evidence, 6)).ThenBy(c => c.Recency).ThenBy(c => c.Day).First().Day;
        // no event matched: the article still belongs to the story's days, and news reports the last few days
        var storyDays = candidates.Where(c => c.Day >= knownDays.Min().AddDays(-FallbackDaysBefore) && c.Day <= knownDays.Max()).ToList();
        return storyDays.Count == 0 ? null : storyDays.OrderBy(c => c.Recency).ThenBy(c => c.Day).First().Day;
    }

    private static List<(TimeExpression Expression, TextSpan Sentence)> Mentions(Article a, DateCueVocabulary cues)
    {
        var sentences = new SentenceLookup(a.GetOrEmpty(Sentence.Layer));
        var quotes = QuoteSpans.Of(a.GetOrEmpty(Quote.Layer));
        var list = new List<(TimeExpression, TextSpan)>();
        foreach (var e in a.GetOrEmpty(TimeExpression.Layer))
        {
            if (e.Type != TimexType.Date) continue;
            var s = sentences.Containing(e.Span);
            if (s.Span.IsEmpty) continue;
            // "today" in a quotation is the speaker's day, not the outlet's
            if (ClaimExtractor.InQuote(e.Span, quotes, a.Text, s.Span)) continue;
            // "the day after his oath", "the following day": relative to another event, not to the publication day
            if (ContainsAny(a.Slice(e.Span), cues.AnaphoricCues)) continue;
            list.Add((e, s.Span));
        }
        return list;
    }

    /// <summary>Day-precise dates of an article's expressions, for a given publication day.</summary>
    /// <param name="declared">True when <paramref name="anchor"/> is the article's declared publication day, the day the
    /// time stage already resolved its expressions against.</param>
    private static List<DatedSpan> Resolve(Article a, DateCueVocabulary cues, List<(TimeExpression Expression, TextSpan Sentence)> mentions, DateOnly anchor, bool declared, int limit = MaxExpressionsPerArticle)
    {
        var result = new List<DatedSpan>();
        var anchorTime = new DateTimeOffset(anchor.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        foreach (var (e, sentence) in mentions.Take(limit))
        {
            DateOnly? date = null;
            if (declared && !a.Metadata.PublishedInferred && IsDay(e.Value))
                date = e.Date; // the stage already resolved it against this very anchor
            else
            {
                var tense = TenseDetector.Detect(a.Text, sentence, e.Span);
                var r = TimeResolver.Resolve(a.SliceString(e.Span), anchorTime, tense);
                if (r is { } resolved && IsDay(resolved.Value)) date = resolved.Date;
            }
            // "has called for protests on Wednesday": a plan, so a day on or before publication is a misreading of its tense
            if (date is { } plan && plan <= anchor && ContainsAny(a.Slice(sentence), cues.PlanCues)) continue;
            if (date is { } d) result.Add(new DatedSpan(e.Span, d, sentence));
        }
        return result;
    }

    private static bool ContainsAny(ReadOnlySpan<char> text, ImmutableArray<string> cues)
    {
        foreach (var cue in cues)
            if (text.Contains(cue, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>True for a TIMEX3 value naming one calendar day (yyyy-MM-dd).</summary>
    private static bool IsDay(string value) =>
        value.Length == 10 && value[4] == '-' && value[7] == '-' && char.IsDigit(value[0]) && char.IsDigit(value[9]);
}
