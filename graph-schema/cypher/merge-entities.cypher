// Folds $mergedId (and whatever was merged into it before) into $keptId, and records how to undo it.
MATCH (m:Entity {id: $mergedId})
OPTIONAL MATCH (f:Entity {canonicalId: $mergedId})
WITH m, collect(f) AS followers
FOREACH (x IN followers + [m] | SET x.canonicalId = $keptId)
MERGE (r:MergeRecord {id: $recordId})
SET r.keptId = $keptId, r.mergedId = $mergedId, r.at = datetime($at), r.undone = false,
    r.movedIds = [x IN followers | x.id] + [m.id],
    r.keptAliases = $keptAliases, r.keptIdentifiers = $keptIdentifiers, r.keptCountry = $keptCountry
RETURN r.movedIds AS movedIds
