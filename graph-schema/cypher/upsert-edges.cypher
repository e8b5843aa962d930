// An edge is a relationship of the relation type itself (OWNS_STAKE, SUPPLIES…) carrying the aggregate of its live claims.
UNWIND $rows AS row
MATCH (a:Entity {id: row.fromId})
MATCH (b:Entity {id: row.toId})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r += row.props,
    r.propsJson = row.propsJson,
    r.claimCount = row.claimCount,
    r.confidence = row.confidence,
    r.firstSeen = date(row.firstSeen),
    r.lastSeen = date(row.lastSeen),
    r.ended = row.ended,
    r.propKeys = row.propKeys
