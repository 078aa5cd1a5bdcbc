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

        var ordered = closed
            .OrderByDescending(s => s.Articles.Length)
            .ThenByDescending(s => s.Last ?? DateTimeOffset.MinValue)
            .ThenBy(s => s.Key)
            .ToList();
        var stories = ImmutableArray.CreateBuilder<Story>(ordered.Count);
        var storyOf = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var byKey = new Dictionary<int, string>();
        for (int i = 0; i < ordered.Count; i++)
        {
            // a stream that keeps no members (a bounded-memory run) has no founder to name the story after
            string id = ordered[i].Articles.IsEmpty ? "s-k" + ordered[i].Key.ToString(System.Globalization.CultureInfo.InvariantCulture) : Story.IdFor(ordered[i].Articles[0]);
            // the stream files each copy under the first of its group it met; the credited original may have come later
            stories.Add(new Story(id, CopyOriginals.Resolve(ordered[i].Articles)));
            byKey[ordered[i].Key] = id;
            foreach (var k in ordered[i].MergedKeys) byKey[k] = id;
            foreach (var a in ordered[i].Articles) storyOf[a.Id] = id;
        }
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
            Merges = ordered.Sum(s => s.MergedKeys.Length),
        };
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
