MATCH (e:Entity)
WITH e
ORDER BY e.id
SKIP $skip
LIMIT $limit
RETURN e {.id, .name, .kind, .aliases, .identifiers, .country} AS entity
