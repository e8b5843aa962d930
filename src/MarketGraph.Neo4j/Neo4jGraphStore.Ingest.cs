using System.Globalization;
using System.Text.Json;
using MarketGraph.Core.Claims;
using MarketGraph.Core.Documents;
using MarketGraph.Core.Entities;
using MarketGraph.Core.Graph;
using MarketGraph.Core.Ontology;
using MarketGraph.Core.Ports;
using MarketGraph.Core.Text;
using MarketGraph.Neo4j.Client;

namespace MarketGraph.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public async Task<IngestResult> IngestAsync(Document document, Extraction extraction, CancellationToken ct = default)
    {
        ClaimRules.EnsureValid(document, extraction);
        return await client.ExecuteWriteAsync(async (tx, token) =>
        {
            var exists = await tx.RunAsync(CypherFiles.Get("document-exists"), P(("contentHash", document.ContentHash)), token);
            if (exists.Values.Count > 0 && exists.Values[0][0] is long n && n > 0) return new IngestResult(document.ContentHash, true, 0, 0, 0);

            var mentions = extraction.Entities.Concat(extraction.Claims.SelectMany(c => new[] { c.Subject, c.Object })).ToList();
            var resolver = new MentionResolver(await CandidatesAsync(tx, mentions, token));
            foreach (var mention in extraction.Entities) resolver.Resolve(mention);

            var claims = new Dictionary<string, (StoredClaim Claim, string Fingerprint, DateOnly? Date)>(StringComparer.Ordinal);
            foreach (var claim in extraction.Claims)
            {
                var subject = resolver.Resolve(claim.Subject);
                var obj = resolver.Resolve(claim.Object);
                if (subject == obj) continue; // a fact about itself carries nothing
                var fingerprint = ClaimFingerprint.Of(claim.Type, subject, obj, claim.Evidence.Quote);
                var id = ClaimFingerprint.ClaimId(document.ContentHash, fingerprint, claim.Evidence.Start);
                var stored = new StoredClaim(id, Edge.IdFor(claim.Type, subject, obj), claim.Type, subject, obj, claim.Props, claim.Evidence,
                    claim.Extractor, claim.Confidence, claim.Status, document.ContentHash);
                claims.TryAdd(id, (stored, fingerprint, ClaimRules.DateOf(claim, document)));
            }

            var rejected = new HashSet<string>(StringComparer.Ordinal);
            if (claims.Count > 0)
            {
                var found = await tx.RunAsync(CypherFiles.Get("rejected-fingerprints"),
                    P(("fingerprints", claims.Values.Select(c => c.Fingerprint).Distinct().ToList())), token);
                foreach (var row in found.Values) if (row[0] is string f) rejected.Add(f);
            }

            var info = new DocumentInfo(document.ContentHash, document.MediaType)
            {
                Url = document.Url, Title = document.Title, Language = document.Language, Published = document.Published,
                FetchedAt = document.FetchedAt, Publisher = document.Publisher, SourceName = document.SourceName,
            };
            await tx.RunAsync(CypherFiles.Get(GraphBatches.Documents), P(("rows", new[] { GraphRows.Document(info, document.Text, document.Author) })), token);
            await tx.RunAsync(CypherFiles.Get(GraphBatches.Entities), P(("rows", resolver.Touched.Select(GraphRows.Entity).ToList())), token);
            var claimRows = claims.Values.Select(c => GraphRows.Claim(
                rejected.Contains(c.Fingerprint) ? c.Claim with { Status = ReviewStatus.Rejected } : c.Claim, c.Fingerprint, c.Date)).ToList();
            if (claimRows.Count > 0) await tx.RunAsync(CypherFiles.Get(GraphBatches.Claims), P(("rows", claimRows)), token);
            var mentionRows = resolver.Touched.Select(e => new Dictionary<string, object?> { ["documentHash"] = document.ContentHash, ["entityId"] = e.Id }).ToList();
            await tx.RunAsync(CypherFiles.Get("upsert-mentions"), P(("rows", mentionRows)), token);
            await RefreshEdgesAsync(tx, claims.Values.Select(c => c.Claim.EdgeId).Distinct().ToList(), token);

            var rejectedCount = claims.Values.Count(c => rejected.Contains(c.Fingerprint));
            return new IngestResult(document.ContentHash, false, resolver.Created, claims.Count, rejectedCount);
        }, ct);
    }

    private static async Task<List<Entity>> CandidatesAsync(Neo4jTransaction tx, IReadOnlyList<EntityMention> mentions, CancellationToken ct)
    {
        var keys = mentions.SelectMany(m => m.Aliases.Prepend(m.Name)).Select(EntityKey.Normalise).Where(k => k.Length > 0).Distinct().ToList();
        var ids = mentions.Where(m => m.Key.Length > 0).Select(m => EntityId.For(m.Kind, m.Name)).Distinct().ToList();
        var identifierValues = mentions.SelectMany(m => m.Identifiers).Select(i => MentionResolver.IdentifierValue(i.Key, i.Value)).Distinct().ToList();
        var result = await tx.RunAsync(CypherFiles.Get("entity-candidates"), P(("ids", ids), ("keys", keys), ("identifierValues", identifierValues)), ct);
        return result.Values.Select(r => ToEntity(r[0])).ToList();
    }

    /// <summary>Recomputes edges from their live claims (later claims' properties win); an edge with none left is deleted.</summary>
    private static async Task RefreshEdgesAsync(Neo4jTransaction tx, IReadOnlyList<string> edgeIds, CancellationToken ct)
    {
        if (edgeIds.Count == 0) return;
        var deletions = edgeIds.Select(id => id.Split('|')).Where(p => p.Length == 3)
            .Select((p, i) => new Dictionary<string, object?> { ["id"] = edgeIds[i], ["fromId"] = p[1], ["toId"] = p[2] }).ToList();
        await tx.RunAsync(CypherFiles.Get("delete-edges"), P(("rows", deletions)), ct);

        var live = await tx.RunAsync(CypherFiles.Get("live-claims-for-edges"), P(("edgeIds", edgeIds.ToList())), ct);
        var rows = new List<Dictionary<string, object?>>();
        foreach (var group in live.Records.GroupBy(r => (string)r["edgeId"]!))
        {
            var first = group.First();
            var type = RelationTypes.Parse((string)first["type"]!);
            var parts = group.Key.Split('|');
            var props = new Dictionary<string, object>(StringComparer.Ordinal);
            foreach (var r in group) foreach (var (k, v) in ClaimProps.FromJson(r["propsJson"] as string)) props[k] = v;
            var dates = group.Select(r => r["date"]).OfType<DateOnly>().ToList();
            rows.Add(GraphRows.Edge(new Edge(group.Key, type, parts[1], parts[2])
            {
                Props = new ClaimProps(props),
                FirstSeen = dates.Count > 0 ? dates.Min() : null,
                LastSeen = dates.Count > 0 ? dates.Max() : null,
                Confidence = group.Max(r => r["confidence"] switch { double d => d, long l => l, _ => 0 }),
                ClaimCount = group.Count(),
            }));
        }
        if (rows.Count > 0) await tx.RunAsync(CypherFiles.Get(GraphBatches.Edges), P(("rows", rows)), ct);
    }


    internal static string IdentifiersJson(IReadOnlyDictionary<string, string> identifiers) => JsonSerializer.Serialize(identifiers, JsonDefaults.Relaxed);
}
