using MarketGraph.Core.Entities;
using MarketGraph.Core.Ontology;
using Microsoft.Data.Sqlite;
using static MarketGraph.Sqlite.SqliteGraphStore;

namespace MarketGraph.Sqlite;

/// <summary>
/// Resolves mentions to entities inside one ingest transaction: an identifier match first, then a name or
/// alias with the same normalised key and a compatible kind; otherwise a new entity. New names and
/// identifiers a mention brings are added to the entity it resolved to.
/// </summary>
internal sealed class MentionResolver(SqliteConnection connection, SqliteTransaction tx)
{
    public readonly record struct Resolved(string Id, string Canonical);

    private readonly Dictionary<(EntityKind, string), Resolved> _cache = new();
    private readonly HashSet<string> _resolvedIds = new(StringComparer.Ordinal);

    public int Created { get; private set; }

    public IReadOnlyCollection<string> ResolvedIds => _resolvedIds;

    public async Task<Resolved> ResolveAsync(EntityMention mention, CancellationToken ct)
    {
        var key = mention.Key;
        if (key.Length == 0) throw new InvalidOperationException($"entity name '{mention.Name}' has no letters or digits");
        if (!_cache.TryGetValue((mention.Kind, key), out var resolved))
        {
            resolved = await FindAsync(mention, key, ct) ?? await CreateAsync(mention, key, ct);
            _cache[(mention.Kind, key)] = resolved;
        }
        await EnrichAsync(resolved.Id, mention, ct);
        _resolvedIds.Add(resolved.Id);
        return resolved;
    }

    public static bool Compatible(EntityKind a, EntityKind b) =>
        a == b || (a is EntityKind.Organization or EntityKind.PublicBody && b is EntityKind.Organization or EntityKind.PublicBody);

    private async Task<Resolved?> FindAsync(EntityMention mention, string key, CancellationToken ct)
    {
        foreach (var (scheme, value) in mention.Identifiers)
        {
            await using var cmd = Command(connection, tx, """
                SELECT e.id, e.canonical_id, e.kind FROM entity_identifiers i JOIN entities e ON e.id = i.entity_id
                WHERE i.scheme = $s AND i.value = $v
                """, ("$s", scheme), ("$v", NormaliseIdentifier(value)));
            await using var r = await cmd.ExecuteReaderAsync(ct);
            if (await r.ReadAsync(ct) && Compatible(Enum.Parse<EntityKind>(r.GetString(2)), mention.Kind))
                return new Resolved(r.GetString(0), r.GetString(1));
        }

        var keys = mention.Aliases.Select(EntityKey.Normalise).Where(k => k.Length > 0).Prepend(key).Distinct().ToList();
        await using (var cmd = Command(connection, tx, """
            SELECT e.id, e.canonical_id, e.kind, n.key FROM entity_names n JOIN entities e ON e.id = n.entity_id
            WHERE n.key IN (SELECT value FROM json_each($keys))
            """, ("$keys", JsonArray(keys))))
        {
            await using var r = await cmd.ExecuteReaderAsync(ct);
            var candidates = new List<(string Id, string Canonical, EntityKind Kind, string Key)>();
            while (await r.ReadAsync(ct)) candidates.Add((r.GetString(0), r.GetString(1), Enum.Parse<EntityKind>(r.GetString(2)), r.GetString(3)));
            // the mention's own name beats its aliases; the same kind beats a compatible one
            var best = candidates
                .Where(c => Compatible(c.Kind, mention.Kind))
                .OrderBy(c => c.Key == key ? 0 : 1).ThenBy(c => c.Kind == mention.Kind ? 0 : 1).ThenBy(c => c.Id, StringComparer.Ordinal)
                .FirstOrDefault();
            if (best.Id is not null) return new Resolved(best.Id, best.Canonical);
        }
        return null;
    }

    private async Task<Resolved> CreateAsync(EntityMention mention, string key, CancellationToken ct)
    {
        var id = EntityId.For(mention.Kind, mention.Name);
        await using (var existing = Command(connection, tx, "SELECT canonical_id FROM entities WHERE id = $id", ("$id", id)))
        {
            if (await existing.ExecuteScalarAsync(ct) is string canonical) return new Resolved(id, canonical);
        }
        await ExecuteAsync(connection, tx, "INSERT INTO entities (id, name, kind, country, canonical_id) VALUES ($id, $name, $kind, $country, $id)", ct,
            ("$id", id), ("$name", mention.Name.Trim()), ("$kind", mention.Kind.ToString()), ("$country", mention.Country));
        // not the entity's rowid: VACUUM may renumber those
        await ExecuteAsync(connection, tx, "UPDATE entities SET fts_rowid = (SELECT COALESCE(MAX(fts_rowid), 0) + 1 FROM entities) WHERE id = $id", ct, ("$id", id));
        await ExecuteAsync(connection, tx, "INSERT INTO entity_fts (rowid, entity_id, names) SELECT fts_rowid, id, $names FROM entities WHERE id = $id", ct,
            ("$id", id), ("$names", mention.Name.Trim()));
        await AddNameAsync(id, mention.Name.Trim(), key, ct);
        Created++;
        return new Resolved(id, id);
    }

    private async Task EnrichAsync(string id, EntityMention mention, CancellationToken ct)
    {
        var added = false;
        foreach (var name in mention.Aliases.Prepend(mention.Name))
        {
            var k = EntityKey.Normalise(name);
            if (k.Length > 0) added |= await AddNameAsync(id, name.Trim(), k, ct);
        }
        foreach (var (scheme, value) in mention.Identifiers)
        {
            await ExecuteAsync(connection, tx, "INSERT OR IGNORE INTO entity_identifiers (scheme, value, entity_id) VALUES ($s, $v, $id)", ct,
                ("$s", scheme.Trim().ToLowerInvariant()), ("$v", NormaliseIdentifier(value)), ("$id", id));
        }
        if (mention.Country is not null)
            await ExecuteAsync(connection, tx, "UPDATE entities SET country = $c WHERE id = $id AND country IS NULL", ct, ("$c", mention.Country), ("$id", id));
        if (added)
        {
            await ExecuteAsync(connection, tx, """
                UPDATE entity_fts SET names = (SELECT group_concat(name, ' | ') FROM entity_names WHERE entity_id = $id)
                WHERE rowid = (SELECT fts_rowid FROM entities WHERE id = $id)
                """, ct, ("$id", id));
        }
    }

    private async Task<bool> AddNameAsync(string id, string name, string key, CancellationToken ct) =>
        await ExecuteAsync(connection, tx, "INSERT OR IGNORE INTO entity_names (entity_id, key, name) VALUES ($id, $k, $n)", ct,
            ("$id", id), ("$k", key), ("$n", name)) > 0;

    /// <summary>Identifiers compare without spaces, dots and dashes, in upper case ("FR 12 345" = "FR12345").</summary>
    public static string NormaliseIdentifier(string value) =>
        new string(value.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
}
