MATCH (d:Document)
WHERE d.contentHash IN $hashes
RETURN d {.contentHash, .mediaType, .url, .title, .language, .published, .fetchedAt, .publisher, .sourceName,
          claimCount: COUNT { (c:Claim)-[:ASSERTED_IN]->(d) }} AS document
