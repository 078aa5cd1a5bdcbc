using System.Text;
using Microsoft.Data.Sqlite;

namespace Storyline.Server.Store;

/// <summary>One search hit: an article or a fact of a story.</summary>
/// <param name="Kind">"article" or "fact".</param>
/// <param name="ArticleId">The article (article hits only).</param>
/// <param name="StoryId">The story it belongs to, when it is grouped.</param>
/// <param name="Snippet">The matching passage, plain text.</param>
/// <param name="Highlights">Where the query's words are in <paramref name="Snippet"/>, as [start, end) pairs.</param>
public sealed record SearchHit(string Kind, string? ArticleId, string? StoryId, string? Title, string? Outlet, string? Status, string Snippet, IReadOnlyList<int[]> Highlights);

/// <summary>A followed feed and its health.</summary>
public sealed record FeedRow(
    long Id, string Url, string? Title, int IntervalSeconds, DateTimeOffset Added, string? ETag, string? LastModified,
    DateTimeOffset? LastPoll, DateTimeOffset? LastSuccess, long NextPollTicks, int Failures, string? LastProblem, long Articles);

/// <summary>What one poll of a feed found, to store.</summary>
/// <param name="Wait">Time until the next poll, counted from when the poll is stored (a slow poll does not eat its interval).</param>
/// <param name="Problem">Null when the poll worked (the feed may still have been unchanged).</param>
public sealed record FeedPollRecord(long FeedId, string? Title, string? ETag, string? LastModified, TimeSpan Wait, string? Problem, int NewArticles);

public sealed partial class StoryStore
{
    // marks around matches in FTS5 snippets: control characters never found in stored text (the cleaner drops them)
    private const char MatchStart = '\u0002';
    private const char MatchEnd = '\u0003';

    /// <summary>
    /// The words of a user's query as an FTS5 query: each word quoted (so no character of the query is FTS5 syntax),
    /// all required, the last one also as a prefix (search as you type). Empty when the query has no word.
    /// </summary>
    internal static string FtsQuery(string query)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var ch in query)
        {
            if (char.IsLetterOrDigit(ch)) word.Append(ch);
            else if (word.Length > 0) { words.Add(word.ToString()); word.Clear(); }
        }
        if (word.Length > 0) words.Add(word.ToString());
        if (words.Count == 0) return "";
        return string.Join(" AND ", words.Take(16).Select((w, i) => i == Math.Min(words.Count, 16) - 1 ? $"\"{w}\"*" : $"\"{w}\""));
    }

    /// <summary>Articles and facts matching every word of <paramref name="query"/>, best first (BM25), with snippets.</summary>
    public IReadOnlyList<SearchHit> Search(string query, int limit)
    {
        var fts = FtsQuery(query);
        if (fts.Length == 0) return [];
        return Read(c =>
        {
            var hits = new List<(double Rank, SearchHit Hit)>();
            using (var cmd = Command(c, null, $"""
                SELECT a.id, a.story_id, a.title, a.outlet, snippet(articles_fts, 1, '{MatchStart}', '{MatchEnd}', '…', 24), bm25(articles_fts, 4.0, 1.0)
                FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid
                WHERE articles_fts MATCH $q ORDER BY bm25(articles_fts, 4.0, 1.0) LIMIT $n
                """, ("$q", fts), ("$n", limit)))
            using (var r = cmd.ExecuteReader())
                while (r.Read())
                {
                    var (snippet, marks) = Unmark(r.GetString(4));
                    hits.Add((r.GetDouble(5), new SearchHit("article", r.GetString(0), Str(r, 1), Str(r, 2), Str(r, 3), null, snippet, marks)));
                }
            using (var cmd = Command(c, null, $"""
                SELECT story_id, status, snippet(facts_fts, 0, '{MatchStart}', '{MatchEnd}', '…', 24), bm25(facts_fts)
                FROM facts_fts WHERE facts_fts MATCH $q ORDER BY bm25(facts_fts) LIMIT $n
                """, ("$q", fts), ("$n", limit)))
            using (var r = cmd.ExecuteReader())
                while (r.Read())
                {
                    var (snippet, marks) = Unmark(r.GetString(2));
                    hits.Add((r.GetDouble(3), new SearchHit("fact", null, r.GetString(0), null, null, r.GetString(1), snippet, marks)));
                }
            // BM25 scores of the two indexes are on one scale (lower is better), close enough to interleave
            return hits.OrderBy(h => h.Rank).Take(limit).Select(h => h.Hit).ToList();
        });
    }

    private static (string Text, IReadOnlyList<int[]> Marks) Unmark(string snippet)
    {
        var text = new StringBuilder(snippet.Length);
        var marks = new List<int[]>();
        int start = -1;
        foreach (var ch in snippet)
        {
            if (ch == MatchStart) start = text.Length;
            else if (ch == MatchEnd) { if (start >= 0) marks.Add([start, text.Length]); start = -1; }
            else text.Append(ch);
        }
        return (text.ToString(), marks);
    }

    // ---- feeds ----

    private const string FeedColumns = "id, url, title, interval_seconds, added, etag, last_modified, last_poll, last_success, next_poll_ticks, failures, last_problem, articles";

    /// <summary>Follows a feed (or returns the one already followed at that URL); it is polled at once.</summary>
    public Task<(FeedRow Feed, bool Created)> AddFeedAsync(string url, int intervalSeconds, CancellationToken cancellationToken = default) =>
        WriteAsync((c, tx) =>
        {
            using (var find = Command(c, tx, $"SELECT {FeedColumns} FROM feeds WHERE url = $u", ("$u", url)))
                if (ReadFeeds(find).FirstOrDefault() is { } existing) return (existing, false);
            Exec(c, tx, "INSERT INTO feeds(url, interval_seconds, added, next_poll_ticks) VALUES ($u, $i, $now, 0)", ("$u", url), ("$i", intervalSeconds), ("$now", NowText));
            using var cmd = Command(c, tx, $"SELECT {FeedColumns} FROM feeds WHERE url = $u", ("$u", url));
            return (ReadFeeds(cmd)[0], true);
        }, cancellationToken);

    public Task<bool> DeleteFeedAsync(long id, CancellationToken cancellationToken = default) =>
        WriteAsync((c, tx) =>
        {
            using var cmd = Command(c, tx, "DELETE FROM feeds WHERE id = $id", ("$id", id));
            return cmd.ExecuteNonQuery() > 0;
        }, cancellationToken);

    public IReadOnlyList<FeedRow> Feeds() => Read(c =>
    {
        using var cmd = Command(c, null, $"SELECT {FeedColumns} FROM feeds ORDER BY id");
        return ReadFeeds(cmd);
    });

    public FeedRow? GetFeed(long id) => Read(c =>
    {
        using var cmd = Command(c, null, $"SELECT {FeedColumns} FROM feeds WHERE id = $id", ("$id", id));
        return ReadFeeds(cmd).FirstOrDefault();
    });

    public IReadOnlyList<FeedRow> DueFeeds(long nowTicks) => Read(c =>
    {
        using var cmd = Command(c, null, $"SELECT {FeedColumns} FROM feeds WHERE next_poll_ticks <= $now ORDER BY next_poll_ticks, id", ("$now", nowTicks));
        return ReadFeeds(cmd);
    });

    public long? NextFeedPollTicks() => Read(c =>
    {
        using var cmd = Command(c, null, "SELECT MIN(next_poll_ticks) FROM feeds");
        return cmd.ExecuteScalar() is long v ? v : (long?)null;
    });

    /// <summary>Stores the outcome of a poll: validators for the next conditional GET, the next poll time, health.</summary>
    public Task RecordPollAsync(FeedPollRecord poll, CancellationToken cancellationToken = default) =>
        WriteAsync((c, tx) =>
        {
            string now = NowText;
            long next = NowTicks + poll.Wait.Ticks;
            if (poll.Problem is null)
                Exec(c, tx, """
                    UPDATE feeds SET title = COALESCE($title, title), etag = COALESCE($etag, etag), last_modified = COALESCE($lm, last_modified),
                      last_poll = $now, last_success = $now, next_poll_ticks = $next, failures = 0, last_problem = NULL, articles = articles + $n
                    WHERE id = $id
                    """, ("$id", poll.FeedId), ("$title", poll.Title), ("$etag", poll.ETag), ("$lm", poll.LastModified), ("$now", now), ("$next", next), ("$n", poll.NewArticles));
            else
                Exec(c, tx, """
                    UPDATE feeds SET last_poll = $now, next_poll_ticks = $next, failures = failures + 1, last_problem = $p, articles = articles + $n WHERE id = $id
                    """, ("$id", poll.FeedId), ("$now", now), ("$next", next), ("$p", poll.Problem), ("$n", poll.NewArticles));
            return 0;
        }, cancellationToken);

    private static List<FeedRow> ReadFeeds(SqliteCommand cmd)
    {
        using var r = cmd.ExecuteReader();
        var list = new List<FeedRow>();
        while (r.Read())
            list.Add(new FeedRow(r.GetInt64(0), r.GetString(1), Str(r, 2), r.GetInt32(3), ParseIso(r.GetString(4)), Str(r, 5), Str(r, 6),
                r.IsDBNull(7) ? null : ParseIso(r.GetString(7)), r.IsDBNull(8) ? null : ParseIso(r.GetString(8)),
                r.GetInt64(9), r.GetInt32(10), Str(r, 11), r.GetInt64(12)));
        return list;
    }

    // ---- watched files ----

    /// <summary>True when the file is new to the store or changed (size or time) since it was last read.</summary>
    public bool IsNewOrChanged(string path, long size, long modifiedTicks) => Read(c =>
    {
        using var cmd = Command(c, null, "SELECT size, modified_ticks FROM watched_files WHERE path = $p", ("$p", path));
        using var r = cmd.ExecuteReader();
        return !r.Read() || r.GetInt64(0) != size || r.GetInt64(1) != modifiedTicks;
    });

    public Task RecordFileAsync(string path, long size, long modifiedTicks, CancellationToken cancellationToken = default) =>
        WriteAsync((c, tx) =>
        {
            Exec(c, tx, "INSERT OR REPLACE INTO watched_files(path, size, modified_ticks, seen) VALUES ($p, $s, $m, $now)",
                ("$p", path), ("$s", size), ("$m", modifiedTicks), ("$now", NowText));
            return 0;
        }, cancellationToken);
}

/// <summary>An outlet seen in the store: how many articles, and the latest.</summary>
public sealed record OutletRow(string Outlet, long Articles, DateTimeOffset LastReceived);

public sealed partial class StoryStore
{
    /// <summary>Outlets by number of articles (articles without an outlet are left out).</summary>
    public IReadOnlyList<OutletRow> Outlets(int limit) => Read(c =>
    {
        using var cmd = Command(c, null, "SELECT outlet, COUNT(*), MAX(received_ticks) FROM articles WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY COUNT(*) DESC, outlet LIMIT $n", ("$n", limit));
        using var r = cmd.ExecuteReader();
        var list = new List<OutletRow>();
        while (r.Read()) list.Add(new OutletRow(r.GetString(0), r.GetInt64(1), new DateTimeOffset(r.GetInt64(2), TimeSpan.Zero)));
        return list;
    });
}
