using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Storyline.Server.Store;

/// <summary>A store that cannot be opened or used as asked (a newer schema, a file that is no store).</summary>
public sealed class StoreException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// The embedded store: one SQLite file in WAL mode (readers never wait for the writer), created on first use and brought
/// to the current schema by <see cref="StoreSchema"/>'s migrations. Writes go through one connection, one at a time,
/// each in a transaction committed with <c>synchronous=FULL</c>: when a write returns, it survives a crash of the
/// process or the machine. Reads open their own pooled connections and run in parallel with the writer.
/// </summary>
public sealed partial class StoryStore : IDisposable
{
    private readonly string _connectionString;
    private readonly SqliteConnection _writer;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly TimeProvider _clock;

    private StoryStore(string path, TimeProvider clock)
    {
        Path = path;
        _clock = clock;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        _writer = new SqliteConnection(_connectionString);
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>The schema version of the open store (equal to <see cref="StoreSchema.Latest"/> once opened).</summary>
    public int SchemaVersion { get; private set; }

    /// <summary>Opens (creating when absent) the store at <paramref name="path"/> and applies every migration it lacks.</summary>
    /// <exception cref="StoreException">The file was written by a newer schema, or is not a SQLite database.</exception>
    public static StoryStore Open(string path, TimeProvider? clock = null, IReadOnlyList<Migration>? migrations = null)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (System.IO.Path.GetDirectoryName(full) is { Length: > 0 } dir) Directory.CreateDirectory(dir);
        var store = new StoryStore(full, clock ?? TimeProvider.System);
        try
        {
            store._writer.Open();
            store.Execute(store._writer, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
            store.SchemaVersion = Migrate(store._writer, migrations ?? StoreSchema.Migrations, store._clock);
            return store;
        }
        catch (SqliteException ex)
        {
            store.Dispose();
            throw new StoreException($"{full} cannot be opened as a Storyline store: {ex.Message}", ex);
        }
        catch
        {
            store.Dispose();
            throw;
        }
    }

    /// <summary>Runs, in order and each in its own transaction, the migrations newer than the store's version.</summary>
    internal static int Migrate(SqliteConnection connection, IReadOnlyList<Migration> migrations, TimeProvider clock)
    {
        int current = Convert.ToInt32(Scalar(connection, "PRAGMA user_version"), CultureInfo.InvariantCulture);
        int latest = migrations.Count == 0 ? 0 : migrations[^1].Version;
        if (current > latest)
            throw new StoreException($"the store has schema version {current}, newer than this build knows ({latest}): run a newer Storyline, or restore a backup taken before the upgrade");
        foreach (var step in migrations.Where(m => m.Version > current).OrderBy(m => m.Version))
        {
            using var tx = connection.BeginTransaction();
            using (var cmd = connection.CreateCommand())
            {
                cmd.Transaction = tx;
                cmd.CommandText = step.Sql;
                cmd.ExecuteNonQuery();
                // PRAGMA user_version lives in the file header and is part of the transaction: a failed step leaves the old version
                cmd.CommandText = $"PRAGMA user_version = {step.Version.ToString(CultureInfo.InvariantCulture)};";
                cmd.ExecuteNonQuery();
                cmd.CommandText = "INSERT INTO schema_history(version, description, applied) VALUES ($v, $d, $t)";
                cmd.Parameters.AddWithValue("$v", step.Version);
                cmd.Parameters.AddWithValue("$d", step.Description);
                cmd.Parameters.AddWithValue("$t", clock.GetUtcNow().ToString("o", CultureInfo.InvariantCulture));
                cmd.ExecuteNonQuery();
            }
            tx.Commit();
            current = step.Version;
        }
        return current;
    }

    /// <summary>Runs <paramref name="work"/> in one write transaction, after the writes queued before it.</summary>
    internal async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, T> work, CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var tx = _writer.BeginTransaction();
            var result = work(_writer, tx);
            tx.Commit();
            return result;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    internal T Read<T>(Func<SqliteConnection, T> query)
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return query(connection);
    }

    internal long NowTicks => _clock.GetUtcNow().UtcTicks;

    internal string NowText => Iso(_clock.GetUtcNow());

    internal static string Iso(DateTimeOffset value) => value.ToString("o", CultureInfo.InvariantCulture);

    internal static DateTimeOffset ParseIso(string value) => DateTimeOffset.Parse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    internal static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }

    private void Execute(SqliteConnection connection, string sql)
    {
        using var cmd = Command(connection, null, sql);
        cmd.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var cmd = Command(connection, null, sql);
        return cmd.ExecuteScalar();
    }

    /// <summary>Copies the whole store, consistent at one instant, to <paramref name="destination"/> while it stays in use.</summary>
    public async Task BackupAsync(string destination, CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = destination, Pooling = false }.ToString());
            target.Open();
            _writer.BackupDatabase(target);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public void Dispose()
    {
        _writer.Dispose();
        _writeLock.Dispose();
        SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
    }
}

public sealed partial class StoryStore
{
    /// <summary>Moves the write-ahead log into the database file (SQLite does this on its own every ~1,000 pages;
    /// a backup or a size measurement wants it done now).</summary>
    public async Task CheckpointAsync(CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try { Execute(_writer, "PRAGMA wal_checkpoint(TRUNCATE);"); }
        finally { _writeLock.Release(); }
    }
}
