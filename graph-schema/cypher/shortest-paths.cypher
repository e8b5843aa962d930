// Shortest paths between two entities over edges taken either way. Cypher bounds cannot be parameters:
// the walk is capped at 10 hops here and $maxHops filters below it.
MATCH (a:Entity {id: $fromId})
MATCH (b:Entity {id: $toId})
MATCH p = allShortestPaths((a)-[*1..10]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity)
  AND all(r IN relationships(p) WHERE r.id IS NOT NULL AND ($types IS NULL OR type(r) IN $types))
  AND length(p) <= $maxHops
RETURN [n IN nodes(p) | n.id] AS ids,
       [r IN relationships(p) | r {.id, .propsJson, .claimCount, .confidence, .firstSeen, .lastSeen, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}] AS edges
LIMIT $maxPaths
