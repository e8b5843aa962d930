using MarketGraph.Core.Ports;
using MarketGraph.Neo4j.Client;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MarketGraph.Neo4j;

/// <summary>
/// Pushes an embedded graph (any <see cref="IGraphStore"/>, in practice SQLite) to Neo4j: schema first, then
/// batched MERGE upserts keyed by the same ids, so running it again changes nothing.
/// </summary>
public sealed class Neo4jSync(Neo4jQueryApiClient client, IOptions<Neo4jOptions> options, ILogger<Neo4jSync> logger)
{
    public async Task<SyncReport> PushAsync(IGraphStore source, CancellationToken ct)
    {
        var statements = 0;
        foreach (var statement in CypherFiles.Schema())
        {
            await client.RunAsync(statement, null, ct);
            statements++;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var batch in GraphBatches.ReadAsync(source, options.Value.BatchSize, ct))
        {
            await client.RunAsync(CypherFiles.Get(batch.File), new Dictionary<string, object?> { ["rows"] = batch.Rows }, ct);
            statements++;
            counts[batch.File] = counts.GetValueOrDefault(batch.File) + batch.Rows.Count;
        }

        var report = new SyncReport(
            counts.GetValueOrDefault(GraphBatches.Entities),
            counts.GetValueOrDefault(GraphBatches.Documents),
            counts.GetValueOrDefault(GraphBatches.Claims),
            counts.GetValueOrDefault(GraphBatches.Edges),
            statements);
        Neo4jLog.SyncPushed(logger, report.Entities, report.Documents, report.Claims);
        return report;
    }
}
