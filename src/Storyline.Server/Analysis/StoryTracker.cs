using System.Collections.Immutable;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Storyline.Annotate.Entities;
using Storyline.Articles;
using Storyline.Pipeline;
using Storyline.Server.Ingestion;
using Storyline.Server.Settings;
using Storyline.Server.Store;
using Storyline.Stages;
using Storyline.Stories;

namespace Storyline.Server.Analysis;

/// <summary>
/// Keeps the stories current. Each step takes the articles stored since the last one (the store is the queue, so
/// nothing acknowledged is lost to a crash), annotates them with the pipeline's article stages, and regroups the
/// window of recent articles with the pipeline's grouper — the online grouper <c>digest</c> uses, copies and actor
/// consolidation included — so the window's stories are the ones <c>digest</c> would make of the same articles.
/// Story ids stay stable across steps (<see cref="StoryNaming"/>); stories whose articles changed are re-analysed once
/// <see cref="TrackerOptions.AnalysisDelay"/> has passed, and each analysis is stored with a version when what it says changed.
/// </summary>
/// <remarks>
/// The window is rebuilt from the store after a restart (articles keep their stored entity layers, so no annotation is
/// repeated), and regrouping is a function of the window's articles in arrival order: the grouper continues where it was.
/// One loop does all writes of the analysis, so a story is never analysed and regrouped at the same time.
/// </remarks>
public sealed class StoryTracker : BackgroundService
{
    private sealed class WindowEntry(long seq, Article light, long? publishedTicks, long receivedTicks)
    {
        public long Seq { get; } = seq;
        public Article Light { get; } = light;
        public long? PublishedTicks { get; } = publishedTicks;
        public long ReceivedTicks { get; } = receivedTicks;
        public string? StoryId { get; set; }
        public string? DuplicateOf { get; set; }
        public string? ResubmissionOf { get; set; }
    }

    private readonly StoryStore _store;
    private readonly IngestSignal _signal;
    private readonly TrackerOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<StoryTracker> _log;
    private readonly StorylinePipeline _pipeline;
    private readonly IStoryGrouper _grouper;
    private readonly AnnotatedArticles _annotated;
    private readonly SortedDictionary<long, WindowEntry> _window = new();
    private Dictionary<string, IReadOnlyList<string>> _storyOrder = new(StringComparer.Ordinal);
    private long? _latestPublished;
    private bool _loaded;
    private volatile bool _idle;

    public StoryTracker(StoryStore store, IngestSignal signal, TrackerOptions options, TimeProvider clock, ILogger<StoryTracker> log, ModelStore models)
    {
        _store = store;
        _signal = signal;
        _options = options;
        _clock = clock;
        _log = log;
        _pipeline = DefaultPipeline.Create(models);
        _grouper = _pipeline.Grouper;
        _annotated = new AnnotatedArticles(options.AnnotatedCacheSize);
    }

    /// <summary>True when no article waits to be grouped and no story waits to be analysed (as of the last loop).</summary>
    public bool Idle => _idle;

    /// <summary>Articles in the grouper's window now.</summary>
    public int WindowSize => _window.Count;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            bool worked;
            try { worked = await StepAsync(stoppingToken).ConfigureAwait(false); }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { break; }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                _log.LogError(ex, "analysis step failed; retrying");
                worked = false;
                await Task.Delay(TimeSpan.FromSeconds(1), _clock, stoppingToken).ConfigureAwait(false);
            }
            if (worked) continue;
            _idle = true;
            var wait = TimeSpan.FromSeconds(1);
            if (_store.NextDueTicks() is { } due)
                wait = TimeSpan.FromTicks(Math.Clamp(due - _clock.GetUtcNow().UtcTicks, TimeSpan.TicksPerMillisecond * 5, wait.Ticks));
            try { await _signal.WaitAsync(wait, stoppingToken).ConfigureAwait(false); }
            catch (OperationCanceledException) { break; }
        }
    }

    /// <summary>One step: group what is pending, then analyse what is due. False when there was nothing to do.</summary>
    public async Task<bool> StepAsync(CancellationToken cancellationToken)
    {
        if (!_loaded) Load();
        bool worked = false;
        var pending = _store.PendingArticles(_options.GroupingBatch);
        if (pending.Count > 0)
        {
            _idle = false;
            await GroupAsync(pending, cancellationToken).ConfigureAwait(false);
            worked = true;
        }
        var due = _store.DueStories(_clock.GetUtcNow().UtcTicks, Math.Max(2, Environment.ProcessorCount));
        if (due.Count > 0)
        {
            _idle = false;
            var results = new StoryAnalysisRecord?[due.Count];
            await Parallel.ForAsync(0, due.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
                (i, _) => { results[i] = Analyse(due[i]); return ValueTask.CompletedTask; }).ConfigureAwait(false);
            foreach (var r in results)
                if (r is not null) await _store.SaveAnalysisAsync(r, cancellationToken).ConfigureAwait(false);
            worked = true;
        }
        return worked;
    }

    private (long PublishedFrom, long ReceivedFrom) Bounds()
    {
        long window = _options.GroupingWindow.Ticks;
        long now = _clock.GetUtcNow().UtcTicks;
        return (_latestPublished is { } p ? p - window : long.MinValue, now - window);
    }

    /// <summary>Rebuilds the window from the store (at start, and so after a restart).</summary>
    private void Load()
    {
        _latestPublished = _store.LatestPublishedTicks();
        var (publishedFrom, receivedFrom) = Bounds();
        foreach (var a in _store.WindowArticles(publishedFrom, receivedFrom))
        {
            var entry = Entry(a, a.Entities is { } e ? EntityCodec.Decode(e, a.Text.Length) : []);
            entry.StoryId = a.StoryId;
            entry.DuplicateOf = a.DuplicateOf;
            entry.ResubmissionOf = a.ResubmissionOf;
            _window[a.Seq] = entry;
        }
        _loaded = true;
        _log.LogInformation("grouper window: {Count} articles", _window.Count);
    }

    private static WindowEntry Entry(StoredArticle a, ImmutableArray<EntityMention> entities)
    {
        var light = new Article(a.Id, a.Source, a.Text, a.Metadata, a.Removed).With(EntityMention.Layer, entities);
        return new WindowEntry(a.Seq, light, a.Metadata.Published is { } p && !a.Metadata.PublishedInferred ? p.UtcTicks : null, a.Received.UtcTicks);
    }

    private async Task GroupAsync(IReadOnlyList<StoredArticle> pending, CancellationToken cancellationToken)
    {
        var annotated = new Article?[pending.Count];
        var errors = new string?[pending.Count];
        Parallel.For(0, pending.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken }, i =>
        {
            try { annotated[i] = _pipeline.Annotate(pending[i].ToArticle().WithDuplicateOf(null)); }
            catch (Exception ex) when (ex is not OutOfMemoryException) { errors[i] = "analysis failed: " + ex.Message; }
        });
        var stored = new List<(long, byte[])>();
        var failed = new List<(long, string)>();
        var fresh = new HashSet<long>();
        for (int i = 0; i < pending.Count; i++)
        {
            if (annotated[i] is not { } a)
            {
                failed.Add((pending[i].Seq, errors[i]!));
                continue;
            }
            _annotated.Put(a);
            var entities = a.GetOrEmpty(EntityMention.Layer);
            stored.Add((pending[i].Seq, EntityCodec.Encode(entities)));
            var entry = Entry(pending[i], entities);
            _window[entry.Seq] = entry;
            fresh.Add(entry.Seq);
            if (entry.PublishedTicks is { } p && (_latestPublished is null || p > _latestPublished)) _latestPublished = p;
        }

        // articles that left the window keep their stories (and so those ids stay taken: see HeldOutside)
        var (publishedFrom, receivedFrom) = Bounds();
        foreach (var old in _window.Values.Where(e => !fresh.Contains(e.Seq) && !(e.PublishedTicks >= publishedFrom || (e.PublishedTicks is null && e.ReceivedTicks >= receivedFrom))).ToList())
            _window.Remove(old.Seq);

        var entries = _window.Values.ToList();
        var grouping = _grouper.Group([.. entries.Select(e => e.Light)]);
        var proposed = grouping.Stories.Select(s => new ProposedStory(s.Id, [.. s.Articles.Select(a => a.Id)])).ToList();
        var previous = entries.ToDictionary(e => e.Light.Id, e => e.StoryId, StringComparer.Ordinal);
        var arrival = entries.ToDictionary(e => e.Light.Id, e => e.Seq, StringComparer.Ordinal);
        var held = new Dictionary<string, bool>(StringComparer.Ordinal);
        var named = StoryNaming.Name(proposed, previous, arrival, id => held.TryGetValue(id, out var h) ? h : held[id] = HeldOutside(id));

        var byId = entries.ToDictionary(e => e.Light.Id, StringComparer.Ordinal);
        var placements = new List<ArticlePlacement>();
        var touched = new HashSet<string>(StringComparer.Ordinal);
        var finalOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var order = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        void Place(WindowEntry e, string? story, string? duplicateOf, string? resubmissionOf)
        {
            if (e.StoryId == story && e.DuplicateOf == duplicateOf && e.ResubmissionOf == resubmissionOf && !fresh.Contains(e.Seq)) return;
            if (e.StoryId is not null && e.StoryId != story) touched.Add(e.StoryId);
            if (story is not null && (e.StoryId != story || fresh.Contains(e.Seq) || e.DuplicateOf != duplicateOf)) touched.Add(story);
            e.StoryId = story;
            e.DuplicateOf = duplicateOf;
            e.ResubmissionOf = resubmissionOf;
            placements.Add(new ArticlePlacement(e.Light.Id, story, duplicateOf, resubmissionOf));
        }
        for (int i = 0; i < grouping.Stories.Length; i++)
        {
            var id = named.Ids[i];
            order[id] = proposed[i].Members;
            foreach (var a in grouping.Stories[i].Articles)
            {
                finalOf[a.Id] = id;
                Place(byId[a.Id], id, a.DuplicateOf, null);
            }
        }
        foreach (var d in grouping.Dropped)
        {
            string? story = finalOf.GetValueOrDefault(d.DuplicateOf) ?? (byId.TryGetValue(d.DuplicateOf, out var o) ? o.StoryId : null);
            Place(byId[d.Article.Id], story, null, d.DuplicateOf);
        }
        foreach (var from in named.Aliases.Keys) touched.Remove(from);
        foreach (var to in named.Aliases.Values) touched.Add(to);

        var due = _clock.GetUtcNow().UtcTicks + _options.AnalysisDelay.Ticks;
        await _store.ApplyGroupingAsync(new GroupingUpdate(stored, failed, placements, touched,
            [.. named.Aliases.Select(kv => new StoryAlias(kv.Key, kv.Value))], due), cancellationToken).ConfigureAwait(false);
        _storyOrder = order;
        if (failed.Count > 0) _log.LogWarning("{Count} articles could not be analysed", failed.Count);
    }

    /// <summary>True when an article outside the window belongs to the story: the id lives on there, whatever the window does.</summary>
    private bool HeldOutside(string storyId) => _store.StorySeqs(storyId).Any(seq => !_window.ContainsKey(seq));

    /// <summary>Analyses one story as <c>digest</c> would: its annotated articles in story order, through the story stages.</summary>
    private StoryAnalysisRecord? Analyse(string storyId)
    {
        var members = _store.StoryArticles(storyId);
        if (members.Count == 0) return null;
        IEnumerable<StoredArticle> ordered = members;
        if (_storyOrder.TryGetValue(storyId, out var order))
        {
            var rank = order.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
            // articles outside the window first (they are older), then the window's in the grouper's order
            ordered = members.OrderBy(m => rank.TryGetValue(m.Id, out var r) ? 1 : 0).ThenBy(m => rank.GetValueOrDefault(m.Id)).ThenBy(m => m.Seq);
        }
        var chosen = ordered.ToList();
        if (chosen.Count > _options.MaxAnalysedArticles) chosen = chosen[^_options.MaxAnalysedArticles..];
        var articles = new List<Article>(chosen.Count);
        foreach (var m in chosen)
        {
            var a = _annotated.Get(m.Id);
            if (a is null)
            {
                try { a = _pipeline.Annotate(m.ToArticle().WithDuplicateOf(null)); }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    _log.LogWarning("article {Id} could not be annotated again: {Reason}", m.Id, ex.Message);
                    continue;
                }
                _annotated.Put(a);
            }
            articles.Add(a.WithDuplicateOf(m.DuplicateOf));
        }
        if (articles.Count == 0) return null;
        var story = new Story(storyId, [.. articles]);
        StoryDocument analysis;
        try { analysis = _pipeline.Analyze(story); }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // stored without its sections, so the story still shows (headline, articles) and is not retried forever
            _log.LogWarning("story {Id} could not be analysed: {Reason}", storyId, ex.Message);
            analysis = new StoryDocument(story);
        }
        return StoryReports.Build(analysis, articles);
    }
}
