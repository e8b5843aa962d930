// Full-text search needs its indexes online; wait for them after creating the schema.
CALL db.awaitIndexes(300)
