MATCH (e:Entity)
WHERE e.id IN $ids
RETURN e {.id, .name, .kind, .aliases, .identifiers, .country, .canonicalId} AS entity
