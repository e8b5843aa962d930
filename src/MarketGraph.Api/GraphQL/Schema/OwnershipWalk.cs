using MarketGraph.Api.GraphQL.Types;
using MarketGraph.Core.Graph;
using MarketGraph.Core.Ontology;
using MarketGraph.Core.Ports;

namespace MarketGraph.Api.GraphQL.Schema;

/// <summary>
/// Walks owners up from an entity, one level per step (two store calls a level): OWNS_STAKE owner → owned
/// with a percent, SUBSIDIARY_OF child → parent without one. Each chain's effective stake is the product of
/// its percents (null once a link has none); a chain never revisits an entity.
/// </summary>
public static class OwnershipWalk
{
    public const int MaxDepth = 6;
    private const int MaxStakes = 500;

    private sealed record Chain(string TopId, double? Effective, IReadOnlyList<Edge> Path, HashSet<string> Seen);

    public static async Task<IReadOnlyList<OwnershipStake>> RunAsync(IGraphStore store, string entityId, int depth, DateOnly? asOf, CancellationToken ct)
    {
        var stakes = new List<OwnershipStake>();
        var chains = new List<Chain> { new(entityId, 100, [], [entityId]) };
        for (var level = 1; level <= depth && chains.Count > 0 && stakes.Count < MaxStakes; level++)
        {
            var tops = chains.Select(c => c.TopId).Distinct().ToList();
            var owns = await store.QueryEdgesAsync(new EdgeQuery { Types = [RelationType.OwnsStake], ToIds = tops, AsOf = asOf }, new Page(0, Page.MaxLimit), ct);
            var parents = await store.QueryEdgesAsync(new EdgeQuery { Types = [RelationType.SubsidiaryOf], FromIds = tops, AsOf = asOf }, new Page(0, Page.MaxLimit), ct);
            var up = owns.Items.Select(e => (Owned: e.ToId, Owner: e.FromId, Percent: e.Props.GetDouble("percent"), Edge: e))
                .Concat(parents.Items.Select(e => (Owned: e.FromId, Owner: e.ToId, Percent: (double?)null, Edge: e)))
                .ToLookup(x => x.Owned, StringComparer.Ordinal);
            var next = new List<Chain>();
            foreach (var chain in chains)
            {
                foreach (var link in up[chain.TopId].OrderBy(l => l.Owner, StringComparer.Ordinal))
                {
                    if (chain.Seen.Contains(link.Owner) || stakes.Count >= MaxStakes) continue;
                    var effective = chain.Effective is { } e && link.Percent is { } p ? Math.Round(e * p / 100, 6) : (double?)null;
                    var path = chain.Path.Append(link.Edge).ToList();
                    stakes.Add(new OwnershipStake(link.Owner, link.Owned, level, link.Percent, effective, path));
                    next.Add(new Chain(link.Owner, effective, path, [.. chain.Seen, link.Owner]));
                }
            }
            chains = next;
        }
        return stakes;
    }
}
