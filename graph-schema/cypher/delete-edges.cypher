// Edges left without a live claim disappear.
UNWIND $rows AS row
MATCH (:Entity {id: row.fromId})-[r {id: row.id}]->(:Entity {id: row.toId})
DELETE r
