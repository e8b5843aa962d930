// Every filter is optional (null means any). Edges are the typed relationships between entities that carry an id.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.id IS NOT NULL
  AND ($types IS NULL OR type(r) IN $types)
  AND ($fromIds IS NULL OR a.id IN $fromIds)
  AND ($toIds IS NULL OR b.id IN $toIds)
  AND ($entityIds IS NULL
       OR ($direction = 'Outgoing' AND a.id IN $entityIds)
       OR ($direction = 'Incoming' AND b.id IN $entityIds)
       OR ($direction = 'Both' AND (a.id IN $entityIds OR b.id IN $entityIds)))
  AND ($asOf IS NULL OR ((r.firstSeen IS NULL OR r.firstSeen <= date($asOf))
       AND NOT (coalesce(r.ended, false) AND r.lastSeen IS NOT NULL AND r.lastSeen < date($asOf))))
  AND ($since IS NULL OR r.lastSeen IS NULL OR r.lastSeen >= date($since))
  AND ($until IS NULL OR r.firstSeen IS NULL OR r.firstSeen <= date($until))
  AND coalesce(r.confidence, 0.0) >= $minConfidence
  AND all(p IN $propEquals WHERE p IN coalesce(r.propKeys, []))
WITH a, r, b
ORDER BY r.lastSeen IS NULL, r.lastSeen DESC, r.id
WITH collect(r {.id, .propsJson, .claimCount, .confidence, .firstSeen, .lastSeen, type: type(r), fromId: a.id, toId: b.id}) AS found
RETURN size(found) AS total, found[$skip..($skip + $limit)] AS items
