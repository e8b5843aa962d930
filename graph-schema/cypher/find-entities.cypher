// Exact match on the normalised name or an alias key, or on an identifier value of any scheme.
MATCH (e:Entity)
WHERE e.canonicalId IS NULL
  AND (e.key = $key
       OR $key IN e.aliasKeys
       OR any(v IN e.identifierValues WHERE v ENDS WITH ':' + $identifier))
RETURN e {.id, .name, .kind, .aliases, .identifiers, .country} AS entity
ORDER BY e.id
