using MarketGraph.Core.Graph;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public async Task<Subgraph> NeighbourhoodAsync(string entityId, int depth, IReadOnlyCollection<RelationType>? types, DateOnly? asOf, int maxEntities, CancellationToken ct = default)
    {
        var start = await GetEntityAsync(entityId, ct);
        if (start is null) return new Subgraph([], []);
        var seen = new List<string> { entityId };
        var seenSet = new HashSet<string>(seen, StringComparer.Ordinal);
        var frontier = new List<string> { entityId };
        for (var hop = 0; hop < depth && frontier.Count > 0 && seen.Count < maxEntities; hop++)
        {
            var edges = await QueryEdgesAsync(new EdgeQuery { EntityIds = frontier, Direction = Direction.Both, Types = types, AsOf = asOf }, Page.All, ct);
            var next = new List<string>();
            foreach (var e in edges.Items.OrderBy(e => e.Id, StringComparer.Ordinal))
            {
                foreach (var id in new[] { e.FromId, e.ToId })
                {
                    if (seen.Count >= maxEntities) break;
                    if (seenSet.Add(id)) { seen.Add(id); next.Add(id); }
                }
            }
            frontier = next;
        }
        var among = await QueryEdgesAsync(new EdgeQuery { FromIds = seen, ToIds = seen, Types = types, AsOf = asOf }, Page.All, ct);
        var entities = await GetEntitiesAsync(seen, ct);
        return new Subgraph(seen.Where(entities.ContainsKey).Select(id => entities[id]).ToList(), among.Items);
    }

    public async Task<IReadOnlyList<GraphPath>> ShortestPathsAsync(string fromId, string toId, int maxHops, IReadOnlyCollection<RelationType>? types, int maxPaths, CancellationToken ct = default)
    {
        if (maxHops < 1 || maxPaths < 1) return [];
        if (fromId == toId) return await GetEntityAsync(fromId, ct) is null ? [] : [new GraphPath([fromId], [])];
        var result = await RunAsync("shortest-paths", P(("fromId", fromId), ("toId", toId), ("maxHops", (long)Math.Min(maxHops, 10)),
            ("types", types?.Select(t => t.WireName()).ToList()), ("maxPaths", (long)maxPaths)), ct);
        return result.Records.Select(r => new GraphPath(
            ((IEnumerable<object?>)r["ids"]!).OfType<string>().ToList(),
            ((IEnumerable<object?>)r["edges"]!).Select(ToEdge).ToList())).ToList();
    }
}
