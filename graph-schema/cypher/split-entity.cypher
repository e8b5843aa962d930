// Undoes a merge: the moved entities point at the merged one again; the kept entity's names are restored by the caller.
MATCH (r:MergeRecord {id: $recordId})
WHERE r.undone = false
SET r.undone = true
WITH r
OPTIONAL MATCH (x:Entity)
WHERE x.id IN r.movedIds AND x.canonicalId = r.keptId
SET x.canonicalId = CASE WHEN x.id = r.mergedId THEN null ELSE r.mergedId END
WITH r, count(x) AS moved
RETURN r {.keptId, .mergedId, .movedIds, .keptAliases, .keptIdentifiers, .keptCountry} AS record
