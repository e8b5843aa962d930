MATCH (e:Entity)
WHERE e.canonicalId IS NULL
WITH e
ORDER BY e.id
SKIP $skip
LIMIT $limit
RETURN e {.id, .name, .kind, .aliases, .identifiers, .country} AS entity
