// Claims touching the given entities, with the canonical ids their edge must now join.
MATCH (c:Claim)
WHERE c.subjectId IN $entityIds OR c.objectId IN $entityIds
MATCH (s:Entity {id: c.subjectId})
MATCH (o:Entity {id: c.objectId})
RETURN c.id AS id, c.type AS type, c.edgeId AS edgeId, coalesce(s.canonicalId, s.id) AS subject, coalesce(o.canonicalId, o.id) AS object
