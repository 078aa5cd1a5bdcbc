using Microsoft.Data.Sqlite;
using Storyline.Server.Store;
using Storyline.Server.Tests.Support;

namespace Storyline.Server.Tests.Store;

public sealed class StoreSchemaTests
{
    [Fact]
    public void A_new_store_is_created_at_the_latest_schema_in_WAL_mode()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "sub", "store.db");
        using (var store = StoryStore.Open(path))
        {
            Assert.Equal(StoreSchema.Latest, store.SchemaVersion);
            Assert.Equal(StoreSchema.Latest, store.Stats().SchemaVersion);
        }
        using var c = new SqliteConnection($"Data Source={path};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", cmd.ExecuteScalar());
        cmd.CommandText = "SELECT COUNT(*) FROM schema_history";
        Assert.Equal((long)StoreSchema.Migrations.Count, cmd.ExecuteScalar());
    }

    [Fact]
    public void An_older_store_is_upgraded_step_by_step_and_keeps_its_data()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "store.db");
        var v1 = new[] { new Migration(1, "one table", "CREATE TABLE schema_history (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied TEXT NOT NULL); CREATE TABLE t (x INTEGER);") };
        using (var store = StoryStore.Open(path, migrations: v1)) Assert.Equal(1, store.SchemaVersion);
        Exec(path, "INSERT INTO t VALUES (42)");
        var v2 = v1.Append(new Migration(2, "a column", "ALTER TABLE t ADD COLUMN y TEXT DEFAULT 'new';")).ToArray();
        using (var store = StoryStore.Open(path, migrations: v2)) Assert.Equal(2, store.SchemaVersion);
        Assert.Equal("42 new", Exec(path, "SELECT x || ' ' || y FROM t"));
        Assert.Equal(2L, Exec(path, "SELECT COUNT(*) FROM schema_history"));
    }

    [Fact]
    public void A_failing_migration_leaves_the_store_at_its_old_version()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "store.db");
        var v1 = new[] { new Migration(1, "history", "CREATE TABLE schema_history (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied TEXT NOT NULL); CREATE TABLE t (x INTEGER);") };
        using (StoryStore.Open(path, migrations: v1)) { }
        var broken = v1.Append(new Migration(2, "broken", "CREATE TABLE u (x INTEGER); ALTER TABLE missing ADD COLUMN y TEXT;")).ToArray();
        Assert.Throws<StoreException>(() => StoryStore.Open(path, migrations: broken));
        Assert.Equal(1L, Exec(path, "PRAGMA user_version"));
        Assert.Equal(0L, Exec(path, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'u'"));
    }

    [Fact]
    public void A_store_from_a_newer_build_is_refused_with_the_reason()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "store.db");
        using (StoryStore.Open(path)) { }
        Exec(path, $"PRAGMA user_version = {StoreSchema.Latest + 1}");
        var ex = Assert.Throws<StoreException>(() => StoryStore.Open(path));
        Assert.Contains("newer than this build", ex.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_store_is_refused_with_the_reason()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "store.db");
        File.WriteAllText(path, new string('x', 4096));
        var ex = Assert.Throws<StoreException>(() => StoryStore.Open(path));
        Assert.Contains("cannot be opened", ex.Message);
    }

    [Theory]
    [InlineData("Okafor", "\"Okafor\"*")]
    [InlineData("mayor  Okafor", "\"mayor\" AND \"Okafor\"*")]
    [InlineData("\"x\" OR NEAR(a b) -c", "\"x\" AND \"OR\" AND \"NEAR\" AND \"a\" AND \"b\" AND \"c\"*")]
    [InlineData("*:^()", "")]
    public void A_search_query_becomes_quoted_words_so_nothing_is_FTS5_syntax(string query, string expected) =>
        Assert.Equal(expected, StoryStore.FtsQuery(query));

    private static object? Exec(string path, string sql)
    {
        using var c = new SqliteConnection($"Data Source={path};Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }
}
