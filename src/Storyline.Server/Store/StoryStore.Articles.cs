using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Storyline.Articles;

namespace Storyline.Server.Store;

/// <summary>Where an article is on its way through the tracker.</summary>
public enum ArticleState
{
    /// <summary>Stored and acknowledged; not yet annotated and grouped.</summary>
    Pending = 0,
    /// <summary>Annotated and placed in a story (or recognised as a re-submission).</summary>
    Grouped = 1,
    /// <summary>Analysis failed; <see cref="StoredArticle.Problem"/> says why. Kept, never retried silently.</summary>
    Failed = 2,
}

/// <summary>A cleaned article to store.</summary>
/// <param name="Id">Its stable id (<see cref="ArticleIds.For"/>).</param>
/// <param name="TextKey">Hash of its outlet and text: the same text from the same outlet is the same article, whatever its URL.</param>
public sealed record NewArticle(string Id, string TextKey, string Source, ArticleMetadata Metadata, string Text, ImmutableArray<Removal> Removed);

/// <summary>What storing one article did: its id, and whether it was new (false: the same article was already stored).</summary>
public readonly record struct Admission(string Id, bool Created);

/// <summary>An article as stored.</summary>
/// <param name="Seq">Arrival order (the order the grouper reads articles in).</param>
/// <param name="Entities">The entity layer, encoded, once annotated (what regrouping needs without annotating again).</param>
public sealed record StoredArticle(
    long Seq, string Id, string Source, ArticleMetadata Metadata, string Text, ImmutableArray<Removal> Removed,
    DateTimeOffset Received, ArticleState State, string? Problem, string? StoryId, string? DuplicateOf, string? ResubmissionOf,
    byte[]? Entities)
{
    /// <summary>The article as the engine sees it before annotation (copies marked as the grouper marked them).</summary>
    public Article ToArticle() => new Article(Id, Source, Text, Metadata, Removed).WithDuplicateOf(DuplicateOf);
}

public sealed partial class StoryStore
{
    private const string ArticleColumns =
        "seq, id, source, title, outlet, url, author, language, published, published_inferred, published_date_only, received, text, removed, state, problem, story_id, duplicate_of, resubmission_of, entities, section, genre, keywords";

    private static readonly JsonSerializerOptions RemovalJson = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Stores a batch in one transaction and returns, per article in order, its id: the stored article's id when the
    /// same URL or the same outlet and text is already there (or earlier in the batch). Returns after the commit.
    /// </summary>
    public Task<IReadOnlyList<Admission>> AddArticlesAsync(IReadOnlyList<NewArticle> articles, CancellationToken cancellationToken = default) =>
        WriteAsync<IReadOnlyList<Admission>>((c, tx) =>
        {
            var result = new List<Admission>(articles.Count);
            string now = NowText;
            long nowTicks = NowTicks;
            using var find = Command(c, tx, "SELECT id FROM articles WHERE id = $id OR text_key = $key LIMIT 1", ("$id", ""), ("$key", ""));
            using var insert = Command(c, tx, """
                INSERT INTO articles(id, text_key, source, title, outlet, url, author, language, published, published_ticks, published_inferred,
                                     published_date_only, received, received_ticks, text, removed, section, genre, keywords)
                VALUES ($id, $key, $source, $title, $outlet, $url, $author, $language, $published, $ticks, $inferred, $dateOnly, $received, $receivedTicks, $text, $removed,
                        $section, $genre, $keywords)
                """);
            foreach (var a in articles)
            {
                find.Parameters["$id"].Value = a.Id;
                find.Parameters["$key"].Value = a.TextKey;
                if (find.ExecuteScalar() is string existing)
                {
                    result.Add(new Admission(existing, false));
                    continue;
                }
                var m = a.Metadata;
                insert.Parameters.Clear();
                insert.Parameters.AddWithValue("$id", a.Id);
                insert.Parameters.AddWithValue("$key", a.TextKey);
                insert.Parameters.AddWithValue("$source", a.Source);
                insert.Parameters.AddWithValue("$title", (object?)m.Title ?? DBNull.Value);
                insert.Parameters.AddWithValue("$outlet", (object?)m.Outlet ?? DBNull.Value);
                insert.Parameters.AddWithValue("$url", (object?)m.Url ?? DBNull.Value);
                insert.Parameters.AddWithValue("$author", (object?)m.Author ?? DBNull.Value);
                insert.Parameters.AddWithValue("$language", (object?)m.Language ?? DBNull.Value);
                insert.Parameters.AddWithValue("$section", (object?)m.Section ?? DBNull.Value);
                insert.Parameters.AddWithValue("$genre", (object?)m.Genre ?? DBNull.Value);
                insert.Parameters.AddWithValue("$keywords", (object?)m.Keywords ?? DBNull.Value);
                insert.Parameters.AddWithValue("$published", m.Published is { } p ? Iso(p) : DBNull.Value);
                // the grouper's clock: a date inferred from the text does not place an article in time (see StreamClock)
                insert.Parameters.AddWithValue("$ticks", m.Published is { } q && !m.PublishedInferred ? q.UtcTicks : DBNull.Value);
                insert.Parameters.AddWithValue("$inferred", m.PublishedInferred ? 1 : 0);
                insert.Parameters.AddWithValue("$dateOnly", m.PublishedDateOnly ? 1 : 0);
                insert.Parameters.AddWithValue("$received", now);
                insert.Parameters.AddWithValue("$receivedTicks", nowTicks);
                insert.Parameters.AddWithValue("$text", a.Text);
                insert.Parameters.AddWithValue("$removed", JsonSerializer.Serialize(a.Removed.Select(r => new RemovalRow(r.Text, r.Reason, r.RawStart)), RemovalJson));
                insert.ExecuteNonQuery();
                result.Add(new Admission(a.Id, true));
            }
            return result;
        }, cancellationToken);

    private sealed record RemovalRow(string Text, string Reason, int RawStart);

    public StoredArticle? GetArticle(string id) =>
        Read(c => QueryArticles(c, $"SELECT {ArticleColumns} FROM articles WHERE id = $id", ("$id", id)).FirstOrDefault());

    public IReadOnlyList<StoredArticle> GetArticles(IEnumerable<string> ids)
    {
        var list = ids.Distinct(StringComparer.Ordinal).ToList();
        if (list.Count == 0) return [];
        return Read(c =>
        {
            var found = new List<StoredArticle>(list.Count);
            foreach (var chunk in list.Chunk(500))
            {
                var names = chunk.Select((_, i) => "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
                found.AddRange(QueryArticles(c, $"SELECT {ArticleColumns} FROM articles WHERE id IN ({string.Join(',', names)}) ORDER BY seq",
                    [.. chunk.Select((id, i) => (names[i], (object?)id))]));
            }
            return found.OrderBy(a => a.Seq).ToList();
        });
    }

    /// <summary>Articles stored but not yet grouped, oldest first.</summary>
    public IReadOnlyList<StoredArticle> PendingArticles(int limit) =>
        Read(c => QueryArticles(c, $"SELECT {ArticleColumns} FROM articles WHERE state = 0 ORDER BY seq LIMIT $n", ("$n", limit)));

    /// <summary>Grouped articles of a story (re-submissions excluded), in arrival order.</summary>
    public IReadOnlyList<StoredArticle> StoryArticles(string storyId) =>
        Read(c => QueryArticles(c, $"SELECT {ArticleColumns} FROM articles WHERE story_id = $s AND state = 1 AND resubmission_of IS NULL ORDER BY seq", ("$s", storyId)));

    /// <summary>
    /// The grouper's window: grouped articles published (by a date from metadata) since <paramref name="publishedFrom"/>, or
    /// without such a date and received since <paramref name="receivedFrom"/>; in arrival order.
    /// </summary>
    public IReadOnlyList<StoredArticle> WindowArticles(long publishedFrom, long receivedFrom) =>
        // two index ranges (an OR would scan every article)
        Read(c => QueryArticles(c, $"""
            SELECT {ArticleColumns} FROM articles WHERE published_ticks >= $p AND state = 1
            UNION ALL
            SELECT {ArticleColumns} FROM articles WHERE received_ticks >= $r AND published_ticks IS NULL AND state = 1
            ORDER BY seq
            """, ("$p", publishedFrom), ("$r", receivedFrom)));

    /// <summary>The latest publication time (from metadata) of any grouped article: the grouper's clock.</summary>
    public long? LatestPublishedTicks() =>
        Read(c =>
        {
            // pending articles count too: they are about to be grouped (and MAX over the index alone is one lookup)
            using var cmd = Command(c, null, "SELECT MAX(published_ticks) FROM articles");
            return cmd.ExecuteScalar() is long v ? v : (long?)null;
        });

    private static List<StoredArticle> QueryArticles(SqliteConnection c, string sql, params (string, object?)[] parameters)
    {
        using var cmd = Command(c, null, sql, parameters);
        using var r = cmd.ExecuteReader();
        var list = new List<StoredArticle>();
        while (r.Read())
        {
            var published = r.IsDBNull(8) ? (DateTimeOffset?)null : ParseIso(r.GetString(8));
            var metadata = new ArticleMetadata
            {
                Title = Str(r, 3), Outlet = Str(r, 4), Url = Str(r, 5), Author = Str(r, 6), Language = Str(r, 7),
                Published = published, PublishedInferred = r.GetInt32(9) != 0, PublishedDateOnly = r.GetInt32(10) != 0,
                Section = Str(r, 20), Genre = Str(r, 21), Keywords = Str(r, 22),
            };
            var removed = JsonSerializer.Deserialize<List<RemovalRow>>(r.GetString(13), RemovalJson) ?? [];
            list.Add(new StoredArticle(
                r.GetInt64(0), r.GetString(1), r.GetString(2), metadata, r.GetString(12),
                [.. removed.Select(x => new Removal(x.Text, x.Reason, x.RawStart))],
                ParseIso(r.GetString(11)), (ArticleState)r.GetInt32(14), Str(r, 15), Str(r, 16), Str(r, 17), Str(r, 18),
                r.IsDBNull(19) ? null : (byte[])r.GetValue(19)));
        }
        return list;
    }

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}

public sealed partial class StoryStore
{
    /// <summary>The arrival order of every grouped article of a story (re-submissions included).</summary>
    public IReadOnlyList<long> StorySeqs(string storyId) =>
        Read(c =>
        {
            using var cmd = Command(c, null, "SELECT seq FROM articles WHERE story_id = $s AND state = 1", ("$s", storyId));
            using var r = cmd.ExecuteReader();
            var list = new List<long>();
            while (r.Read()) list.Add(r.GetInt64(0));
            return list;
        });
}
