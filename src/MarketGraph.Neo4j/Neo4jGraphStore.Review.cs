using System.Globalization;
using System.Text.Json;
using MarketGraph.Core.Claims;
using MarketGraph.Core.Entities;
using MarketGraph.Core.Graph;
using MarketGraph.Core.Ontology;
using MarketGraph.Neo4j.Client;

namespace MarketGraph.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public Task<StoredClaim?> SetClaimStatusAsync(string claimId, ReviewStatus status, CancellationToken ct = default) =>
        client.ExecuteWriteAsync(async (tx, token) =>
        {
            var result = await tx.RunAsync(CypherFiles.Get("set-claim-status"), P(("id", claimId), ("status", status.ToString())), token);
            if (result.Values.Count == 0) return null;
            var claim = ToClaim(result.Values[0][0]);
            var edgeIds = result.Values[0][1] is IEnumerable<object?> ids ? ids.OfType<string>().ToList() : [claim.EdgeId];
            await RefreshEdgesAsync(tx, edgeIds, token);
            return (StoredClaim?)claim;
        }, ct);

    /// <summary>
    /// The merged entity stays as a node whose <c>canonicalId</c> points at the kept one (reads follow it); the kept
    /// entity takes its names and identifiers, and the record keeps the kept entity's own names for the split.
    /// </summary>
    public Task<MergeRecord> MergeEntitiesAsync(string keptId, string mergedId, DateTimeOffset at, CancellationToken ct = default) =>
        client.ExecuteWriteAsync(async (tx, token) =>
        {
            var raw = await tx.RunAsync(CypherFiles.Get("entity-raw"), P(("ids", new List<string> { keptId, mergedId })), token);
            var byId = raw.Values.Select(r => Map(r[0])).ToDictionary(m => Str(m, "id")!, StringComparer.Ordinal);
            var kept = Canonical(byId, keptId);
            var merged = Canonical(byId, mergedId);
            if (kept == merged) throw new InvalidOperationException($"'{keptId}' and '{mergedId}' are already the same entity");
            if (kept != keptId || merged != mergedId)
                throw new InvalidOperationException("merge the entities the merged ones now read as (their canonical ids)");
            var keptEntity = ToEntity(byId[kept]);
            var mergedEntity = ToEntity(byId[merged]);

            var record = new MergeRecord($"merge:{Guid.NewGuid():N}", kept, merged, at);
            var moved = await tx.RunAsync(CypherFiles.Get("merge-entities"), P(
                ("mergedId", merged), ("keptId", kept), ("recordId", record.Id), ("at", at.ToString("O", CultureInfo.InvariantCulture)),
                ("keptAliases", keptEntity.Aliases.ToList()), ("keptIdentifiers", IdentifiersJson(keptEntity.Identifiers)), ("keptCountry", keptEntity.Country)), token);
            var movedIds = ((IEnumerable<object?>)moved.Values[0][0]!).OfType<string>().ToList();

            var keys = keptEntity.Aliases.Prepend(keptEntity.Name).Select(EntityKey.Normalise).ToHashSet(StringComparer.Ordinal);
            var aliases = keptEntity.Aliases.ToList();
            foreach (var name in mergedEntity.Aliases.Prepend(mergedEntity.Name))
                if (keys.Add(EntityKey.Normalise(name))) aliases.Add(name);
            var identifiers = new Dictionary<string, string>(keptEntity.Identifiers, StringComparer.Ordinal);
            foreach (var (k, v) in mergedEntity.Identifiers) identifiers.TryAdd(k, v);
            var folded = keptEntity with { Aliases = aliases, Identifiers = identifiers, Country = keptEntity.Country ?? mergedEntity.Country };
            await tx.RunAsync(CypherFiles.Get(GraphBatches.Entities), P(("rows", new[] { GraphRows.Entity(folded) })), token);

            await RekeyClaimsAsync(tx, movedIds, token);
            return record;
        }, ct);

    public Task<bool> SplitEntityAsync(string mergeRecordId, CancellationToken ct = default) =>
        client.ExecuteWriteAsync(async (tx, token) =>
        {
            var result = await tx.RunAsync(CypherFiles.Get("split-entity"), P(("recordId", mergeRecordId)), token);
            if (result.Values.Count == 0) return false;
            var r = Map(result.Values[0][0]);
            var keptId = Str(r, "keptId")!;
            var raw = await tx.RunAsync(CypherFiles.Get("entity-raw"), P(("ids", new List<string> { keptId })), token);
            var kept = ToEntity(raw.Values[0][0]);
            var identifiers = JsonSerializer.Deserialize<Dictionary<string, string>>(Str(r, "keptIdentifiers") ?? "{}") ?? [];
            var restored = kept with { Aliases = Strings(r, "keptAliases"), Identifiers = identifiers, Country = Str(r, "keptCountry") };
            await tx.RunAsync(CypherFiles.Get(GraphBatches.Entities), P(("rows", new[] { GraphRows.Entity(restored) })), token);
            await RekeyClaimsAsync(tx, Strings(r, "movedIds"), token);
            return true;
        }, ct);

    private static string Canonical(Dictionary<string, IReadOnlyDictionary<string, object?>> byId, string id) =>
        byId.TryGetValue(id, out var m) ? Str(m, "canonicalId") ?? id : throw new KeyNotFoundException($"no entity '{id}'");

    /// <summary>After canonical ids changed: the claims' edge ids follow, then old and new edges are refreshed.</summary>
    private static async Task RekeyClaimsAsync(Neo4jTransaction tx, IReadOnlyList<string> entityIds, CancellationToken ct)
    {
        var claims = await tx.RunAsync(CypherFiles.Get("claims-of-entities"), P(("entityIds", entityIds.ToList())), ct);
        var rows = new List<Dictionary<string, object?>>();
        var edgeIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in claims.Records)
        {
            var newEdge = Edge.IdFor(RelationTypes.Parse((string)c["type"]!), (string)c["subject"]!, (string)c["object"]!);
            edgeIds.Add((string)c["edgeId"]!);
            edgeIds.Add(newEdge);
            rows.Add(new Dictionary<string, object?> { ["id"] = c["id"], ["edgeId"] = newEdge });
        }
        if (rows.Count == 0) return;
        await tx.RunAsync(CypherFiles.Get("set-claim-edges"), P(("rows", rows)), ct);
        await RefreshEdgesAsync(tx, edgeIds.ToList(), ct);
    }
}
