// $query is a Lucene query the code builds from escaped, accent-folded terms.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WHERE node.canonicalId IS NULL AND ($kinds IS NULL OR node.kind IN $kinds)
WITH node, score
ORDER BY score DESC, node.id
WITH collect(node {.id, .name, .kind, .aliases, .identifiers, .country}) AS found
RETURN size(found) AS total, found[$skip..($skip + $limit)] AS items
