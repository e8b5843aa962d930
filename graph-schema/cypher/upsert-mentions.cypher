UNWIND $rows AS row
MATCH (d:Document {contentHash: row.documentHash})
MATCH (e:Entity {id: row.entityId})
MERGE (d)-[:MENTIONS]->(e)
