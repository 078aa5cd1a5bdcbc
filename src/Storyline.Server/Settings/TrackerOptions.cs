namespace Storyline.Server.Settings;

/// <summary>
/// How one tracker runs: where it keeps its store, what it follows, and the limits it holds to. Every knob is here, with
/// the reason for its default; the command line (<c>storyline serve</c>) and the tests set them, nothing reads the environment.
/// </summary>
public sealed record TrackerOptions
{
    /// <summary>The SQLite file (created on first run with its -wal and -shm companions beside it).</summary>
    public string DatabasePath { get; init; } = "storyline.db";

    /// <summary>Feeds to follow from the start (added to the store's feeds if new).</summary>
    public IReadOnlyList<string> Feeds { get; init; } = [];

    /// <summary>Folders whose new and changed files are read.</summary>
    public IReadOnlyList<string> WatchFolders { get; init; } = [];

    /// <summary>A folder read once at start (the <c>--demo</c> samples); null for none.</summary>
    public string? DemoFolder { get; init; }

    /// <summary>Largest <c>POST /api/articles</c> body: 8 MiB holds ~1,000 long articles; a larger batch is split by the client.</summary>
    public long MaxPostBytes { get; init; } = 8L * 1024 * 1024;

    /// <summary>Most records in one POST.</summary>
    public int MaxPostRecords { get; init; } = 5000;

    /// <summary>Articles shorter than this many words after cleaning are refused (as <c>digest</c> does: too little to compare).</summary>
    public int MinArticleWords { get; init; } = 15;

    /// <summary>A touched story is re-analysed this long after the first change since its last analysis: articles of one
    /// burst (a feed poll, a POST) cost one analysis, and a page is at most this stale.</summary>
    public TimeSpan AnalysisDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Pending articles annotated and grouped per step.</summary>
    public int GroupingBatch { get; init; } = 256;

    /// <summary>
    /// Articles regrouped at each step: those published (by metadata date) within this span of the latest publication
    /// date, and undated ones received within it. Twice the grouper's active window, so a story that is open (an article
    /// within 3 days) has all of its recent articles in view. Older articles keep their stories.
    /// </summary>
    public TimeSpan GroupingWindow { get; init; } = TimeSpan.FromDays(6);

    /// <summary>Largest number of a story's articles analysed (the most recent): a standing story of thousands of articles
    /// would otherwise make every re-analysis slower; its report covers its latest coverage.</summary>
    public int MaxAnalysedArticles { get; init; } = 200;

    /// <summary>Annotated articles kept in memory for re-analysis (others are annotated again from the store when needed).</summary>
    public int AnnotatedCacheSize { get; init; } = 2000;

    /// <summary>Default time between two polls of a feed.</summary>
    public TimeSpan FeedInterval { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Shortest poll interval a client may ask for (politeness towards publishers).</summary>
    public TimeSpan MinFeedInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between polls of a failing feed (the backoff doubles the interval per failure up to this).</summary>
    public TimeSpan MaxFeedBackoff { get; init; } = TimeSpan.FromHours(6);

    /// <summary>A feed item whose text has fewer words than this is a teaser: the page it links to is fetched and extracted.</summary>
    public int TeaserWords { get; init; } = 120;

    /// <summary>How often watched folders are scanned (file-system events also trigger a scan).</summary>
    public TimeSpan WatchInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Let feeds and pages be fetched from loopback and private addresses. Off: the fetcher refuses them
    /// (a feed URL must not reach the machine's own services). Only tests, serving feeds on loopback, turn it on.</summary>
    public bool AllowPrivateAddresses { get; init; }
}
