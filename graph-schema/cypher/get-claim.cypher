MATCH (c:Claim {id: $id})
RETURN c {.*} AS claim
