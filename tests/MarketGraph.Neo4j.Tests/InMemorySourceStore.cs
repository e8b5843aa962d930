using System.Runtime.CompilerServices;
using MarketGraph.Core.Claims;
using MarketGraph.Core.Documents;
using MarketGraph.Core.Entities;
using MarketGraph.Core.Graph;
using MarketGraph.Core.Ports;

namespace MarketGraph.Neo4j.Tests;

/// <summary>A fixed graph served through the read side of the port: what export and sync read from.</summary>
public sealed class InMemorySourceStore(IReadOnlyList<Entity> entities, IReadOnlyList<(Edge Edge, IReadOnlyList<StoredClaim> Claims)> edges,
    IReadOnlyList<(DocumentInfo Info, string Text)> documents) : IGraphStore
{
    public async IAsyncEnumerable<Entity> AllEntitiesAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        await Task.Yield();
        foreach (var e in entities) yield return e;
    }

    public async IAsyncEnumerable<(Edge Edge, IReadOnlyList<StoredClaim> Claims)> AllEdgesAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        await Task.Yield();
        foreach (var e in edges) yield return e;
    }

    public Task<IReadOnlyDictionary<string, DocumentInfo>> GetDocumentsAsync(IReadOnlyCollection<string> contentHashes, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyDictionary<string, DocumentInfo>>(documents.Where(d => contentHashes.Contains(d.Info.ContentHash)).ToDictionary(d => d.Info.ContentHash, d => d.Info));

    public Task<string?> GetDocumentTextAsync(string contentHash, CancellationToken ct = default) =>
        Task.FromResult(documents.Where(d => d.Info.ContentHash == contentHash).Select(d => d.Text).FirstOrDefault());

    public Task<Paged<DocumentInfo>> QueryDocumentsAsync(DocumentQuery query, Page page, CancellationToken ct = default) =>
        Task.FromResult(new Paged<DocumentInfo>(documents.Skip(page.Offset).Take(page.Limit).Select(d => d.Info).ToList(), documents.Count));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public Task InitialiseAsync(CancellationToken ct = default) => Task.CompletedTask;
    public Task<IngestResult> IngestAsync(Document document, Extraction extraction, CancellationToken ct = default) => throw new NotSupportedException();
    public Task<StoredClaim?> SetClaimStatusAsync(string claimId, ReviewStatus status, CancellationToken ct = default) => throw new NotSupportedException();
    public Task<MergeRecord> MergeEntitiesAsync(string keptId, string mergedId, DateTimeOffset at, CancellationToken ct = default) => throw new NotSupportedException();
    public Task<bool> SplitEntityAsync(string mergeRecordId, CancellationToken ct = default) => throw new NotSupportedException();
    public Task<Entity?> GetEntityAsync(string id, CancellationToken ct = default) => throw new NotSupportedException();
    public Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => throw new NotSupportedException();
    public Task<IReadOnlyList<Entity>> FindEntitiesAsync(string nameOrIdentifier, CancellationToken ct = default) => throw new NotSupportedException();
    public Task<Paged<Entity>> SearchEntitiesAsync(string text, IReadOnlyCollection<Core.Ontology.EntityKind>? kinds, Page page, CancellationToken ct = default) => throw new NotSupportedException();
    public Task<Paged<Edge>> QueryEdgesAsync(EdgeQuery query, Page page, CancellationToken ct = default) => throw new NotSupportedException();
    public Task<IReadOnlyDictionary<string, IReadOnlyList<StoredClaim>>> GetClaimsForEdgesAsync(IReadOnlyCollection<string> edgeIds, CancellationToken ct = default) => throw new NotSupportedException();
    public Task<StoredClaim?> GetClaimAsync(string claimId, CancellationToken ct = default) => throw new NotSupportedException();
    public Task<Subgraph> NeighbourhoodAsync(string entityId, int depth, IReadOnlyCollection<Core.Ontology.RelationType>? types, DateOnly? asOf, int maxEntities, CancellationToken ct = default) => throw new NotSupportedException();
    public Task<IReadOnlyList<GraphPath>> ShortestPathsAsync(string fromId, string toId, int maxHops, IReadOnlyCollection<Core.Ontology.RelationType>? types, int maxPaths, CancellationToken ct = default) => throw new NotSupportedException();
    public Task<GraphCounts> CountsAsync(CancellationToken ct = default) => throw new NotSupportedException();
    public Task<FetchState?> GetFetchStateAsync(string url, CancellationToken ct = default) => throw new NotSupportedException();
    public Task SaveFetchStateAsync(FetchState state, CancellationToken ct = default) => throw new NotSupportedException();
    public Task RecordSourceRunAsync(SourceRun run, CancellationToken ct = default) => throw new NotSupportedException();
    public Task<IReadOnlyList<SourceRun>> LatestSourceRunsAsync(CancellationToken ct = default) => throw new NotSupportedException();
}

/// <summary>A small graph whose names carry quotes, backslashes, newlines and accents.</summary>
public static class SampleGraph
{
    public const string TrickyName = "O'Brien \"Cloud\" \\ Ops\nLine two — État ` }) MATCH (n) DETACH DELETE n //";

    public static InMemorySourceStore Create()
    {
        const string text = "L'État détient 23 % d'Orange.";
        var hash = new string('a', 64);
        var state = new Entity("pub:etat", "État", Core.Ontology.EntityKind.PublicBody) { Aliases = ["French State", "l'État"], Country = "FR" };
        var tricky = new Entity("org:o-brien", TrickyName, Core.Ontology.EntityKind.Organization)
        {
            Identifiers = new Dictionary<string, string> { ["siren"] = "380 129 866" },
        };
        var edge = new Edge(Edge.IdFor(Core.Ontology.RelationType.OwnsStake, state.Id, tricky.Id), Core.Ontology.RelationType.OwnsStake, state.Id, tricky.Id)
        {
            Props = ClaimProps.Of(("percent", 23L), ("asOf", "2017-02-01")),
            FirstSeen = new DateOnly(2017, 2, 1),
            LastSeen = new DateOnly(2017, 2, 1),
            Confidence = 0.9,
            ClaimCount = 1,
        };
        var claim = new StoredClaim("c1", edge.Id, edge.Type, state.Id, tricky.Id, edge.Props, new Evidence(text, 0, text.Length),
            new ExtractorInfo("rules", "1"), 0.9, ReviewStatus.Confirmed, hash);
        var doc = new DocumentInfo(hash, MediaTypes.PlainText)
        {
            Title = "Title with 'quotes' and \\backslash",
            Url = "https://example.org/a?x='1'",
            Published = new DateOnly(2017, 2, 1),
            FetchedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
            ClaimCount = 1,
        };
        return new InMemorySourceStore([state, tricky], [(edge, [claim])], [(doc, text)]);
    }
}
