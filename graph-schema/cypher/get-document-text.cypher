MATCH (d:Document {contentHash: $contentHash})
RETURN d.text AS text
