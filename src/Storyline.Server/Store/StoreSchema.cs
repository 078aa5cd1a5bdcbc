namespace Storyline.Server.Store;

/// <summary>One step of the schema: the SQL that takes a store from <see cref="Version"/> − 1 to <see cref="Version"/>.</summary>
/// <param name="Version">The schema version after this step (1, 2, …; kept in SQLite's <c>user_version</c>).</param>
/// <param name="Description">What the step changes, for the log and <c>schema_history</c>.</param>
/// <param name="Sql">Statements run in one transaction with the version bump: a step applies whole or not at all.</param>
public sealed record Migration(int Version, string Description, string Sql);

/// <summary>
/// The store's schema as an ordered list of migrations. A new version appends a step here (never edits a released one),
/// so every store, however old, is brought up to date by running the steps it has not seen, in order.
/// </summary>
public static class StoreSchema
{
    public static IReadOnlyList<Migration> Migrations { get; } =
    [
        new(1, "articles, stories, versions, aliases, feeds, watched files, full-text indexes", """
            CREATE TABLE schema_history (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied TEXT NOT NULL);

            -- seq is the arrival order: the order the grouper reads articles in, as digest reads its inputs
            CREATE TABLE articles (
              seq INTEGER PRIMARY KEY,
              id TEXT NOT NULL UNIQUE,
              text_key TEXT NOT NULL UNIQUE,
              source TEXT NOT NULL,
              title TEXT, outlet TEXT, url TEXT, author TEXT, language TEXT,
              published TEXT,
              published_ticks INTEGER,
              published_inferred INTEGER NOT NULL DEFAULT 0,
              published_date_only INTEGER NOT NULL DEFAULT 0,
              received TEXT NOT NULL,
              received_ticks INTEGER NOT NULL,
              text TEXT NOT NULL,
              removed TEXT NOT NULL DEFAULT '[]',
              entities BLOB,
              state INTEGER NOT NULL DEFAULT 0,
              problem TEXT,
              story_id TEXT,
              duplicate_of TEXT,
              resubmission_of TEXT
            );
            CREATE INDEX articles_story ON articles(story_id);
            CREATE INDEX articles_pending ON articles(state) WHERE state = 0;
            CREATE INDEX articles_failed ON articles(state) WHERE state = 2;
            CREATE INDEX articles_published ON articles(published_ticks);
            CREATE INDEX articles_received ON articles(received_ticks);

            CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2');
            CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
              INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
            END;
            CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
              INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
            END;

            CREATE TABLE stories (
              id TEXT PRIMARY KEY,
              headline TEXT NOT NULL,
              key_fact TEXT,
              articles INTEGER NOT NULL DEFAULT 0,
              outlets INTEGER NOT NULL DEFAULT 0,
              outlet_names TEXT NOT NULL DEFAULT '[]',
              agreed INTEGER NOT NULL DEFAULT 0,
              single_source INTEGER NOT NULL DEFAULT 0,
              contested INTEGER NOT NULL DEFAULT 0,
              first_seen TEXT NOT NULL,
              first_seen_ticks INTEGER NOT NULL,
              last_seen TEXT NOT NULL,
              last_seen_ticks INTEGER NOT NULL,
              first_published TEXT,
              last_published TEXT,
              version INTEGER NOT NULL DEFAULT 0,
              report TEXT,
              dirty INTEGER NOT NULL DEFAULT 1,
              due_ticks INTEGER NOT NULL DEFAULT 0
            );
            CREATE INDEX stories_recent ON stories(last_seen_ticks DESC, id);
            CREATE INDEX stories_due ON stories(due_ticks) WHERE dirty = 1;

            CREATE TABLE story_versions (
              story_id TEXT NOT NULL,
              version INTEGER NOT NULL,
              at TEXT NOT NULL,
              at_ticks INTEGER NOT NULL,
              headline TEXT NOT NULL,
              articles INTEGER NOT NULL,
              outlets TEXT NOT NULL,
              facts TEXT NOT NULL,
              PRIMARY KEY (story_id, version)
            ) WITHOUT ROWID;

            CREATE TABLE story_aliases (alias TEXT PRIMARY KEY, story_id TEXT NOT NULL, at TEXT NOT NULL) WITHOUT ROWID;

            CREATE VIRTUAL TABLE facts_fts USING fts5(text, story_id UNINDEXED, status UNINDEXED, tokenize='unicode61 remove_diacritics 2');

            CREATE TABLE feeds (
              id INTEGER PRIMARY KEY,
              url TEXT NOT NULL UNIQUE,
              title TEXT,
              interval_seconds INTEGER NOT NULL,
              added TEXT NOT NULL,
              etag TEXT,
              last_modified TEXT,
              last_poll TEXT,
              last_success TEXT,
              next_poll_ticks INTEGER NOT NULL DEFAULT 0,
              failures INTEGER NOT NULL DEFAULT 0,
              last_problem TEXT,
              articles INTEGER NOT NULL DEFAULT 0
            );

            CREATE TABLE watched_files (path TEXT PRIMARY KEY, size INTEGER NOT NULL, modified_ticks INTEGER NOT NULL, seen TEXT NOT NULL) WITHOUT ROWID;
            """),
        // the front page ranked 1,000 stories by reading their rows, each a page or more (the report is stored inline):
        // 80 ms at 100,000 articles; from this index alone it reads no row but the 30 it shows
        new(2, "front-page ranking from an index", """
            CREATE INDEX stories_rank ON stories(last_seen_ticks DESC, id, outlets);
            """),
        // the opinion detector reads the source's section, genre and keywords: without them a stored opinion piece
        // re-analysed from the store would be judged on its text alone and could narrate the summary
        new(3, "article section, genre and keywords", """
            ALTER TABLE articles ADD COLUMN section TEXT;
            ALTER TABLE articles ADD COLUMN genre TEXT;
            ALTER TABLE articles ADD COLUMN keywords TEXT;
            """),
    ];

    public static int Latest => Migrations[^1].Version;
}
