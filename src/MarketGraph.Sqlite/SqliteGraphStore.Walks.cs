using MarketGraph.Core.Graph;
using MarketGraph.Core.Ontology;
using Microsoft.Data.Sqlite;

namespace MarketGraph.Sqlite;

public sealed partial class SqliteGraphStore
{
    public async Task<Subgraph> NeighbourhoodAsync(string entityId, int depth, IReadOnlyCollection<RelationType>? types, DateOnly? asOf, int maxEntities, CancellationToken ct = default)
    {
        var start = (await GetEntitiesAsync([entityId], ct)).GetValueOrDefault(entityId);
        if (start is null) return new Subgraph([], []);
        depth = Math.Clamp(depth, 0, 4);
        maxEntities = Math.Max(1, maxEntities);
        var visited = new HashSet<string>(StringComparer.Ordinal) { start.Id };
        Dictionary<string, Edge> edges;
        var frontier = new List<string> { start.Id };
        await using var connection = await OpenAsync(ct);
        for (var hop = 0; hop < depth && frontier.Count > 0 && visited.Count < maxEntities; hop++)
        {
            var (where, p) = EdgeFilter(new EdgeQuery { Types = types, EntityIds = frontier, Direction = Direction.Both, AsOf = asOf });
            await using var cmd = Command(connection, null, $"SELECT {EdgeColumns} FROM edges WHERE {where} ORDER BY confidence DESC, id", p);
            var next = new List<string>();
            foreach (var edge in await ReadEdgesAsync(cmd, ct))
            {
                foreach (var end in new[] { edge.FromId, edge.ToId })
                {
                    if (visited.Contains(end) || visited.Count >= maxEntities) continue;
                    visited.Add(end);
                    next.Add(end);
                }
            }
            frontier = next;
        }
        // every edge among the entities shown, including those between the outermost ones
        var (among, q) = EdgeFilter(new EdgeQuery { Types = types, FromIds = visited, ToIds = visited, AsOf = asOf });
        await using (var cmd = Command(connection, null, $"SELECT {EdgeColumns} FROM edges WHERE {among} ORDER BY confidence DESC, id", q))
        {
            edges = (await ReadEdgesAsync(cmd, ct)).ToDictionary(e => e.Id, StringComparer.Ordinal);
        }
        var entities = await GetEntitiesAsync(visited, ct);
        return new Subgraph(visited.Where(entities.ContainsKey).Select(id => entities[id]).ToList(), edges.Values.ToList());
    }

    /// <summary>
    /// Two recursive CTEs give every entity's distance from each end (edges either way), the one from the
    /// start up to half the hops rounded up, the one from the target up to the other half: searching from
    /// both ends keeps away from the far side of the hubs. The length is the smallest sum where they meet;
    /// the shortest paths are then read back from the target one exact distance at a time.
    /// </summary>
    public async Task<IReadOnlyList<GraphPath>> ShortestPathsAsync(string fromId, string toId, int maxHops, IReadOnlyCollection<RelationType>? types, int maxPaths, CancellationToken ct = default)
    {
        var ends = await GetEntitiesAsync([fromId, toId], ct);
        if (!ends.TryGetValue(fromId, out var from) || !ends.TryGetValue(toId, out var to)) return [];
        if (from.Id == to.Id) return [new GraphPath([from.Id], [])];
        maxHops = Math.Clamp(maxHops, 1, 6);
        maxPaths = Math.Clamp(maxPaths, 1, 100);
        var (where, p) = EdgeFilter(new EdgeQuery { Types = types });
        await using var connection = await OpenAsync(ct);

        async Task<Dictionary<string, int>> ReachAsync(string start, string stop, int hops)
        {
            var distance = new Dictionary<string, int>(StringComparer.Ordinal);
            await using var cmd = Command(connection, null, $"""
                WITH RECURSIVE
                  reach(node, d) AS (
                    SELECT $start, 0
                    UNION
                    SELECT to_id, reach.d + 1 FROM reach JOIN edges ON from_id = reach.node
                    WHERE reach.d < $hops AND reach.node <> $stop AND {where}
                    UNION
                    SELECT from_id, reach.d + 1 FROM reach JOIN edges ON to_id = reach.node
                    WHERE reach.d < $hops AND reach.node <> $stop AND {where})
                SELECT node, MIN(d) FROM reach GROUP BY node
                """, [.. p, ("$start", start), ("$stop", stop), ("$hops", hops)]);
            await using var r = await cmd.ExecuteReaderAsync(ct);
            while (await r.ReadAsync(ct)) distance[r.GetString(0)] = r.GetInt32(1);
            return distance;
        }

        var forwardHops = (maxHops + 1) / 2;
        var forward = await ReachAsync(from.Id, to.Id, forwardHops);
        var backward = await ReachAsync(to.Id, from.Id, maxHops / 2);
        var length = forward.Where(f => backward.ContainsKey(f.Key)).Select(f => f.Value + backward[f.Key]).DefaultIfEmpty(-1).Min();
        if (length < 0) return [];

        // a node j steps back from the target precedes a shortest path's tail when it is exactly length - j - 1
        // from the start: known from the forward distances near the start, from the backward ones near the target
        bool Precedes(string node, int stepsFromTarget)
        {
            var fromStart = length - stepsFromTarget - 1;
            return fromStart <= forwardHops
                ? forward.TryGetValue(node, out var f) && f == fromStart
                : backward.TryGetValue(node, out var b) && b == stepsFromTarget + 1;
        }
        var distanceToTarget = new Dictionary<string, int>(StringComparer.Ordinal) { [to.Id] = 0 };

        var paths = new List<GraphPath>();
        var stepEdges = new Dictionary<string, List<Edge>>(StringComparer.Ordinal); // node → edges to a node one step nearer the start
        async Task<List<Edge>> StepsBackAsync(string node)
        {
            if (stepEdges.TryGetValue(node, out var known)) return known;
            var (w, q) = EdgeFilter(new EdgeQuery { Types = types, EntityIds = [node], Direction = Direction.Both });
            await using var cmd = Command(connection, null, $"SELECT {EdgeColumns} FROM edges WHERE {w} ORDER BY confidence DESC, id", q);
            var j = distanceToTarget[node];
            var list = (await ReadEdgesAsync(cmd, ct))
                .Where(e => Precedes(e.FromId == node ? e.ToId : e.FromId, j))
                .ToList();
            foreach (var e in list) distanceToTarget.TryAdd(e.FromId == node ? e.ToId : e.FromId, j + 1);
            stepEdges[node] = list;
            return list;
        }

        async Task WalkAsync(string node, List<string> nodes, List<Edge> walked)
        {
            if (paths.Count >= maxPaths) return;
            if (node == from.Id)
            {
                var entityIds = nodes.AsEnumerable().Reverse().ToList();
                paths.Add(new GraphPath(entityIds, walked.AsEnumerable().Reverse().ToList()));
                return;
            }
            foreach (var edge in await StepsBackAsync(node))
            {
                var previous = edge.FromId == node ? edge.ToId : edge.FromId;
                nodes.Add(previous);
                walked.Add(edge);
                await WalkAsync(previous, nodes, walked);
                nodes.RemoveAt(nodes.Count - 1);
                walked.RemoveAt(walked.Count - 1);
                if (paths.Count >= maxPaths) return;
            }
        }

        await WalkAsync(to.Id, [to.Id], []);
        return paths.Where(path => path.Edges.Count == length).ToList();
    }
}
