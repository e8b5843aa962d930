// A review applies to every claim with the same fingerprint (the same assertion in other documents too).
MATCH (c:Claim {id: $id})
MATCH (same:Claim {fingerprint: c.fingerprint})
SET same.status = $status
WITH c, collect(DISTINCT same.edgeId) AS edgeIds
RETURN c {.*} AS claim, edgeIds
