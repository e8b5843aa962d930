using System.Runtime.CompilerServices;
using MarketGraph.Core.Claims;
using MarketGraph.Core.Export;
using MarketGraph.Core.Graph;
using MarketGraph.Core.Ports;

namespace MarketGraph.Neo4j;

/// <summary>One UNWIND batch: the graph-schema upsert file to run and its rows.</summary>
public sealed record GraphBatch(string File, IReadOnlyList<Dictionary<string, object?>> Rows);

/// <summary>
/// A whole store read as upsert batches in dependency order: entities, documents, claims, then edges.
/// Sync sends them as parameters; export writes them as literals.
/// </summary>
public static class GraphBatches
{
    public const string Entities = "upsert-entities";
    public const string Documents = "upsert-documents";
    public const string Claims = "upsert-claims";
    public const string Edges = "upsert-edges";

    public static async IAsyncEnumerable<GraphBatch> ReadAsync(IGraphStore source, int batchSize, [EnumeratorCancellation] CancellationToken ct = default)
    {
        batchSize = Math.Max(1, batchSize);
        var rows = new List<Dictionary<string, object?>>();
        await foreach (var entity in source.AllEntitiesAsync(ct))
        {
            rows.Add(GraphRows.Entity(entity));
            if (rows.Count == batchSize) { yield return new GraphBatch(Entities, rows); rows = []; }
        }
        if (rows.Count > 0) { yield return new GraphBatch(Entities, rows); rows = []; }

        for (var offset = 0; ; offset += Page.MaxLimit)
        {
            var page = await source.QueryDocumentsAsync(new DocumentQuery(), new Page(offset, Page.MaxLimit), ct);
            foreach (var doc in page.Items)
            {
                rows.Add(GraphRows.Document(doc, await source.GetDocumentTextAsync(doc.ContentHash, ct)));
                if (rows.Count == batchSize) { yield return new GraphBatch(Documents, rows); rows = []; }
            }
            if (page.Items.Count < Page.MaxLimit || offset + page.Items.Count >= page.TotalCount) break;
        }
        if (rows.Count > 0) { yield return new GraphBatch(Documents, rows); rows = []; }

        var edges = new List<Dictionary<string, object?>>();
        await foreach (var item in ExportRows.EdgesAsync(source, ct))
        {
            foreach (var claim in item.Claims)
            {
                rows.Add(GraphRows.Claim(claim, ClaimFingerprint.Of(claim.Type, claim.SubjectId, claim.ObjectId, claim.Evidence.Quote)));
                if (rows.Count == batchSize) { yield return new GraphBatch(Claims, rows); rows = []; }
            }
            edges.Add(GraphRows.Edge(item.Edge));
        }
        if (rows.Count > 0) yield return new GraphBatch(Claims, rows);

        foreach (var chunk in edges.Chunk(batchSize)) yield return new GraphBatch(Edges, chunk);
    }
}
