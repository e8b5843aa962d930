using MarketGraph.Core.Entities;
using MarketGraph.Core.Graph;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public async Task<Entity?> GetEntityAsync(string id, CancellationToken ct = default) =>
        (await GetEntitiesAsync([id], ct)).GetValueOrDefault(id);

    public async Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default)
    {
        if (ids.Count == 0) return new Dictionary<string, Entity>();
        var result = await RunAsync("get-entities", P(("ids", ids.Distinct().ToList())), ct);
        return result.Records.ToDictionary(r => (string)r["requested"]!, r => ToEntity(r["entity"]), StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<Entity>> FindEntitiesAsync(string nameOrIdentifier, CancellationToken ct = default)
    {
        var key = EntityKey.Normalise(nameOrIdentifier);
        var identifier = new string(nameOrIdentifier.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
        if (key.Length == 0 && identifier.Length == 0) return [];
        var result = await RunAsync("find-entities", P(("key", key), ("identifier", identifier)), ct);
        return result.Values.Select(r => ToEntity(r[0])).ToList();
    }

    public async Task<Paged<Entity>> SearchEntitiesAsync(string text, IReadOnlyCollection<EntityKind>? kinds, Page page, CancellationToken ct = default)
    {
        if (LuceneQuery.From(text) is not { } query) return new Paged<Entity>([], 0);
        var (skip, limit) = Window(page);
        var result = await RunAsync("search-entities", P(("query", query), ("kinds", kinds?.Select(k => k.ToString()).ToList()),
            ("skip", skip), ("limit", limit)), ct);
        return ToPaged(result, ToEntity);
    }

    public async Task<Paged<Edge>> QueryEdgesAsync(EdgeQuery query, Page page, CancellationToken ct = default)
    {
        var (skip, limit) = Window(page);
        var result = await RunAsync("query-edges", P(
            ("types", query.Types?.Select(t => t.WireName()).ToList()),
            ("fromIds", query.FromIds?.ToList()),
            ("toIds", query.ToIds?.ToList()),
            ("entityIds", query.EntityIds?.ToList()),
            ("direction", query.Direction.ToString()),
            ("asOf", Iso(query.AsOf)),
            ("since", Iso(query.Since)),
            ("until", Iso(query.Until)),
            ("minConfidence", query.MinConfidence),
            ("propEquals", (query.PropEquals ?? new Dictionary<string, string>()).Select(p => GraphRows.PropKey(p.Key, p.Value)).ToList()),
            ("skip", skip), ("limit", limit)), ct);
        return ToPaged(result, ToEdge);
    }

    public async Task<IReadOnlyDictionary<string, IReadOnlyList<StoredClaim>>> GetClaimsForEdgesAsync(IReadOnlyCollection<string> edgeIds, CancellationToken ct = default)
    {
        if (edgeIds.Count == 0) return new Dictionary<string, IReadOnlyList<StoredClaim>>();
        var result = await RunAsync("claims-for-edges", P(("edgeIds", edgeIds.Distinct().ToList())), ct);
        return result.Values.Select(r => ToClaim(r[0])).GroupBy(c => c.EdgeId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<StoredClaim>)g.ToList(), StringComparer.Ordinal);
    }

    public async Task<StoredClaim?> GetClaimAsync(string claimId, CancellationToken ct = default)
    {
        var result = await RunAsync("get-claim", P(("id", claimId)), ct);
        return result.Values.Count == 0 ? null : ToClaim(result.Values[0][0]);
    }

    public async Task<IReadOnlyDictionary<string, DocumentInfo>> GetDocumentsAsync(IReadOnlyCollection<string> contentHashes, CancellationToken ct = default)
    {
        if (contentHashes.Count == 0) return new Dictionary<string, DocumentInfo>();
        var result = await RunAsync("get-documents", P(("hashes", contentHashes.Distinct().ToList())), ct);
        return result.Values.Select(r => ToDocument(r[0])).ToDictionary(d => d.ContentHash, StringComparer.Ordinal);
    }

    public async Task<string?> GetDocumentTextAsync(string contentHash, CancellationToken ct = default)
    {
        var result = await RunAsync("get-document-text", P(("contentHash", contentHash)), ct);
        return result.Values.Count == 0 ? null : result.Values[0][0] as string;
    }

    public async Task<Paged<DocumentInfo>> QueryDocumentsAsync(DocumentQuery query, Page page, CancellationToken ct = default)
    {
        var (skip, limit) = Window(page);
        var filters = new[] { ("sourceName", (object?)query.SourceName), ("publishedFrom", Iso(query.PublishedFrom)), ("publishedTo", Iso(query.PublishedTo)),
            ("skip", skip), ("limit", limit) };
        if (string.IsNullOrWhiteSpace(query.Text)) return ToPaged(await RunAsync("query-documents", P(filters), ct), ToDocument);
        if (LuceneQuery.From(query.Text) is not { } lucene) return new Paged<DocumentInfo>([], 0);
        return ToPaged(await RunAsync("search-documents", P([.. filters, ("query", lucene)]), ct), ToDocument);
    }

    public async Task<GraphCounts> CountsAsync(CancellationToken ct = default)
    {
        var r = (await RunAsync("counts", null, ct)).Records.Single();
        return new GraphCounts((int)(long)r["documents"]!, (int)(long)r["entities"]!, (int)(long)r["edges"]!, (int)(long)r["claims"]!);
    }

    public async IAsyncEnumerable<Entity> AllEntitiesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        const int pageSize = 1000;
        for (long skip = 0; ; skip += pageSize)
        {
            var result = await RunAsync("all-entities", P(("skip", skip), ("limit", (long)pageSize)), ct);
            foreach (var row in result.Values) yield return ToEntity(row[0]);
            if (result.Values.Count < pageSize) yield break;
        }
    }

    public async IAsyncEnumerable<(Edge Edge, IReadOnlyList<StoredClaim> Claims)> AllEdgesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        const int pageSize = 500;
        for (long skip = 0; ; skip += pageSize)
        {
            var result = await RunAsync("all-edges", P(("skip", skip), ("limit", (long)pageSize)), ct);
            var edges = result.Values.Select(r => ToEdge(r[0])).ToList();
            var claims = await GetClaimsForEdgesAsync(edges.Select(e => e.Id).ToList(), ct);
            foreach (var edge in edges) yield return (edge, claims.GetValueOrDefault(edge.Id) ?? []);
            if (edges.Count < pageSize) yield break;
        }
    }
}
