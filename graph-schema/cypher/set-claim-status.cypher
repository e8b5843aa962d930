MATCH (c:Claim {id: $id})
SET c.status = $status
RETURN c {.*} AS claim
