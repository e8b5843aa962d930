MATCH (f:FetchState {url: $url})
RETURN f {.url, .etag, .lastModified, .contentHash, .fetchedAt} AS state
