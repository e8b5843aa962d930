MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.id IS NOT NULL
WITH a, r, b
ORDER BY r.id
SKIP $skip
LIMIT $limit
RETURN r {.id, .propsJson, .claimCount, .confidence, .firstSeen, .lastSeen, type: type(r), fromId: a.id, toId: b.id} AS edge
