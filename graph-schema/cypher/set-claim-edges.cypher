UNWIND $rows AS row
MATCH (c:Claim {id: row.id})
SET c.edgeId = row.edgeId
