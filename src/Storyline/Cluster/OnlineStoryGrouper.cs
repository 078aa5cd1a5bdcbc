using Storyline.Stories;
using Storyline.Stages;
using System.Collections.Immutable;
using Storyline.Articles;

namespace Storyline.Cluster;

/// <summary>
/// Groups articles into stories with the online <see cref="StoryStream"/>: articles are fed in publication
/// order (stable; an undated article keeps its place after the dated one before it), copies are marked and
/// exact re-submissions dropped. The default grouper of <c>storyline digest</c>.
/// </summary>
public sealed class OnlineStoryGrouper : IStoryGrouper
{
    private readonly StoryClustererSettings _settings;
    private readonly CopyDetectorSettings _copySettings;

    public OnlineStoryGrouper(StoryClustererSettings? settings = null, CopyDetectorSettings? copySettings = null)
    {
        _settings = settings ?? StoryClustererSettings.Default;
        _copySettings = copySettings ?? CopyDetectorSettings.Default;
    }

    /// <summary>Articles whose document frequencies seed the IDF (optional).</summary>
    public IReadOnlyList<Article>? Background { get; init; }

    /// <summary>
    /// Merge, after the stream pass, stories within the active window whose main actors largely coincide (see
    /// <see cref="ActorConsolidation"/>). Right for a digest of one batch (a few articles over several days, some
    /// undated or machine-translated, where word similarity is weak); off for dense streams and their eval.
    /// </summary>
    public bool ConsolidateByActors { get; init; }

    public Grouping Group(IReadOnlyList<Article> articles) => Group(articles, null);

    public Grouping Group(IReadOnlyList<Article> articles, IProgress<int>? placed)
    {
        var result = GroupStream(articles, placed);
        return ConsolidateByActors ? ActorConsolidation.Apply(result, _settings.ActiveWindow) : result;
    }

    private Grouping GroupStream(IReadOnlyList<Article> articles, IProgress<int>? placed)
    {
        var stream = new StoryStream(_settings, _copySettings);
        if (Background is not null) stream.SeedDocumentFrequencies(Background);
        var closed = new List<ClosedStory>();
        var dropped = new List<(Article Article, StreamDecision Decision)>();
        int fed = 0;
        foreach (var article in InPublicationOrder(articles))
        {
            var decision = stream.Add(article);
            if (decision.ExactResubmission) dropped.Add((article, decision));
            closed.AddRange(stream.TakeClosed());
            placed?.Report(++fed);
        }
        closed.AddRange(stream.Flush());

        var episodes = Episodes(closed);
        var ordered = episodes
            .OrderByDescending(s => s.Articles.Length)
            .ThenByDescending(s => s.Last ?? DateTimeOffset.MinValue)
            .ThenBy(s => s.Key)
            .ToList();
        var storyOf = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var byKey = new Dictionary<int, string>();
        var ids = new string[ordered.Count];
        for (int i = 0; i < ordered.Count; i++)
        {
            // a stream that keeps no members (a bounded-memory run) has no founder to name the story after
            ids[i] = ordered[i].Articles.IsEmpty ? "s-k" + ordered[i].Key.ToString(System.Globalization.CultureInfo.InvariantCulture) : Story.IdFor(ordered[i].Articles[0]);
            foreach (var k in ordered[i].Keys) byKey[k] = ids[i];
            foreach (var a in ordered[i].Articles) storyOf[a.Id] = ids[i];
        }
        var threads = ThreadLinks(ordered, ids, byKey);
        var stories = ImmutableArray.CreateBuilder<Story>(ordered.Count);
        for (int i = 0; i < ordered.Count; i++)
            // the stream files each copy under the first of its group it met; the credited original may have come later
            stories.Add(new Story(ids[i], CopyOriginals.Resolve(ordered[i].Articles)) { Threads = threads[i] });
        var droppedResult = ImmutableArray.CreateBuilder<DroppedArticle>(dropped.Count);
        foreach (var (article, decision) in dropped)
        {
            // the original's story, found through the original itself (robust to later merges)
            string? storyId = storyOf.GetValueOrDefault(decision.DuplicateOf!) ?? byKey.GetValueOrDefault(decision.StoryKey);
            droppedResult.Add(new DroppedArticle(article, decision.DuplicateOf!, storyId));
            if (storyId is not null) storyOf.TryAdd(article.Id, storyId);
        }
        return new Grouping(stories.MoveToImmutable(), droppedResult.MoveToImmutable())
        {
            StoryOf = storyOf.ToImmutable(),
            Merges = closed.Sum(s => s.MergedKeys.Length),
            Resumed = closed.Sum(s => s.Continues.Length),
        };
    }

    /// <summary>A story as the reader sees it: the episodes the stream closed, joined where one resumed another.</summary>
    private sealed record JoinedStory(int Key, ImmutableArray<Article> Articles, DateTimeOffset? Last, ImmutableArray<int> Keys, ImmutableArray<(int Key, double Similarity)> Earlier);

    /// <summary>
    /// Joins each closed story with the earlier episodes it continues (a quiet story resumed by a strong match): one story,
    /// its articles in arrival order, its timeline running across the quiet spell. Keys of merged-away stories are kept too.
    /// </summary>
    private static List<JoinedStory> Episodes(List<ClosedStory> closed)
    {
        var parent = new Dictionary<int, int>();
        int Find(int k)
        {
            while (parent.TryGetValue(k, out var p) && p != k) k = p;
            return k;
        }
        foreach (var s in closed) parent.TryAdd(s.Key, s.Key);
        foreach (var s in closed)
            foreach (var c in s.Continues)
            {
                int a = Find(s.Key), b = Find(c);
                // the earlier episode names the story (its key is the lower: keys are handed out in arrival order)
                if (a != b) { if (a < b) parent[b] = a; else parent[a] = b; }
            }
        return closed
            .GroupBy(s => Find(s.Key))
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var parts = g.OrderBy(s => s.First ?? DateTimeOffset.MinValue).ThenBy(s => s.Key).ToList();
                return new JoinedStory(
                    g.Key,
                    [.. parts.SelectMany(p => p.Articles)],
                    parts.Max(p => p.Last),
                    [.. parts.SelectMany(p => p.MergedKeys.Prepend(p.Key))],
                    [.. parts.SelectMany(p => p.Earlier)]);
            })
            .ToList();
    }

    /// <summary>Each story's thread links, both ways ("earlier" on the later story, "later" on the earlier one), the best
    /// similarity when two episodes link the same pair; a link inside one story (its episodes later joined) is dropped.</summary>
    private static ImmutableArray<StoryThreadLink>[] ThreadLinks(List<JoinedStory> stories, string[] ids, Dictionary<int, string> byKey)
    {
        var links = new Dictionary<(string From, string To, string Relation), double>();
        for (int i = 0; i < stories.Count; i++)
            foreach (var (key, similarity) in stories[i].Earlier)
            {
                if (!byKey.TryGetValue(key, out var other) || other == ids[i]) continue;
                foreach (var link in new[] { (ids[i], other, StoryThreadLink.Earlier), (other, ids[i], StoryThreadLink.Later) })
                    links[link] = Math.Max(links.GetValueOrDefault(link), similarity);
            }
        var firstOf = new Dictionary<string, DateTimeOffset?>(StringComparer.Ordinal);
        for (int i = 0; i < stories.Count; i++)
            firstOf[ids[i]] = stories[i].Articles.IsEmpty ? null : stories[i].Articles.Select(StreamClock.TimeOf).Min();
        return ids.Select(id => links
                .Where(l => l.Key.From == id)
                .OrderBy(l => firstOf.GetValueOrDefault(l.Key.To) ?? DateTimeOffset.MinValue)
                .ThenBy(l => l.Key.To, StringComparer.Ordinal)
                .Select(l => new StoryThreadLink(l.Key.To, l.Key.Relation, Math.Round(l.Value, 4)))
                .ToImmutableArray())
            .ToArray();
    }

    /// <summary>Stable sort by publication time; an undated article sorts as if published with the dated article before it.</summary>
    internal static IReadOnlyList<Article> InPublicationOrder(IReadOnlyList<Article> articles)
    {
        var keys = new long[articles.Count];
        long carry = long.MinValue;
        for (int i = 0; i < articles.Count; i++)
        {
            if (StreamClock.TimeOf(articles[i]) is { } p) carry = p.UtcTicks;
            keys[i] = carry;
        }
        var index = Enumerable.Range(0, articles.Count).ToArray();
        // Array.Sort is not stable: break ties on the input position
        Array.Sort(index, (a, b) => keys[a] != keys[b] ? keys[a].CompareTo(keys[b]) : a.CompareTo(b));
        return index.Select(i => articles[i]).ToArray();
    }
}
