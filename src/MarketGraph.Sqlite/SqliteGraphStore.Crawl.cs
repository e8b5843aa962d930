using System.Globalization;
using System.Text.Json;
using MarketGraph.Core.Graph;

namespace MarketGraph.Sqlite;

public sealed partial class SqliteGraphStore
{
    public async Task<FetchState?> GetFetchStateAsync(string url, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var cmd = Command(connection, null, "SELECT url, etag, last_modified, content_hash, fetched_at FROM fetch_state WHERE url = $u", ("$u", url));
        await using var r = await cmd.ExecuteReaderAsync(ct);
        if (!await r.ReadAsync(ct)) return null;
        return new FetchState(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2),
            r.IsDBNull(3) ? null : r.GetString(3), DateTimeOffset.Parse(r.GetString(4), CultureInfo.InvariantCulture));
    }

    public Task SaveFetchStateAsync(FetchState state, CancellationToken ct = default) =>
        WriteAsync(async (connection, tx) => await ExecuteAsync(connection, tx, """
            INSERT INTO fetch_state (url, etag, last_modified, content_hash, fetched_at) VALUES ($u, $e, $lm, $h, $at)
            ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
                content_hash = excluded.content_hash, fetched_at = excluded.fetched_at
            """, ct, ("$u", state.Url), ("$e", state.ETag), ("$lm", state.LastModified), ("$h", state.ContentHash),
            ("$at", state.FetchedAt.ToString("O", CultureInfo.InvariantCulture))), ct);

    public Task RecordSourceRunAsync(SourceRun run, CancellationToken ct = default) =>
        WriteAsync(async (connection, tx) => await ExecuteAsync(connection, tx, """
            INSERT INTO source_runs (source_name, started_at, finished_at, fetched, unchanged, new_documents, claims, errors, error_messages)
            VALUES ($s, $start, $end, $f, $u, $n, $c, $e, $m)
            """, ct, ("$s", run.SourceName), ("$start", run.StartedAt.ToString("O", CultureInfo.InvariantCulture)),
            ("$end", run.FinishedAt.ToString("O", CultureInfo.InvariantCulture)), ("$f", run.Fetched), ("$u", run.Unchanged),
            ("$n", run.NewDocuments), ("$c", run.Claims), ("$e", run.Errors), ("$m", JsonSerializer.Serialize(run.ErrorMessages))), ct);

    public async Task<IReadOnlyList<SourceRun>> LatestSourceRunsAsync(CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var cmd = Command(connection, null, """
            SELECT source_name, started_at, finished_at, fetched, unchanged, new_documents, claims, errors, error_messages
            FROM source_runs WHERE id IN (SELECT MAX(id) FROM source_runs GROUP BY source_name) ORDER BY source_name
            """);
        var runs = new List<SourceRun>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            runs.Add(new SourceRun(r.GetString(0), DateTimeOffset.Parse(r.GetString(1), CultureInfo.InvariantCulture), DateTimeOffset.Parse(r.GetString(2), CultureInfo.InvariantCulture))
            {
                Fetched = r.GetInt32(3), Unchanged = r.GetInt32(4), NewDocuments = r.GetInt32(5), Claims = r.GetInt32(6), Errors = r.GetInt32(7),
                ErrorMessages = JsonSerializer.Deserialize<List<string>>(r.GetString(8)) ?? [],
            });
        }
        return runs;
    }
}
