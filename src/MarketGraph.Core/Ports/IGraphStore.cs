using MarketGraph.Core.Claims;
using MarketGraph.Core.Documents;
using MarketGraph.Core.Entities;
using MarketGraph.Core.Graph;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Core.Ports;

/// <summary>
/// The graph store: SQLite embedded by default, Neo4j for deployments. Both pass the same contract suite
/// (tests/MarketGraph.StoreContract). Entity resolution happens inside <see cref="IngestAsync"/>:
/// a mention joins an existing entity of a compatible kind that shares an identifier, else one whose
/// canonical name or alias has the same <see cref="EntityKey"/>; otherwise a new entity is created with
/// id <see cref="EntityId.For"/>.
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    /// <summary>Creates or upgrades the schema in place. Idempotent.</summary>
    Task InitialiseAsync(CancellationToken ct = default);

    // --- writing ---

    /// <summary>
    /// Stores a document and its claims in one transaction. A document whose content hash is already
    /// stored changes nothing (<see cref="IngestResult.AlreadyStored"/>). Claims whose fingerprint an
    /// analyst rejected are stored as rejected. Every claim also yields a MENTIONS link from the document
    /// to both its entities; entities of <paramref name="extraction"/> that no claim uses are stored too.
    /// </summary>
    Task<IngestResult> IngestAsync(Document document, Extraction extraction, CancellationToken ct = default);

    /// <summary>Sets a claim's review status. Rejection is remembered by the claim's fingerprint
    /// (type, subject, object, evidence quote), so it survives re-crawls and re-extraction.</summary>
    Task<StoredClaim?> SetClaimStatusAsync(string claimId, ReviewStatus status, CancellationToken ct = default);

    /// <summary>Folds <paramref name="mergedId"/> into <paramref name="keptId"/> (claims, aliases, identifiers) and records it.</summary>
    Task<MergeRecord> MergeEntitiesAsync(string keptId, string mergedId, DateTimeOffset at, CancellationToken ct = default);

    /// <summary>Undoes a recorded merge exactly. Returns false when the record does not exist or was already undone.</summary>
    Task<bool> SplitEntityAsync(string mergeRecordId, CancellationToken ct = default);

    // --- reading: entities ---

    Task<Entity?> GetEntityAsync(string id, CancellationToken ct = default);

    /// <summary>Batch read for loaders; unknown ids are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default);

    /// <summary>Exact match on canonical name or alias after <see cref="EntityKey"/> normalisation, or on an identifier value.</summary>
    Task<IReadOnlyList<Entity>> FindEntitiesAsync(string nameOrIdentifier, CancellationToken ct = default);

    /// <summary>Accent-insensitive full-text search over names and aliases, best first.</summary>
    Task<Paged<Entity>> SearchEntitiesAsync(string text, IReadOnlyCollection<EntityKind>? kinds, Page page, CancellationToken ct = default);

    // --- reading: edges, claims, documents ---

    Task<Paged<Edge>> QueryEdgesAsync(EdgeQuery query, Page page, CancellationToken ct = default);

    /// <summary>Batch read of the claims behind edges (all statuses), keyed by edge id.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<StoredClaim>>> GetClaimsForEdgesAsync(IReadOnlyCollection<string> edgeIds, CancellationToken ct = default);

    Task<StoredClaim?> GetClaimAsync(string claimId, CancellationToken ct = default);

    Task<IReadOnlyDictionary<string, DocumentInfo>> GetDocumentsAsync(IReadOnlyCollection<string> contentHashes, CancellationToken ct = default);

    Task<string?> GetDocumentTextAsync(string contentHash, CancellationToken ct = default);

    Task<Paged<DocumentInfo>> QueryDocumentsAsync(DocumentQuery query, Page page, CancellationToken ct = default);

    // --- reading: graph walks ---

    /// <summary>Entities within <paramref name="depth"/> hops (edges of the given types, live as of the date) and the edges among them.</summary>
    Task<Subgraph> NeighbourhoodAsync(string entityId, int depth, IReadOnlyCollection<RelationType>? types, DateOnly? asOf, int maxEntities, CancellationToken ct = default);

    /// <summary>Shortest paths (edges taken in either direction), at most <paramref name="maxPaths"/>, none longer than <paramref name="maxHops"/>.</summary>
    Task<IReadOnlyList<GraphPath>> ShortestPathsAsync(string fromId, string toId, int maxHops, IReadOnlyCollection<RelationType>? types, int maxPaths, CancellationToken ct = default);

    Task<GraphCounts> CountsAsync(CancellationToken ct = default);

    /// <summary>Every entity, for export and sync.</summary>
    IAsyncEnumerable<Entity> AllEntitiesAsync(CancellationToken ct = default);

    /// <summary>Every edge with all its claims, for export and sync.</summary>
    IAsyncEnumerable<(Edge Edge, IReadOnlyList<StoredClaim> Claims)> AllEdgesAsync(CancellationToken ct = default);

    // --- crawl bookkeeping ---

    Task<FetchState?> GetFetchStateAsync(string url, CancellationToken ct = default);

    Task SaveFetchStateAsync(FetchState state, CancellationToken ct = default);

    Task RecordSourceRunAsync(SourceRun run, CancellationToken ct = default);

    /// <summary>The latest run of each source.</summary>
    Task<IReadOnlyList<SourceRun>> LatestSourceRunsAsync(CancellationToken ct = default);
}
