MATCH (d:Document {contentHash: $contentHash})
RETURN count(d) AS n
