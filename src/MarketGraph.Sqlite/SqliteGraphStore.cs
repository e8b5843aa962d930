using System.Globalization;
using MarketGraph.Core.Entities;
using MarketGraph.Core.Graph;
using MarketGraph.Core.Ports;
using Microsoft.Data.Sqlite;

namespace MarketGraph.Sqlite;

/// <summary>
/// The embedded graph store: one SQLite file in WAL mode. Claims are the source of truth; the edges table
/// is their aggregate, refreshed in the same transaction as every change to claims. Merges never rewrite
/// claims: each entity row points to its canonical entity, so a merge is undone exactly.
/// Reads open their own pooled connection and run concurrently; writes are serialised.
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore
{
    private readonly string _connectionString;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    public SqliteGraphStore(SqliteStoreOptions options, TimeProvider time)
    {
        var path = Path.GetFullPath(options.DatabasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        DatabasePath = path;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        _time = time;
    }

    public string DatabasePath { get; }

    /// <summary>Opens (creating or upgrading) a store on <paramref name="path"/>.</summary>
    public static async Task<SqliteGraphStore> OpenAsync(string path, TimeProvider? time = null, CancellationToken ct = default)
    {
        var store = new SqliteGraphStore(new SqliteStoreOptions { DatabasePath = path }, time ?? TimeProvider.System);
        await store.InitialiseAsync(ct);
        return store;
    }

    public async Task InitialiseAsync(CancellationToken ct = default)
    {
        await _writeLock.WaitAsync(ct);
        try
        {
            await using var connection = await OpenAsync(ct);
            await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", ct);
            await Migrations.ApplyAsync(connection, ct: ct);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    internal async Task<SqliteConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(ct);
        connection.CreateFunction("mg_key", (string? text) => EntityKey.Normalise(text), isDeterministic: true);
        await ExecuteAsync(connection, null, "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;", ct);
        return connection;
    }

    /// <summary>Runs <paramref name="work"/> in one write transaction; nothing of it stays if it throws.</summary>
    private async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> work, CancellationToken ct)
    {
        await _writeLock.WaitAsync(ct);
        try
        {
            await using var connection = await OpenAsync(ct);
            await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
            var result = await work(connection, tx);
            await tx.CommitAsync(CancellationToken.None);
            return result;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private string Now() => _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    public async Task<GraphCounts> CountsAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM entities WHERE id = canonical_id),
                   (SELECT COUNT(*) FROM edges), (SELECT COUNT(*) FROM claims);
            """;
        await using var r = await cmd.ExecuteReaderAsync(ct);
        await r.ReadAsync(ct);
        return new GraphCounts(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3));
    }

    public ValueTask DisposeAsync()
    {
        _writeLock.Dispose();
        return ValueTask.CompletedTask;
    }

    internal static async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction? tx, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters)
    {
        await using var cmd = Command(connection, tx, sql, parameters);
        return await cmd.ExecuteNonQueryAsync(ct);
    }

    internal static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return cmd;
    }

    internal static string JsonArray(IEnumerable<string> values) => System.Text.Json.JsonSerializer.Serialize(values);

    internal static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal static DateOnly? ParseDate(object? value) =>
        value is string s && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
