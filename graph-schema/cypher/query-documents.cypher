// Without text: every document, newest first.
MATCH (d:Document)
WHERE ($sourceName IS NULL OR d.sourceName = $sourceName)
  AND ($publishedFrom IS NULL OR d.published >= date($publishedFrom))
  AND ($publishedTo IS NULL OR d.published <= date($publishedTo))
WITH d
ORDER BY d.published IS NULL, d.published DESC, d.fetchedAt DESC, d.contentHash
WITH collect(d {.contentHash, .mediaType, .url, .title, .language, .published, .fetchedAt, .publisher, .sourceName,
                claimCount: COUNT { (c:Claim)-[:ASSERTED_IN]->(d) }}) AS found
RETURN size(found) AS total, found[$skip..($skip + $limit)] AS items
