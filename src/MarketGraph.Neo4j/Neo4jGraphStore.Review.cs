using MarketGraph.Core.Claims;
using MarketGraph.Core.Graph;

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

    public Task<MergeRecord> MergeEntitiesAsync(string keptId, string mergedId, DateTimeOffset at, CancellationToken ct = default) =>
        throw new NotSupportedException("entity merges are not implemented on the Neo4j store yet: merge in the embedded store and run 'sync neo4j'");

    public Task<bool> SplitEntityAsync(string mergeRecordId, CancellationToken ct = default) =>
        throw new NotSupportedException("entity splits are not implemented on the Neo4j store yet");
}
