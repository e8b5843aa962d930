using GraphQL.DataLoader;
using MarketGraph.Core.Entities;
using MarketGraph.Core.Graph;
using MarketGraph.Core.Ports;

namespace MarketGraph.Api.GraphQL.Loaders;

/// <summary>The request's batch loaders over the graph store: entities by id, claims by edge id, documents by hash.</summary>
public sealed class GraphLoaders(IGraphStore store)
{
    private readonly BatchLoader<string, Entity> _entities = new(store.GetEntitiesAsync);

    private readonly BatchLoader<string, IReadOnlyList<StoredClaim>> _claims = new(store.GetClaimsForEdgesAsync);

    private readonly BatchLoader<string, DocumentInfo> _documents = new(store.GetDocumentsAsync);

    public IDataLoaderResult<Entity?> Entity(string id) => _entities.Load(id);

    public IDataLoaderResult<IReadOnlyList<StoredClaim>> Claims(string edgeId) => _claims.Load(edgeId).Then(c => c ?? []);

    public IDataLoaderResult<DocumentInfo?> Document(string contentHash) => _documents.Load(contentHash);

    /// <summary>Entities in the order of <paramref name="ids"/>; ids the store no longer knows are left out.</summary>
    public IDataLoaderResult<IReadOnlyList<Entity>> Entities(IEnumerable<string> ids) =>
        LoaderResults.All(ids.Select(Entity).ToList()).Then(list => (IReadOnlyList<Entity>)list.OfType<Entity>().ToList());
}
