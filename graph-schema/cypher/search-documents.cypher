// Full-text over title and text, best first; $query is built from escaped, accent-folded terms.
CALL db.index.fulltext.queryNodes('document_text', $query) YIELD node, score
WHERE ($sourceName IS NULL OR node.sourceName = $sourceName)
  AND ($publishedFrom IS NULL OR node.published >= date($publishedFrom))
  AND ($publishedTo IS NULL OR node.published <= date($publishedTo))
WITH node AS d, score
ORDER BY score DESC, d.contentHash
WITH collect(d {.contentHash, .mediaType, .url, .title, .language, .published, .fetchedAt, .publisher, .sourceName,
                claimCount: COUNT { (c:Claim)-[:ASSERTED_IN]->(d) }}) AS found
RETURN size(found) AS total, found[$skip..($skip + $limit)] AS items
