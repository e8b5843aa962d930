using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using MarketGraph.Core.Claims;
using MarketGraph.Core.Documents;
using MarketGraph.Core.Entities;
using MarketGraph.Core.Graph;
using MarketGraph.Core.Ontology;
using MarketGraph.Core.Ports;
using ExtractionResult = MarketGraph.Core.Ports.Extraction;

namespace MarketGraph.Api.Tests;

/// <summary>Wraps the real store and counts calls per method, to prove the API batches its reads.</summary>
public sealed class CountingGraphStore(IGraphStore inner) : IGraphStore
{
    private readonly ConcurrentDictionary<string, int> _calls = new();

    public IReadOnlyDictionary<string, int> Calls => _calls;

    public int Total => _calls.Values.Sum();

    public void Reset() => _calls.Clear();

    private T Count<T>(T value, [CallerMemberName] string method = "")
    {
        _calls.AddOrUpdate(method, 1, (_, n) => n + 1);
        return value;
    }

    public Task InitialiseAsync(CancellationToken ct = default) => inner.InitialiseAsync(ct);
    public Task<IngestResult> IngestAsync(Document document, ExtractionResult extraction, CancellationToken ct = default) => Count(inner.IngestAsync(document, extraction, ct));
    public Task<StoredClaim?> SetClaimStatusAsync(string claimId, ReviewStatus status, CancellationToken ct = default) => Count(inner.SetClaimStatusAsync(claimId, status, ct));
    public Task<MergeRecord> MergeEntitiesAsync(string keptId, string mergedId, DateTimeOffset at, CancellationToken ct = default) => Count(inner.MergeEntitiesAsync(keptId, mergedId, at, ct));
    public Task<bool> SplitEntityAsync(string mergeRecordId, CancellationToken ct = default) => Count(inner.SplitEntityAsync(mergeRecordId, ct));
    public Task<Entity?> GetEntityAsync(string id, CancellationToken ct = default) => Count(inner.GetEntityAsync(id, ct));
    public Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => Count(inner.GetEntitiesAsync(ids, ct));
    public Task<IReadOnlyList<Entity>> FindEntitiesAsync(string nameOrIdentifier, CancellationToken ct = default) => Count(inner.FindEntitiesAsync(nameOrIdentifier, ct));
    public Task<Paged<Entity>> SearchEntitiesAsync(string text, IReadOnlyCollection<EntityKind>? kinds, Page page, CancellationToken ct = default) => Count(inner.SearchEntitiesAsync(text, kinds, page, ct));
    public Task<Paged<Edge>> QueryEdgesAsync(EdgeQuery query, Page page, CancellationToken ct = default) => Count(inner.QueryEdgesAsync(query, page, ct));
    public Task<IReadOnlyDictionary<string, IReadOnlyList<StoredClaim>>> GetClaimsForEdgesAsync(IReadOnlyCollection<string> edgeIds, CancellationToken ct = default) => Count(inner.GetClaimsForEdgesAsync(edgeIds, ct));
    public Task<StoredClaim?> GetClaimAsync(string claimId, CancellationToken ct = default) => Count(inner.GetClaimAsync(claimId, ct));
    public Task<IReadOnlyDictionary<string, DocumentInfo>> GetDocumentsAsync(IReadOnlyCollection<string> contentHashes, CancellationToken ct = default) => Count(inner.GetDocumentsAsync(contentHashes, ct));
    public Task<string?> GetDocumentTextAsync(string contentHash, CancellationToken ct = default) => Count(inner.GetDocumentTextAsync(contentHash, ct));
    public Task<Paged<DocumentInfo>> QueryDocumentsAsync(DocumentQuery query, Page page, CancellationToken ct = default) => Count(inner.QueryDocumentsAsync(query, page, ct));
    public Task<Subgraph> NeighbourhoodAsync(string entityId, int depth, IReadOnlyCollection<RelationType>? types, DateOnly? asOf, int maxEntities, CancellationToken ct = default) => Count(inner.NeighbourhoodAsync(entityId, depth, types, asOf, maxEntities, ct));
    public Task<IReadOnlyList<GraphPath>> ShortestPathsAsync(string fromId, string toId, int maxHops, IReadOnlyCollection<RelationType>? types, int maxPaths, CancellationToken ct = default) => Count(inner.ShortestPathsAsync(fromId, toId, maxHops, types, maxPaths, ct));
    public Task<GraphCounts> CountsAsync(CancellationToken ct = default) => Count(inner.CountsAsync(ct));
    public IAsyncEnumerable<Entity> AllEntitiesAsync(CancellationToken ct = default) => Count(inner.AllEntitiesAsync(ct));
    public IAsyncEnumerable<(Edge Edge, IReadOnlyList<StoredClaim> Claims)> AllEdgesAsync(CancellationToken ct = default) => Count(inner.AllEdgesAsync(ct));
    public Task<FetchState?> GetFetchStateAsync(string url, CancellationToken ct = default) => Count(inner.GetFetchStateAsync(url, ct));
    public Task SaveFetchStateAsync(FetchState state, CancellationToken ct = default) => Count(inner.SaveFetchStateAsync(state, ct));
    public Task RecordSourceRunAsync(SourceRun run, CancellationToken ct = default) => Count(inner.RecordSourceRunAsync(run, ct));
    public Task<IReadOnlyList<SourceRun>> LatestSourceRunsAsync(CancellationToken ct = default) => Count(inner.LatestSourceRunsAsync(ct));
    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
