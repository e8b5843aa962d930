using MarketGraph.Core.Entities;
using MarketGraph.Core.Graph;
using MarketGraph.Core.Ports;

namespace MarketGraph.Core.Export;

/// <summary>An edge with its claims and the documents behind them, as exporters write it.</summary>
public sealed record ExportEdge(Edge Edge, IReadOnlyList<StoredClaim> Claims, IReadOnlyDictionary<string, DocumentInfo> Documents);

public static class ExportRows
{
    /// <summary>Every edge of the store with its claims and their documents, read in batches.</summary>
    public static async IAsyncEnumerable<ExportEdge> EdgesAsync(IGraphStore store, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        const int batchSize = 200;
        var batch = new List<(Edge, IReadOnlyList<StoredClaim>)>(batchSize);
        await foreach (var item in store.AllEdgesAsync(ct))
        {
            batch.Add(item);
            if (batch.Count < batchSize) continue;
            foreach (var e in await WithDocumentsAsync(store, batch, ct)) yield return e;
            batch.Clear();
        }
        foreach (var e in await WithDocumentsAsync(store, batch, ct)) yield return e;
    }

    private static async Task<IEnumerable<ExportEdge>> WithDocumentsAsync(IGraphStore store, List<(Edge Edge, IReadOnlyList<StoredClaim> Claims)> batch, CancellationToken ct)
    {
        if (batch.Count == 0) return [];
        var hashes = batch.SelectMany(b => b.Claims).Select(c => c.DocumentHash).Distinct().ToList();
        var documents = await store.GetDocumentsAsync(hashes, ct);
        return batch.Select(b => new ExportEdge(b.Edge, b.Claims, documents)).ToList();
    }

    public static async Task<Dictionary<string, Entity>> EntitiesAsync(IGraphStore store, CancellationToken ct)
    {
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        await foreach (var e in store.AllEntitiesAsync(ct)) entities[e.Id] = e;
        return entities;
    }
}
