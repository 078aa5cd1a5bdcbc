using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Storyline.Server.Store;

/// <summary>Where the grouper put one article.</summary>
/// <param name="StoryId">Its story; for a re-submission, its original's story.</param>
/// <param name="DuplicateOf">The earlier article it copies (syndication), if any.</param>
/// <param name="ResubmissionOf">The stored article it repeats word for word, if any: then it belongs to no story.</param>
public sealed record ArticlePlacement(string ArticleId, string? StoryId, string? DuplicateOf, string? ResubmissionOf);

/// <summary>A story id that ended (merged into another story, or renamed): requests for it go to <paramref name="To"/>.</summary>
public sealed record StoryAlias(string From, string To);

/// <summary>One grouping step, stored in one transaction: new entity layers, placements, touched stories, aliases.</summary>
/// <param name="Annotated">Entity layers of articles annotated in this step (by arrival seq).</param>
/// <param name="Failed">Articles whose analysis failed, with the reason.</param>
/// <param name="Placements">Placements that are new or changed.</param>
/// <param name="Touched">Stories whose membership changed: re-analysed once <paramref name="DueTicks"/> has passed.</param>
public sealed record GroupingUpdate(
    IReadOnlyList<(long Seq, byte[] Entities)> Annotated,
    IReadOnlyList<(long Seq, string Problem)> Failed,
    IReadOnlyList<ArticlePlacement> Placements,
    IReadOnlyCollection<string> Touched,
    IReadOnlyList<StoryAlias> Aliases,
    long DueTicks);

/// <summary>A story as listed: what the front page and <c>GET /api/stories</c> show.</summary>
public sealed record StoryRow(
    string Id, string Headline, string? KeyFact, int Articles, int Outlets, IReadOnlyList<string> OutletNames,
    int Agreed, int SingleSource, int Contested, DateTimeOffset FirstSeen, DateTimeOffset LastSeen,
    string? FirstPublished, string? LastPublished, int Version, bool Analysed, bool Pending);

/// <summary>A fact of a story's ledger, as kept in versions and the search index.</summary>
public sealed record FactRow(string Text, string Status);

/// <summary>The result of analysing a story, to store.</summary>
/// <param name="ReportJson">The story in the report contract (the <c>stories[]</c> item), with the publication days the story's date stage inferred.</param>
public sealed record StoryAnalysisRecord(
    string Id, string Headline, string? KeyFact, int Articles, int Outlets, IReadOnlyList<string> OutletNames,
    int Agreed, int SingleSource, int Contested, string? FirstPublished, string? LastPublished,
    string ReportJson, IReadOnlyList<FactRow> Facts);

/// <summary>One kept state of a story: what a later version is compared with.</summary>
public sealed record StoryVersion(int Version, DateTimeOffset At, string Headline, int Articles, IReadOnlyList<string> Outlets, IReadOnlyList<FactRow> Facts);

/// <summary>Counts over the whole store.</summary>
/// <param name="Waiting">Stories whose re-analysis is pending.</param>
public sealed record StoreStats(long Articles, long Pending, long Failed, long Stories, long Waiting, long Feeds, long Aliases, long Versions, long Bytes, int SchemaVersion);

public sealed partial class StoryStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string StoryColumns =
        "id, headline, key_fact, articles, outlets, outlet_names, agreed, single_source, contested, first_seen, last_seen, first_published, last_published, version, report IS NOT NULL, dirty";

    /// <summary>Stores one grouping step whole: placements, the stories they touch (created when new, marked for analysis), aliases.</summary>
    public Task ApplyGroupingAsync(GroupingUpdate update, CancellationToken cancellationToken = default) =>
        WriteAsync((c, tx) =>
        {
            string now = NowText;
            long nowTicks = NowTicks;
            using (var cmd = Command(c, tx, "UPDATE articles SET entities = $e WHERE seq = $s", ("$e", Array.Empty<byte>()), ("$s", 0L)))
                foreach (var (seq, entities) in update.Annotated)
                {
                    cmd.Parameters["$e"].Value = entities;
                    cmd.Parameters["$s"].Value = seq;
                    cmd.ExecuteNonQuery();
                }
            using (var cmd = Command(c, tx, "UPDATE articles SET state = 2, problem = $p WHERE seq = $s", ("$p", ""), ("$s", 0L)))
                foreach (var (seq, problem) in update.Failed)
                {
                    cmd.Parameters["$p"].Value = problem;
                    cmd.Parameters["$s"].Value = seq;
                    cmd.ExecuteNonQuery();
                }
            using (var cmd = Command(c, tx, "UPDATE articles SET state = 1, story_id = $story, duplicate_of = $dup, resubmission_of = $re WHERE id = $id",
                       ("$story", null), ("$dup", null), ("$re", null), ("$id", "")))
                foreach (var p in update.Placements)
                {
                    cmd.Parameters["$story"].Value = (object?)p.StoryId ?? DBNull.Value;
                    cmd.Parameters["$dup"].Value = (object?)p.DuplicateOf ?? DBNull.Value;
                    cmd.Parameters["$re"].Value = (object?)p.ResubmissionOf ?? DBNull.Value;
                    cmd.Parameters["$id"].Value = p.ArticleId;
                    cmd.ExecuteNonQuery();
                }
            foreach (var alias in update.Aliases)
            {
                Exec(c, tx, "DELETE FROM stories WHERE id = $a", ("$a", alias.From));
                Exec(c, tx, "DELETE FROM facts_fts WHERE story_id = $a", ("$a", alias.From));
                Exec(c, tx, "INSERT OR REPLACE INTO story_aliases(alias, story_id, at) VALUES ($a, $t, $now)", ("$a", alias.From), ("$t", alias.To), ("$now", now));
                Exec(c, tx, "UPDATE story_aliases SET story_id = $t WHERE story_id = $a", ("$a", alias.From), ("$t", alias.To));
            }
            foreach (var id in update.Touched)
            {
                using var count = Command(c, tx, """
                    SELECT COUNT(*), (SELECT title FROM articles WHERE story_id = $id AND state = 1 AND resubmission_of IS NULL AND title IS NOT NULL ORDER BY seq LIMIT 1)
                    FROM articles WHERE story_id = $id AND state = 1 AND resubmission_of IS NULL
                    """, ("$id", id));
                long members;
                string? title;
                using (var r = count.ExecuteReader())
                {
                    r.Read();
                    members = r.GetInt64(0);
                    title = r.IsDBNull(1) ? null : r.GetString(1);
                }
                if (members == 0)
                {
                    Exec(c, tx, "DELETE FROM stories WHERE id = $id", ("$id", id));
                    Exec(c, tx, "DELETE FROM facts_fts WHERE story_id = $id", ("$id", id));
                    continue;
                }
                // a story id that lives again is no longer an alias
                Exec(c, tx, "DELETE FROM story_aliases WHERE alias = $id", ("$id", id));
                // the first touch since the last analysis sets the time it is due: a burst of articles is analysed once
                Exec(c, tx, """
                    INSERT INTO stories(id, headline, articles, first_seen, first_seen_ticks, last_seen, last_seen_ticks, dirty, due_ticks)
                    VALUES ($id, $headline, $n, $now, $nowTicks, $now, $nowTicks, 1, $due)
                    ON CONFLICT(id) DO UPDATE SET articles = $n, last_seen = $now, last_seen_ticks = $nowTicks,
                      due_ticks = CASE WHEN dirty = 1 THEN MIN(due_ticks, $due) ELSE $due END, dirty = 1
                    """, ("$id", id), ("$headline", title ?? "(untitled story)"), ("$n", members), ("$now", now), ("$nowTicks", nowTicks), ("$due", update.DueTicks));
            }
            return 0;
        }, cancellationToken);

    private static void Exec(SqliteConnection c, SqliteTransaction tx, string sql, params (string, object?)[] parameters)
    {
        using var cmd = Command(c, tx, sql, parameters);
        cmd.ExecuteNonQuery();
    }

    /// <summary>Stories whose re-analysis is due at <paramref name="nowTicks"/>, most overdue first.</summary>
    public IReadOnlyList<string> DueStories(long nowTicks, int limit) =>
        Read(c =>
        {
            using var cmd = Command(c, null, "SELECT id FROM stories WHERE dirty = 1 AND due_ticks <= $now ORDER BY due_ticks, id LIMIT $n", ("$now", nowTicks), ("$n", limit));
            using var r = cmd.ExecuteReader();
            var ids = new List<string>();
            while (r.Read()) ids.Add(r.GetString(0));
            return ids;
        });

    /// <summary>When the next re-analysis is due (null when none waits).</summary>
    public long? NextDueTicks() =>
        Read(c =>
        {
            using var cmd = Command(c, null, "SELECT MIN(due_ticks) FROM stories WHERE dirty = 1");
            return cmd.ExecuteScalar() is long v ? v : (long?)null;
        });

    /// <summary>Stores a story's analysis and, when what a reader sees changed (headline, articles, outlets, facts), a new version.</summary>
    public Task<int> SaveAnalysisAsync(StoryAnalysisRecord a, CancellationToken cancellationToken = default) =>
        WriteAsync((c, tx) => SaveAnalysis(c, tx, a), cancellationToken);

    /// <summary>Stores many analyses in one transaction (a bulk load: one commit instead of one per story).</summary>
    public Task SaveAnalysesAsync(IReadOnlyList<StoryAnalysisRecord> analyses, CancellationToken cancellationToken = default) =>
        WriteAsync((c, tx) => { foreach (var a in analyses) SaveAnalysis(c, tx, a); return 0; }, cancellationToken);

    private int SaveAnalysis(SqliteConnection c, SqliteTransaction tx, StoryAnalysisRecord a)
    {
        string now = NowText;
        using (var exists = Command(c, tx, "SELECT version FROM stories WHERE id = $id", ("$id", a.Id)))
            if (exists.ExecuteScalar() is not long) return 0; // merged away while it was analysed: nothing to keep
        var latest = LatestVersion(c, tx, a.Id);
        var outlets = a.OutletNames.Order(StringComparer.Ordinal).ToList();
        bool changed = latest is null || latest.Headline != a.Headline || latest.Articles != a.Articles
            || !latest.Outlets.SequenceEqual(outlets) || !latest.Facts.SequenceEqual(a.Facts);
        int version = latest?.Version ?? 0;
        if (changed)
        {
            version++;
            Exec(c, tx, """
                INSERT INTO story_versions(story_id, version, at, at_ticks, headline, articles, outlets, facts)
                VALUES ($id, $v, $at, $ticks, $headline, $articles, $outlets, $facts)
                """, ("$id", a.Id), ("$v", version), ("$at", now), ("$ticks", NowTicks), ("$headline", a.Headline), ("$articles", a.Articles),
                ("$outlets", JsonSerializer.Serialize(outlets, Json)), ("$facts", JsonSerializer.Serialize(a.Facts, Json)));
        }
        Exec(c, tx, """
            UPDATE stories SET headline = $headline, key_fact = $key, articles = $articles, outlets = $outlets, outlet_names = $names,
              agreed = $agreed, single_source = $single, contested = $contested, first_published = $first, last_published = $last,
              version = $v, report = $report, dirty = 0
            WHERE id = $id
            """, ("$id", a.Id), ("$headline", a.Headline), ("$key", a.KeyFact), ("$articles", a.Articles), ("$outlets", a.Outlets),
            ("$names", JsonSerializer.Serialize(a.OutletNames, Json)), ("$agreed", a.Agreed), ("$single", a.SingleSource), ("$contested", a.Contested),
            ("$first", a.FirstPublished), ("$last", a.LastPublished), ("$v", version), ("$report", a.ReportJson));
        Exec(c, tx, "DELETE FROM facts_fts WHERE story_id = $id", ("$id", a.Id));
        using var insert = Command(c, tx, "INSERT INTO facts_fts(text, story_id, status) VALUES ($t, $id, $s)", ("$t", ""), ("$id", a.Id), ("$s", ""));
        foreach (var f in a.Facts)
        {
            insert.Parameters["$t"].Value = f.Text;
            insert.Parameters["$s"].Value = f.Status;
            insert.ExecuteNonQuery();
        }
        return version;
    }

    private static StoryVersion? LatestVersion(SqliteConnection c, SqliteTransaction? tx, string id)
    {
        using var cmd = Command(c, tx, "SELECT version, at, headline, articles, outlets, facts FROM story_versions WHERE story_id = $id ORDER BY version DESC LIMIT 1", ("$id", id));
        using var r = cmd.ExecuteReader();
        return r.Read() ? ReadVersion(r) : null;
    }

    private static StoryVersion ReadVersion(SqliteDataReader r) => new(
        r.GetInt32(0), ParseIso(r.GetString(1)), r.GetString(2), r.GetInt32(3),
        JsonSerializer.Deserialize<List<string>>(r.GetString(4), Json) ?? [],
        JsonSerializer.Deserialize<List<FactRow>>(r.GetString(5), Json) ?? []);

    /// <summary>Every kept version of a story, oldest first.</summary>
    public IReadOnlyList<StoryVersion> Versions(string id) =>
        Read(c =>
        {
            using var cmd = Command(c, null, "SELECT version, at, headline, articles, outlets, facts FROM story_versions WHERE story_id = $id ORDER BY version", ("$id", id));
            using var r = cmd.ExecuteReader();
            var list = new List<StoryVersion>();
            while (r.Read()) list.Add(ReadVersion(r));
            return list;
        });

    /// <summary>The story an id names now: itself, or the story it was merged into (following alias chains).</summary>
    public string? Resolve(string id) =>
        Read(c =>
        {
            var current = id;
            for (int hop = 0; hop < 16; hop++)
            {
                using (var s = Command(c, null, "SELECT 1 FROM stories WHERE id = $id", ("$id", current)))
                    if (s.ExecuteScalar() is not null) return current;
                using var a = Command(c, null, "SELECT story_id FROM story_aliases WHERE alias = $id", ("$id", current));
                if (a.ExecuteScalar() is string next) current = next;
                else return null;
            }
            return null;
        });

    public StoryRow? GetStory(string id) =>
        Read(c => QueryStories(c, $"SELECT {StoryColumns} FROM stories WHERE id = $id", ("$id", id)).FirstOrDefault());

    /// <summary>The stored report item of a story (null until first analysed).</summary>
    public string? GetReport(string id) =>
        Read(c =>
        {
            using var cmd = Command(c, null, "SELECT report FROM stories WHERE id = $id", ("$id", id));
            return cmd.ExecuteScalar() as string;
        });

    /// <summary>Stories updated since <paramref name="sinceTicks"/>, latest update first, after the keyset cursor (last_seen ticks, id).</summary>
    public IReadOnlyList<StoryRow> RecentStories(long sinceTicks, int limit, (long Ticks, string Id)? after) =>
        Read(c => after is { } k
            ? QueryStories(c, $"""
                SELECT {StoryColumns} FROM stories WHERE last_seen_ticks >= $since AND (last_seen_ticks < $t OR (last_seen_ticks = $t AND id > $id))
                ORDER BY last_seen_ticks DESC, id LIMIT $n
                """, ("$since", sinceTicks), ("$t", k.Ticks), ("$id", k.Id), ("$n", limit))
            : QueryStories(c, $"SELECT {StoryColumns} FROM stories WHERE last_seen_ticks >= $since ORDER BY last_seen_ticks DESC, id LIMIT $n",
                ("$since", sinceTicks), ("$n", limit)));

    /// <summary>
    /// The front page's order: independent outlets weigh, age discounts — (outlets + 1) / (1 + days since the last update).
    /// A story two outlets carried this morning outranks one a single outlet ran yesterday; a big story from last week
    /// still shows, below today's.
    /// </summary>
    /// <remarks>Ranked among the <see cref="RankedCandidates"/> most recently updated stories (read through the recency
    /// index), so the page costs the same with 100 or 100,000 stories: a story not updated among the last thousand updates
    /// is weeks old in a busy tracker and belongs to search, not the front page.</remarks>
    public IReadOnlyList<StoryRow> RankedStories(int limit, int offset) =>
        Read(c => QueryStories(c, $"""
            WITH candidates AS (SELECT id, outlets, last_seen_ticks FROM stories INDEXED BY stories_rank ORDER BY last_seen_ticks DESC, id LIMIT {RankedCandidates}),
                 ranked AS (SELECT id, (MAX(outlets, 1) + 1.0) / (1.0 + ($now - last_seen_ticks) / 864000000000.0) AS score, last_seen_ticks FROM candidates
                            ORDER BY score DESC, last_seen_ticks DESC, id LIMIT $n OFFSET $o)
            SELECT {StoryColumns} FROM ranked JOIN stories USING (id) ORDER BY ranked.score DESC, ranked.last_seen_ticks DESC, id
            """, ("$now", NowTicks), ("$n", limit), ("$o", offset)));

    public const int RankedCandidates = 1000;

    public long LastSeenTicks(string id) =>
        Read(c =>
        {
            using var cmd = Command(c, null, "SELECT last_seen_ticks FROM stories WHERE id = $id", ("$id", id));
            return cmd.ExecuteScalar() is long v ? v : 0;
        });

    private static List<StoryRow> QueryStories(SqliteConnection c, string sql, params (string, object?)[] parameters)
    {
        using var cmd = Command(c, null, sql, parameters);
        using var r = cmd.ExecuteReader();
        var list = new List<StoryRow>();
        while (r.Read())
            list.Add(new StoryRow(
                r.GetString(0), r.GetString(1), Str(r, 2), r.GetInt32(3), r.GetInt32(4),
                JsonSerializer.Deserialize<List<string>>(r.GetString(5), Json) ?? [],
                r.GetInt32(6), r.GetInt32(7), r.GetInt32(8), ParseIso(r.GetString(9)), ParseIso(r.GetString(10)),
                Str(r, 11), Str(r, 12), r.GetInt32(13), r.GetInt64(14) != 0, r.GetInt64(15) != 0));
        return list;
    }

    public StoreStats Stats() =>
        Read(c =>
        {
            long Count(string sql)
            {
                using var cmd = Command(c, null, sql);
                return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            }
            return new StoreStats(
                Count("SELECT COUNT(*) FROM articles"), Count("SELECT COUNT(*) FROM articles WHERE state = 0"), Count("SELECT COUNT(*) FROM articles WHERE state = 2"),
                Count("SELECT COUNT(*) FROM stories"), Count("SELECT COUNT(*) FROM stories WHERE dirty = 1"), Count("SELECT COUNT(*) FROM feeds"), Count("SELECT COUNT(*) FROM story_aliases"),
                Count("SELECT COUNT(*) FROM story_versions"),
                Count("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"), SchemaVersion);
        });
}
