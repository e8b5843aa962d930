// A claim node per assertion, tied to its document and both entities; the document MENTIONS both entities.
UNWIND $rows AS row
MATCH (s:Entity {id: row.subjectId})
MATCH (o:Entity {id: row.objectId})
MATCH (d:Document {contentHash: row.documentHash})
MERGE (c:Claim {id: row.id})
SET c.edgeId = row.edgeId,
    c.type = row.type,
    c.subjectId = row.subjectId,
    c.objectId = row.objectId,
    c.propsJson = row.propsJson,
    c.quote = row.quote,
    c.start = row.start,
    c.end = row.end,
    c.extractor = row.extractor,
    c.extractorVersion = row.extractorVersion,
    c.confidence = row.confidence,
    c.status = row.status,
    c.fingerprint = row.fingerprint,
    c.documentHash = row.documentHash,
    c.date = date(row.date)
MERGE (c)-[:ASSERTED_IN]->(d)
MERGE (c)-[:SUBJECT]->(s)
MERGE (c)-[:OBJECT]->(o)
MERGE (d)-[:MENTIONS]->(s)
MERGE (d)-[:MENTIONS]->(o)
