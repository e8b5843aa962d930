MATCH (c:Claim)
WHERE c.edgeId IN $edgeIds
RETURN c {.*} AS claim
ORDER BY c.edgeId, c.date IS NOT NULL, c.date, c.id
