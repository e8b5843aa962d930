MERGE (f:FetchState {url: $url})
SET f.etag = $etag, f.lastModified = $lastModified, f.contentHash = $contentHash, f.fetchedAt = datetime($fetchedAt)
