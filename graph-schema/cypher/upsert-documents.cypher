UNWIND $rows AS row
MERGE (d:Document {contentHash: row.contentHash})
SET d.mediaType = row.mediaType,
    d.url = row.url,
    d.title = row.title,
    d.language = row.language,
    d.published = date(row.published),
    d.fetchedAt = datetime(row.fetchedAt),
    d.publisher = row.publisher,
    d.author = row.author,
    d.sourceName = row.sourceName,
    d.text = row.text
