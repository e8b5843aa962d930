using MarketGraph.Core.Claims;
using MarketGraph.Core.Graph;
using MarketGraph.Core.Ontology;
using Microsoft.Data.Sqlite;

namespace MarketGraph.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <summary>The status applies to every claim with the same fingerprint; rejection is remembered for future ones.</summary>
    public async Task<StoredClaim?> SetClaimStatusAsync(string claimId, ReviewStatus status, CancellationToken ct = default)
    {
        var changed = await WriteAsync(async (connection, tx) =>
        {
            string fingerprint;
            await using (var cmd = Command(connection, tx, "SELECT fingerprint FROM claims WHERE id = $id", ("$id", claimId)))
            {
                if (await cmd.ExecuteScalarAsync(ct) is not string f) return false;
                fingerprint = f;
            }
            await ExecuteAsync(connection, tx, "UPDATE claims SET status = $s WHERE fingerprint = $f", ct, ("$s", StatusName(status)), ("$f", fingerprint));
            if (status == ReviewStatus.Rejected)
                await ExecuteAsync(connection, tx, "INSERT OR IGNORE INTO rejections (fingerprint, rejected_at) VALUES ($f, $at)", ct, ("$f", fingerprint), ("$at", Now()));
            else
                await ExecuteAsync(connection, tx, "DELETE FROM rejections WHERE fingerprint = $f", ct, ("$f", fingerprint));
            await RefreshEdgesAsync(connection, tx, await EdgeIdsAsync(connection, tx, "fingerprint = $f", ("$f", fingerprint), ct), ct);
            return true;
        }, ct);
        return changed ? await GetClaimAsync(claimId, ct) : null;
    }

    public async Task<MergeRecord> MergeEntitiesAsync(string keptId, string mergedId, DateTimeOffset at, CancellationToken ct = default)
    {
        return await WriteAsync(async (connection, tx) =>
        {
            var kept = await CanonicalAsync(connection, tx, keptId, ct) ?? throw new KeyNotFoundException($"no entity '{keptId}'");
            var merged = await CanonicalAsync(connection, tx, mergedId, ct) ?? throw new KeyNotFoundException($"no entity '{mergedId}'");
            if (kept == merged) throw new InvalidOperationException($"'{keptId}' and '{mergedId}' are already the same entity");
            var moved = new List<string>();
            await using (var cmd = Command(connection, tx, "SELECT id FROM entities WHERE canonical_id = $m", ("$m", merged)))
            {
                await using var r = await cmd.ExecuteReaderAsync(ct);
                while (await r.ReadAsync(ct)) moved.Add(r.GetString(0));
            }
            var oldEdges = await EdgesOfEntitiesAsync(connection, tx, moved, ct);
            await ExecuteAsync(connection, tx, "UPDATE entities SET canonical_id = $k WHERE canonical_id = $m", ct, ("$k", kept), ("$m", merged));
            var record = new MergeRecord($"merge:{Guid.NewGuid():N}", kept, merged, at);
            await ExecuteAsync(connection, tx, "INSERT INTO merges (id, kept_id, merged_id, moved_ids, merged_at) VALUES ($id, $k, $m, $moved, $at)", ct,
                ("$id", record.Id), ("$k", kept), ("$m", merged), ("$moved", JsonArray(moved)), ("$at", at.ToString("O")));
            await RekeyClaimsAsync(connection, tx, moved, oldEdges, ct);
            return record;
        }, ct);
    }

    public async Task<bool> SplitEntityAsync(string mergeRecordId, CancellationToken ct = default)
    {
        return await WriteAsync(async (connection, tx) =>
        {
            string kept, merged, movedJson;
            await using (var cmd = Command(connection, tx, "SELECT kept_id, merged_id, moved_ids FROM merges WHERE id = $id AND undone_at IS NULL", ("$id", mergeRecordId)))
            {
                await using var r = await cmd.ExecuteReaderAsync(ct);
                if (!await r.ReadAsync(ct)) return false;
                (kept, merged, movedJson) = (r.GetString(0), r.GetString(1), r.GetString(2));
            }
            var moved = System.Text.Json.JsonSerializer.Deserialize<List<string>>(movedJson) ?? [];
            var oldEdges = await EdgesOfEntitiesAsync(connection, tx, moved, ct);
            // entities merged into 'kept' later still follow it; only this merge's entities go back
            var keptCanonical = await CanonicalAsync(connection, tx, kept, ct) ?? kept;
            await ExecuteAsync(connection, tx, "UPDATE entities SET canonical_id = $m WHERE id IN (SELECT value FROM json_each($moved)) AND canonical_id = $k", ct,
                ("$m", merged), ("$moved", movedJson), ("$k", keptCanonical));
            await ExecuteAsync(connection, tx, "UPDATE merges SET undone_at = $at WHERE id = $id", ct, ("$at", Now()), ("$id", mergeRecordId));
            await RekeyClaimsAsync(connection, tx, moved, oldEdges, ct);
            return true;
        }, ct);
    }

    private static async Task<string?> CanonicalAsync(SqliteConnection connection, SqliteTransaction tx, string id, CancellationToken ct)
    {
        await using var cmd = Command(connection, tx, "SELECT canonical_id FROM entities WHERE id = $id", ("$id", id));
        return await cmd.ExecuteScalarAsync(ct) as string;
    }

    private static Task<List<string>> EdgesOfEntitiesAsync(SqliteConnection connection, SqliteTransaction tx, IReadOnlyCollection<string> entityIds, CancellationToken ct) =>
        EdgeIdsAsync(connection, tx, "subject_id IN (SELECT value FROM json_each($e)) OR object_id IN (SELECT value FROM json_each($e))", ("$e", JsonArray(entityIds)), ct);

    private static async Task<List<string>> EdgeIdsAsync(SqliteConnection connection, SqliteTransaction tx, string where, (string, object?) parameter, CancellationToken ct)
    {
        var ids = new List<string>();
        await using var cmd = Command(connection, tx, $"SELECT DISTINCT edge_id FROM claims WHERE {where}", parameter);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct)) ids.Add(r.GetString(0));
        return ids;
    }

    /// <summary>After canonical ids changed: recompute the claims' edge ids, then refresh old and new edges.</summary>
    private static async Task RekeyClaimsAsync(SqliteConnection connection, SqliteTransaction tx, IReadOnlyCollection<string> entityIds, List<string> oldEdges, CancellationToken ct)
    {
        var updates = new List<(string ClaimId, string EdgeId)>();
        await using (var cmd = Command(connection, tx, """
            SELECT c.id, c.type, s.canonical_id, o.canonical_id FROM claims c
            JOIN entities s ON s.id = c.subject_id JOIN entities o ON o.id = c.object_id
            WHERE c.subject_id IN (SELECT value FROM json_each($e)) OR c.object_id IN (SELECT value FROM json_each($e))
            """, ("$e", JsonArray(entityIds))))
        {
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) updates.Add((r.GetString(0), Edge.IdFor(RelationTypes.Parse(r.GetString(1)), r.GetString(2), r.GetString(3))));
        }
        foreach (var (claimId, edgeId) in updates)
            await ExecuteAsync(connection, tx, "UPDATE claims SET edge_id = $e WHERE id = $id", ct, ("$e", edgeId), ("$id", claimId));
        await RefreshEdgesAsync(connection, tx, oldEdges.Concat(updates.Select(u => u.EdgeId)).Distinct().ToList(), ct);
    }
}
