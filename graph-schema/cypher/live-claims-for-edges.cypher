// The live claims behind edges, oldest first (claims without a date first), so later properties win.
MATCH (c:Claim)
WHERE c.edgeId IN $edgeIds AND c.status <> 'Rejected'
RETURN c.edgeId AS edgeId, c.type AS type, c.subjectId AS subjectId, c.objectId AS objectId,
       c.propsJson AS propsJson, c.date AS date, c.confidence AS confidence
ORDER BY c.date IS NOT NULL, c.date, c.id
