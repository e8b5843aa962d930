using MarketGraph.Core.Entities;
using MarketGraph.Core.Graph;
using MarketGraph.Core.Ontology;
using Microsoft.Data.Sqlite;

namespace MarketGraph.Sqlite;

public sealed partial class SqliteGraphStore
{
    public async Task<Entity?> GetEntityAsync(string id, CancellationToken ct = default) =>
        (await GetEntitiesAsync([id], ct)).GetValueOrDefault(id);

    /// <summary>Keyed by the requested id; a merged entity's id answers with the entity it was merged into.</summary>
    public async Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default)
    {
        if (ids.Count == 0) return new Dictionary<string, Entity>();
        await using var connection = await OpenAsync(ct);
        var canonicalOf = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var cmd = Command(connection, null, "SELECT id, canonical_id FROM entities WHERE id IN (SELECT value FROM json_each($ids))", ("$ids", JsonArray(ids.Distinct()))))
        {
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) canonicalOf[r.GetString(0)] = r.GetString(1);
        }
        var entities = await LoadCanonicalAsync(connection, canonicalOf.Values.Distinct().ToList(), ct);
        var result = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var (id, canonical) in canonicalOf)
        {
            if (entities.TryGetValue(canonical, out var e)) result[id] = e;
        }
        return result;
    }

    /// <summary>Canonical entities with the names and identifiers of every entity merged into them.</summary>
    private static async Task<Dictionary<string, Entity>> LoadCanonicalAsync(SqliteConnection connection, IReadOnlyCollection<string> canonicalIds, CancellationToken ct)
    {
        var result = new Dictionary<string, Entity>(StringComparer.Ordinal);
        if (canonicalIds.Count == 0) return result;
        var ids = JsonArray(canonicalIds);
        await using (var cmd = Command(connection, null, "SELECT id, name, kind, country FROM entities WHERE id IN (SELECT value FROM json_each($ids))", ("$ids", ids)))
        {
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
                result[r.GetString(0)] = new Entity(r.GetString(0), r.GetString(1), Enum.Parse<EntityKind>(r.GetString(2))) { Country = r.IsDBNull(3) ? null : r.GetString(3) };
        }
        var aliases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        await using (var cmd = Command(connection, null, """
            SELECT e.canonical_id, n.name FROM entity_names n JOIN entities e ON e.id = n.entity_id
            WHERE e.canonical_id IN (SELECT value FROM json_each($ids)) ORDER BY e.canonical_id, n.rowid
            """, ("$ids", ids)))
        {
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                var canonical = r.GetString(0);
                var name = r.GetString(1);
                if (!result.TryGetValue(canonical, out var e) || name == e.Name) continue;
                var list = aliases.TryGetValue(canonical, out var l) ? l : aliases[canonical] = [];
                if (!list.Contains(name)) list.Add(name);
            }
        }
        var identifiers = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        await using (var cmd = Command(connection, null, """
            SELECT e.canonical_id, i.scheme, i.value FROM entity_identifiers i JOIN entities e ON e.id = i.entity_id
            WHERE e.canonical_id IN (SELECT value FROM json_each($ids)) ORDER BY i.scheme, i.value
            """, ("$ids", ids)))
        {
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct))
            {
                var map = identifiers.TryGetValue(r.GetString(0), out var m) ? m : identifiers[r.GetString(0)] = [];
                map.TryAdd(r.GetString(1), r.GetString(2));
            }
        }
        foreach (var id in result.Keys.ToList())
        {
            result[id] = result[id] with
            {
                Aliases = aliases.TryGetValue(id, out var a) ? a : [],
                Identifiers = identifiers.TryGetValue(id, out var i) ? i : new Dictionary<string, string>(),
            };
        }
        return result;
    }

    public async Task<IReadOnlyList<Entity>> FindEntitiesAsync(string nameOrIdentifier, CancellationToken ct = default)
    {
        var key = EntityKey.Normalise(nameOrIdentifier);
        var identifier = MentionResolver.NormaliseIdentifier(nameOrIdentifier);
        await using var connection = await OpenAsync(ct);
        var canonical = new List<string>();
        await using (var cmd = Command(connection, null, """
            SELECT DISTINCT e.canonical_id FROM entities e
            WHERE e.id = $raw
               OR e.id IN (SELECT entity_id FROM entity_names WHERE key = $key)
               OR e.id IN (SELECT entity_id FROM entity_identifiers WHERE value = $identifier AND $identifier <> '')
            """, ("$raw", nameOrIdentifier.Trim()), ("$key", key), ("$identifier", identifier)))
        {
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) canonical.Add(r.GetString(0));
        }
        var entities = await LoadCanonicalAsync(connection, canonical, ct);
        return canonical.Where(entities.ContainsKey).Select(id => entities[id]).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
    }

    public async Task<Paged<Entity>> SearchEntitiesAsync(string text, IReadOnlyCollection<EntityKind>? kinds, Page page, CancellationToken ct = default)
    {
        var match = FtsQuery.From(text);
        if (match is null) return new Paged<Entity>([], 0);
        var kindFilter = kinds is { Count: > 0 } ? JsonArray(kinds.Select(k => k.ToString())) : null;
        await using var connection = await OpenAsync(ct);
        // bm25() only works directly over the FTS table: materialise the hits before joining them
        const string hits = """
            WITH hits AS MATERIALIZED (SELECT entity_id, bm25(entity_fts) AS score FROM entity_fts WHERE entity_fts MATCH $match)
            """;
        const string matching = """
            FROM hits JOIN entities e ON e.id = hits.entity_id JOIN entities c ON c.id = e.canonical_id
            WHERE ($kinds IS NULL OR c.kind IN (SELECT value FROM json_each($kinds)))
            """;
        await using var count = Command(connection, null, $"{hits} SELECT COUNT(DISTINCT e.canonical_id) {matching}", ("$match", match), ("$kinds", kindFilter));
        var total = Convert.ToInt32(await count.ExecuteScalarAsync(ct));
        var ids = new List<string>();
        await using (var cmd = Command(connection, null, $"{hits} SELECT e.canonical_id AS id, MIN(hits.score) AS rank {matching} GROUP BY e.canonical_id ORDER BY rank, id LIMIT $limit OFFSET $offset",
                         ("$match", match), ("$kinds", kindFilter), ("$limit", page.Limit), ("$offset", page.Offset)))
        {
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) ids.Add(r.GetString(0));
        }
        var entities = await LoadCanonicalAsync(connection, ids, ct);
        return new Paged<Entity>(ids.Where(entities.ContainsKey).Select(id => entities[id]).ToList(), total);
    }

    public async IAsyncEnumerable<Entity> AllEntitiesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        string after = "";
        while (true)
        {
            var ids = new List<string>();
            await using (var cmd = Command(connection, null, "SELECT id FROM entities WHERE id = canonical_id AND id > $after ORDER BY id LIMIT 500", ("$after", after)))
            {
                await using var r = await cmd.ExecuteReaderAsync(ct);
                while (await r.ReadAsync(ct)) ids.Add(r.GetString(0));
            }
            if (ids.Count == 0) yield break;
            var entities = await LoadCanonicalAsync(connection, ids, ct);
            foreach (var id in ids) yield return entities[id];
            after = ids[^1];
        }
    }

    public async IAsyncEnumerable<(Edge Edge, IReadOnlyList<Core.Graph.StoredClaim> Claims)> AllEdgesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        string after = "";
        while (true)
        {
            List<Edge> edges;
            await using (var connection = await OpenAsync(ct))
            await using (var cmd = Command(connection, null, $"SELECT {EdgeColumns} FROM edges WHERE id > $after ORDER BY id LIMIT 500", ("$after", after)))
            {
                edges = await ReadEdgesAsync(cmd, ct);
            }
            if (edges.Count == 0) yield break;
            var claims = await GetClaimsForEdgesAsync(edges.Select(e => e.Id).ToList(), ct);
            foreach (var edge in edges) yield return (edge, claims.GetValueOrDefault(edge.Id) ?? []);
            after = edges[^1].Id;
        }
    }
}
