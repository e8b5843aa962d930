using System.Text;
using MarketGraph.Core.Claims;
using MarketGraph.Core.Entities;
using MarketGraph.Core.Graph;
using MarketGraph.Core.Ontology;
using Microsoft.Data.Sqlite;

namespace MarketGraph.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <summary>Recomputes the given edges from their live claims; an edge with none left is deleted.</summary>
    private static async Task RefreshEdgesAsync(SqliteConnection connection, SqliteTransaction tx, IReadOnlyCollection<string> edgeIds, CancellationToken ct)
    {
        if (edgeIds.Count == 0) return;
        var claims = new List<(string EdgeId, RelationType Type, string From, string To, ClaimProps Props, DateOnly? Date, double Confidence)>();
        await using (var cmd = Command(connection, tx, """
            SELECT c.edge_id, c.type, s.canonical_id, o.canonical_id, c.props, c.claim_date, c.confidence
            FROM claims c JOIN entities s ON s.id = c.subject_id JOIN entities o ON o.id = c.object_id
            WHERE c.edge_id IN (SELECT value FROM json_each($ids)) AND c.status <> 'rejected'
            ORDER BY c.claim_date IS NOT NULL, c.claim_date, c.rowid
            """, ("$ids", JsonArray(edgeIds))))
        {
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                claims.Add((r.GetString(0), RelationTypes.Parse(r.GetString(1)), r.GetString(2), r.GetString(3),
                    ClaimProps.FromJson(r.GetString(4)), ParseDate(r.IsDBNull(5) ? null : r.GetString(5)), r.GetDouble(6)));
            }
        }
        await ExecuteAsync(connection, tx, "DELETE FROM edges WHERE id IN (SELECT value FROM json_each($ids))", ct, ("$ids", JsonArray(edgeIds)));
        foreach (var group in claims.GroupBy(c => c.EdgeId))
        {
            var first = group.First();
            var (from, to) = first.Type.IsSymmetric() && string.CompareOrdinal(first.From, first.To) > 0 ? (first.To, first.From) : (first.From, first.To);
            // later claims' properties override earlier ones
            var props = new Dictionary<string, object>();
            foreach (var c in group)
            {
                foreach (var (k, v) in c.Props) props[k] = v;
            }
            var merged = new ClaimProps(props);
            var dates = group.Where(c => c.Date is not null).Select(c => c.Date!.Value).ToList();
            await ExecuteAsync(connection, tx, """
                INSERT INTO edges (id, type, from_id, to_id, props, props_key, first_seen, last_seen, confidence, claim_count, ended)
                VALUES ($id, $type, $from, $to, $props, $propsKey, $first, $last, $conf, $count, $ended)
                """, ct,
                ("$id", group.Key), ("$type", first.Type.WireName()), ("$from", from), ("$to", to), ("$props", merged.ToJson()),
                ("$propsKey", PropsKey(merged)),
                ("$first", dates.Count > 0 ? Date(dates.Min()) : null), ("$last", dates.Count > 0 ? Date(dates.Max()) : null),
                ("$conf", group.Max(c => c.Confidence)), ("$count", group.Count()), ("$ended", merged.GetBool("current") == false ? 1 : 0));
        }
    }

    /// <summary>The properties as <see cref="EdgeQuery.PropEquals"/> compares them: every value through <see cref="EntityKey.Normalise"/>.</summary>
    internal static string PropsKey(ClaimProps props) =>
        System.Text.Json.JsonSerializer.Serialize(props.ToDictionary(p => p.Key, p => EntityKey.Normalise(p.Value switch
        {
            bool b => b ? "true" : "false",
            _ => Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture),
        })));

    public async Task<Paged<Edge>> QueryEdgesAsync(EdgeQuery query, Page page, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        var (where, parameters) = EdgeFilter(query);
        await using var count = Command(connection, null, $"SELECT COUNT(*) FROM edges WHERE {where}", parameters);
        var total = Convert.ToInt32(await count.ExecuteScalarAsync(ct));
        await using var cmd = Command(connection, null,
            $"SELECT {EdgeColumns} FROM edges WHERE {where} ORDER BY last_seen IS NULL, last_seen DESC, id LIMIT $limit OFFSET $offset",
            [.. parameters, ("$limit", Math.Min(page.Limit, Page.MaxLimit * 100)), ("$offset", page.Offset)]);
        return new Paged<Edge>(await ReadEdgesAsync(cmd, ct), total);
    }

    internal const string EdgeColumns = "id, type, from_id, to_id, props, first_seen, last_seen, confidence, claim_count";

    internal static async Task<List<Edge>> ReadEdgesAsync(SqliteCommand cmd, CancellationToken ct)
    {
        var edges = new List<Edge>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            edges.Add(new Edge(r.GetString(0), RelationTypes.Parse(r.GetString(1)), r.GetString(2), r.GetString(3))
            {
                Props = ClaimProps.FromJson(r.GetString(4)),
                FirstSeen = ParseDate(r.IsDBNull(5) ? null : r.GetString(5)),
                LastSeen = ParseDate(r.IsDBNull(6) ? null : r.GetString(6)),
                Confidence = r.GetDouble(7),
                ClaimCount = r.GetInt32(8),
            });
        }
        return edges;
    }

    /// <summary>The SQL condition of an <see cref="EdgeQuery"/>; user values only ever travel as parameters.</summary>
    internal static (string Where, (string, object?)[] Parameters) EdgeFilter(EdgeQuery q)
    {
        var sql = new StringBuilder("1 = 1");
        var p = new List<(string, object?)>();
        if (q.Types is { Count: > 0 })
        {
            sql.Append(" AND type IN (SELECT value FROM json_each($types))");
            p.Add(("$types", JsonArray(q.Types.Select(t => t.WireName()))));
        }
        if (q.EntityIds is { Count: > 0 })
        {
            p.Add(("$ids", JsonArray(q.EntityIds)));
            const string from = "from_id IN (SELECT value FROM json_each($ids))";
            const string to = "to_id IN (SELECT value FROM json_each($ids))";
            var symmetric = $"type IN ({string.Join(',', RelationTypes.All.Where(i => i.Symmetric).Select(i => $"'{i.WireName}'"))})";
            sql.Append(q.Direction switch
            {
                Direction.Outgoing => $" AND ({from} OR ({symmetric} AND {to}))",
                Direction.Incoming => $" AND ({to} OR ({symmetric} AND {from}))",
                _ => $" AND ({from} OR {to})",
            });
        }
        if (q.FromIds is { Count: > 0 })
        {
            sql.Append(" AND from_id IN (SELECT value FROM json_each($fromIds))");
            p.Add(("$fromIds", JsonArray(q.FromIds)));
        }
        if (q.ToIds is { Count: > 0 })
        {
            sql.Append(" AND to_id IN (SELECT value FROM json_each($toIds))");
            p.Add(("$toIds", JsonArray(q.ToIds)));
        }
        if (q.AsOf is { } asOf)
        {
            sql.Append(" AND (first_seen IS NULL OR first_seen <= $asOf) AND NOT (ended = 1 AND last_seen IS NOT NULL AND last_seen < $asOf)");
            p.Add(("$asOf", Date(asOf)));
        }
        if (q.Since is { } since)
        {
            sql.Append(" AND (last_seen IS NULL OR last_seen >= $since)");
            p.Add(("$since", Date(since)));
        }
        if (q.Until is { } until)
        {
            sql.Append(" AND (first_seen IS NULL OR first_seen <= $until)");
            p.Add(("$until", Date(until)));
        }
        if (q.MinConfidence > 0)
        {
            sql.Append(" AND confidence >= $minConfidence");
            p.Add(("$minConfidence", q.MinConfidence));
        }
        var i = 0;
        foreach (var (key, value) in q.PropEquals ?? new Dictionary<string, string>())
        {
            sql.Append($" AND json_extract(props_key, $pk{i}) = $pv{i}");
            p.Add(($"$pk{i}", "$.\"" + key.Replace("\"", "") + "\""));
            p.Add(($"$pv{i}", EntityKey.Normalise(value)));
            i++;
        }
        return (sql.ToString(), p.ToArray());
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<StoredClaim>>> GetClaimsForEdgesAsync(IReadOnlyCollection<string> edgeIds, CancellationToken ct = default)
    {
        if (edgeIds.Count == 0) return new Dictionary<string, IReadOnlyList<StoredClaim>>();
        await using var connection = await OpenAsync(ct);
        await using var cmd = Command(connection, null,
            $"{ClaimSelect} WHERE c.edge_id IN (SELECT value FROM json_each($ids)) ORDER BY c.claim_date IS NULL, c.claim_date, c.rowid",
            ("$ids", JsonArray(edgeIds)));
        var claims = await ReadClaimsAsync(cmd, ct);
        return claims.GroupBy(c => c.EdgeId).ToDictionary(g => g.Key, g => (IReadOnlyList<StoredClaim>)g.ToList());
    }

    public async Task<StoredClaim?> GetClaimAsync(string claimId, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var cmd = Command(connection, null, $"{ClaimSelect} WHERE c.id = $id", ("$id", claimId));
        return (await ReadClaimsAsync(cmd, ct)).FirstOrDefault();
    }

    internal const string ClaimSelect = """
        SELECT c.id, c.edge_id, c.type, s.canonical_id, o.canonical_id, c.props, c.quote, c.ev_start, c.ev_end,
               c.extractor, c.extractor_version, c.confidence, c.status, c.document_hash
        FROM claims c JOIN entities s ON s.id = c.subject_id JOIN entities o ON o.id = c.object_id
        """;

    internal static async Task<List<StoredClaim>> ReadClaimsAsync(SqliteCommand cmd, CancellationToken ct)
    {
        var claims = new List<StoredClaim>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            claims.Add(new StoredClaim(r.GetString(0), r.GetString(1), RelationTypes.Parse(r.GetString(2)), r.GetString(3), r.GetString(4),
                ClaimProps.FromJson(r.GetString(5)), new Evidence(r.GetString(6), r.GetInt32(7), r.GetInt32(8)),
                new ExtractorInfo(r.GetString(9), r.GetString(10)), r.GetDouble(11), ParseStatus(r.GetString(12)), r.GetString(13)));
        }
        return claims;
    }
}
