// One row per entity; the kind is also a PascalCase label (Organization, PublicBody…) for Browser and Bloom.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e:$(row.kind),
    e.name = row.name,
    e.kind = row.kind,
    e.key = row.key,
    e.aliases = row.aliases,
    e.aliasKeys = row.aliasKeys,
    e.aliasText = row.aliasText,
    e.identifiers = row.identifiers,
    e.identifierValues = row.identifierValues,
    e.country = row.country
