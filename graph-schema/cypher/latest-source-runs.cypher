MATCH (r:SourceRun)
WITH r
ORDER BY r.startedAt DESC
WITH r.sourceName AS sourceName, collect(r)[0] AS latest
RETURN latest {.sourceName, .startedAt, .finishedAt, .fetched, .unchanged, .newDocuments, .claims, .errors, .errorMessages} AS run
ORDER BY sourceName
