using Storyline.Compare.Dates;
using Storyline.Stages;
using Storyline.Stories;
using System.Collections.Immutable;
using System.Globalization;
using Storyline.Annotate.Quotes;
using Storyline.Articles;
using Storyline.Compare.Facts.Claims;
using Storyline.Pipeline;
using Storyline.Similarity;
using Storyline.Text;
using Storyline.Language;

namespace Storyline.Compare.Timeline;

/// <summary>
/// Places the story's events on dates: every sentence with a day-precise time expression is an event
/// mention; mentions of one day that say the same thing become one entry citing every source; the same
/// event given different days by different outlets is shown with its conflicting dates. Events before
/// the story's first article are background, kept apart from the story's own timeline.
/// </summary>
/// <param name="matcher">Decides which mentions tell one event (default: <see cref="LexicalSentenceMatcher"/>).</param>
/// <param name="packs">The language packs sentences are read with (default: <see cref="LanguagePacks.Default"/>).</param>
public sealed class TimelineStage(ISentenceMatcher? matcher = null, LanguagePacks? packs = null) : IStoryStage
{
    private readonly ISentenceMatcher _matcher = matcher ?? LexicalSentenceMatcher.Instance;
    private readonly LanguagePacks _packs = packs ?? LanguagePacks.Default;

    /// <summary>Plans announced for the coming days belong to the story; further out they are plans, not events.</summary>
    private const int FutureDays = 1;

    public string Name => "timeline";
    public IReadOnlyList<Feature> Requires => [StoryDates.Section, Quote.Layer];
    public IReadOnlyList<Feature> Provides => [StoryTimeline.Section];
    public LanguageSet Languages => LanguageSet.Of("en");

    public StoryDocument Process(StoryDocument analysis)
    {
        var story = analysis.Story;
        var dates = analysis.Get(StoryDates.Section);
        var published = story.Articles.Select(dates.PublishedDay).OfType<DateOnly>().ToList();
        if (published.Count == 0) return analysis.With(StoryTimeline.Section, StoryTimeline.Empty);
        var start = published.Min().AddDays(-ComparisonSettings.BackgroundBeforeFirstArticleDays);
        var end = published.Max().AddDays(FutureDays);

        var mentions = new List<Mention>();
        foreach (var (articleId, spans) in dates.EventDates)
        {
            var article = story[articleId];
            foreach (var group in spans.GroupBy(s => (s.Sentence, s.Date)))
            {
                var sentence = group.Key.Sentence;
                // whole-sentence words: a quoted phrase ("interest groups") names the event as well as narration does
                mentions.Add(new Mention(mentions.Count, articleId, group.Key.Date, sentence, ContentTerms.Collect(article.Slice(sentence), _packs.Of(article)), ArticleIndex(story, articleId)));
            }
        }
        var events = _matcher.Prepare(mentions.Select(m => new SentenceView(story[m.ArticleId].SliceString(m.Sentence), m.Terms)).ToList());
        bool SameEvent(Mention x, Mention y, MatchPurpose purpose) => events.Compare(x.Index, y.Index, purpose).Same;

        var entries = new List<List<Mention>>();
        // entries by day, each day's in the order they were opened: a mention only ever joins an entry of its own day
        var onDay = new Dictionary<DateOnly, List<List<Mention>>>();
        foreach (var m in mentions.OrderBy(m => m.Date).ThenBy(m => m.ArticleIndex).ThenBy(m => m.Sentence.Start))
        {
            if (!onDay.TryGetValue(m.Date, out var sameDay)) onDay[m.Date] = sameDay = [];
            var home = sameDay.FirstOrDefault(e => e.All(x => x.ArticleId != m.ArticleId) && e.Any(x => SameEvent(x, m, MatchPurpose.TimelineSameDay)));
            if (home is null) { entries.Add([m]); sameDay.Add(entries[^1]); }
            else home.Add(m);
        }
        // two entries can tell one event on other days only through articles of different ids: an entry told by one article
        // is never compared with the other entries of that article alone (a long text's dates would pair all with all)
        var onlyArticle = entries.Select(e => e.All(x => x.ArticleId == e[0].ArticleId) ? e[0].ArticleId : null).ToArray();
        var notOnly = new Dictionary<string, List<List<Mention>>>(StringComparer.Ordinal);
        List<List<Mention>> Others(int k) => onlyArticle[k] is not { } a ? entries
            : notOnly.TryGetValue(a, out var list) ? list
            : notOnly[a] = [.. entries.Where((_, j) => onlyArticle[j] != a)];

        var timeline = ImmutableArray.CreateBuilder<TimelineEntry>();
        var background = ImmutableArray.CreateBuilder<TimelineEntry>();
        for (int k = 0; k < entries.Count; k++)
        {
            var entry = entries[k];
            var date = entry[0].Date;
            if (date > end) continue;
            var other = Others(k).Where(e => e != entry && e[0].Date != date
                    && e.Any(x => entry.Any(y => y.ArticleId != x.ArticleId && SameEvent(x, y, MatchPurpose.TimelineOtherDay))))
                .Select(e => Iso(e[0].Date)).Distinct().Order().ToImmutableArray();
            var shown = entry.OrderBy(x => x.Terms.Count).First(x => x.Terms.Count >= 3 || x == entry[^1]);
            var article = story[shown.ArticleId];
            var text = article.SliceString(Dateline.Strip(article.Text, shown.Sentence));
            var item = new TimelineEntry(Iso(date), text, entry.Select(x => new Citation(x.ArticleId, x.Sentence)).ToImmutableArray())
            {
                ConflictingDates = other,
            };
            (date < start ? background : timeline).Add(item);
        }
        // stable ids, unique over events and background together: the date and what happened on it
        var all = timeline.Concat(background).ToList();
        var ids = StoryItemIds.Assign(story.Id, StoryItemIds.Timeline, all.Select(t => ($"{t.Date}\n{t.Event}", StoryItemIds.CitationKey(t.Citations))).ToList());
        return analysis.With(StoryTimeline.Section, new StoryTimeline(
            [.. timeline.Select((t, i) => t with { Id = ids[i] })],
            [.. background.Select((t, i) => t with { Id = ids[timeline.Count + i] })]));
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int ArticleIndex(Story story, string id)
    {
        for (int i = 0; i < story.Articles.Length; i++) if (story.Articles[i].Id == id) return i;
        return int.MaxValue;
    }

    private sealed record Mention(int Index, string ArticleId, DateOnly Date, TextSpan Sentence, HashSet<string> Terms, int ArticleIndex);
}
