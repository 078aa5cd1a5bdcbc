using Storyline.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Storyline.Articles;
using Storyline.Clean;
using Storyline.Ingest;
using Storyline.Ingest.Feeds;
using Storyline.Ingest.Fetch;
using Storyline.Problems;
using Storyline.Server.Settings;
using Storyline.Server.Store;

namespace Storyline.Server.Ingestion;

/// <summary>
/// Follows feeds. Each feed is polled at its own interval with a conditional GET (its last ETag and Last-Modified), so
/// an unchanged feed costs its server a 304; a failing feed waits twice as long after each failure (up to
/// <see cref="TrackerOptions.MaxFeedBackoff"/>) and shows its last problem. An item whose text is only a teaser has the
/// page it links to fetched and extracted. Every fetch goes through the engine's <see cref="HttpFetcher"/>: http(s) only,
/// size and time limits, and no connection to loopback or private addresses unless the options allow it (tests).
/// </summary>
public sealed class FeedPoller : BackgroundService
{
    private readonly StoryStore _store;
    private readonly ArticleIntake _intake;
    private readonly FileReader _reader;
    private readonly TrackerOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<FeedPoller> _log;
    private readonly HttpFetcher _fetcher;
    private readonly FeedArticleReader _feedReader = new();

    public FeedPoller(StoryStore store, ArticleIntake intake, FileReader reader, TrackerOptions options, TimeProvider clock, ILogger<FeedPoller> log)
    {
        _store = store;
        _intake = intake;
        _reader = reader;
        _options = options;
        _clock = clock;
        _log = log;
        _fetcher = new HttpFetcher(FetchOptions.Default with { AllowPrivateAddresses = options.AllowPrivateAddresses });
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        foreach (var url in _options.Feeds)
            await _store.AddFeedAsync(url, (int)_options.FeedInterval.TotalSeconds, stoppingToken).ConfigureAwait(false);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var feed in _store.DueFeeds(_clock.GetUtcNow().UtcTicks))
                    await PollAsync(feed, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { break; }
            catch (Exception ex) when (ex is not OutOfMemoryException) { _log.LogError(ex, "feed polling failed; retrying"); }
            // new feeds are due at once: look again within a second
            var wait = TimeSpan.FromSeconds(1);
            if (_store.NextFeedPollTicks() is { } next)
                wait = TimeSpan.FromTicks(Math.Clamp(next - _clock.GetUtcNow().UtcTicks, TimeSpan.TicksPerMillisecond * 50, wait.Ticks));
            try { await Task.Delay(wait, _clock, stoppingToken).ConfigureAwait(false); }
            catch (OperationCanceledException) { break; }
        }
    }

    /// <summary>Polls one feed and stores what it found (new articles, validators, health).</summary>
    public async Task PollAsync(FeedRow feed, CancellationToken cancellationToken)
    {
        var interval = TimeSpan.FromSeconds(feed.IntervalSeconds);
        if (!Uri.TryCreate(feed.Url, UriKind.Absolute, out var uri))
        {
            await Fail(feed, interval, "not a valid URL", cancellationToken).ConfigureAwait(false);
            return;
        }
        var validators = feed.ETag is null && feed.LastModified is null ? null : new FetchValidators(feed.ETag, feed.LastModified);
        var result = await _fetcher.FetchAsync(uri, validators, cancellationToken).ConfigureAwait(false);
        if (result.NotModified)
        {
            await _store.RecordPollAsync(new FeedPollRecord(feed.Id, null, result.Validators?.ETag, result.Validators?.LastModified, interval, null, 0), cancellationToken).ConfigureAwait(false);
            return;
        }
        if (result.Document is not { } document)
        {
            await Fail(feed, interval, result.Problem?.Reason ?? "could not be fetched", cancellationToken).ConfigureAwait(false);
            return;
        }
        var text = System.Text.Encoding.UTF8.GetString(document.Bytes.Span[..Math.Min(document.Bytes.Length, 4096)]);
        if (_feedReader.Score(document, text) == 0)
        {
            await Fail(feed, interval, "not an RSS, Atom or RDF feed", cancellationToken).ConfigureAwait(false);
            return;
        }
        var read = _reader.Read(document);
        var problems = new List<Problem>(read.Problems);
        var items = read.Drafts;
        var drafts = new List<ArticleDraft>(items.Length);
        foreach (var item in items)
            drafts.Add(await WithFullTextAsync(item, problems, cancellationToken).ConfigureAwait(false));
        var stored = await _intake.AddAsync(drafts, cancellationToken).ConfigureAwait(false);
        int created = stored.Count(s => s.Created);
        // item-level trouble (a teaser whose page could not be fetched, a record too short) is shown, not fatal
        var itemProblems = problems.Select(p => p.Reason).Concat(stored.Where(s => !s.Accepted).Select(s => s.Problem!)).ToList();
        string? title = items.Select(i => i.Metadata.Outlet).FirstOrDefault(o => o is not null);
        await _store.RecordPollAsync(new FeedPollRecord(feed.Id, title, result.Validators?.ETag, result.Validators?.LastModified, interval, null, created), cancellationToken).ConfigureAwait(false);
        if (itemProblems.Count > 0) _log.LogInformation("feed {Url}: {Count} items not used: {First}", feed.Url, itemProblems.Count, itemProblems[0]);
    }

    private Task Fail(FeedRow feed, TimeSpan interval, string problem, CancellationToken cancellationToken)
    {
        // backoff: the interval doubles with each failure in a row, up to the cap
        var wait = TimeSpan.FromTicks(Math.Min(_options.MaxFeedBackoff.Ticks, interval.Ticks * (1L << Math.Min(feed.Failures + 1, 20))));
        _log.LogWarning("feed {Url}: {Problem} (next try in {Wait})", feed.Url, problem, wait);
        return _store.RecordPollAsync(new FeedPollRecord(feed.Id, null, null, null, wait, problem, 0), cancellationToken);
    }

    /// <summary>A teaser item (fewer than <see cref="TrackerOptions.TeaserWords"/> words) gets the text of the page it links to.</summary>
    private async Task<ArticleDraft> WithFullTextAsync(ArticleDraft item, List<Problem> problems, CancellationToken cancellationToken)
    {
        if (WordCount.Of(item.Body) >= _options.TeaserWords) return item;
        if (item.Metadata.Url is not { } link || !Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return item;
        // already stored under this URL: no need to fetch its page again
        if (_store.GetArticle(ArticleIds.For(link, item.Metadata.Outlet, item.Body)) is not null) return item;
        var page = await _fetcher.FetchAsync(uri, cancellationToken).ConfigureAwait(false);
        if (page.Document is not { } document)
        {
            problems.Add(new Problem(link, "the teaser's page could not be fetched: " + (page.Problem?.Reason ?? "unknown"), ProblemCodes.FetchFailed));
            return item;
        }
        var fullRead = _reader.Read(document);
        problems.AddRange(fullRead.Problems);
        var full = fullRead.Drafts.FirstOrDefault();
        if (full is null || WordCount.Of(full.Body) <= WordCount.Of(item.Body)) return item;
        // the feed's metadata (its outlet, the item's title, link and date) stays: it names the source consistently
        var m = item.Metadata;
        return item with
        {
            Body = full.Body,
            Removed = full.Removed,
            Metadata = m with
            {
                Title = m.Title ?? full.Metadata.Title,
                Published = m.Published ?? full.Metadata.Published,
                PublishedDateOnly = m.Published is null ? full.Metadata.PublishedDateOnly : m.PublishedDateOnly,
                Author = m.Author ?? full.Metadata.Author,
                Outlet = m.Outlet ?? full.Metadata.Outlet,
            },
        };
    }

    public override void Dispose()
    {
        _fetcher.Dispose();
        base.Dispose();
    }
}
