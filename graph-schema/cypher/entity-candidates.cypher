// Entities a batch of mentions may resolve to: by id, by name or alias key, or by a scheme-qualified identifier.
MATCH (e:Entity)
WHERE e.canonicalId IS NULL
  AND (e.id IN $ids
       OR e.key IN $keys
       OR any(k IN e.aliasKeys WHERE k IN $keys)
       OR any(v IN e.identifierValues WHERE v IN $identifierValues))
RETURN e {.id, .name, .kind, .aliases, .identifiers, .country} AS entity
