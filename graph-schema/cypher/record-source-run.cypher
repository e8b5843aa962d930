MERGE (r:SourceRun {id: $id})
SET r.sourceName = $sourceName, r.startedAt = datetime($startedAt), r.finishedAt = datetime($finishedAt),
    r.fetched = $fetched, r.unchanged = $unchanged, r.newDocuments = $newDocuments, r.claims = $claims,
    r.errors = $errors, r.errorMessages = $errorMessages
