// A merged entity reads as the entity it was merged into (canonicalId).
MATCH (e:Entity)
WHERE e.id IN $ids
OPTIONAL MATCH (k:Entity {id: e.canonicalId})
WITH e, coalesce(k, e) AS c
RETURN e.id AS requested, c {.id, .name, .kind, .aliases, .identifiers, .country} AS entity
