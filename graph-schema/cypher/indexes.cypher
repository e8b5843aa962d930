// Lookup indexes and the full-text indexes behind search. Idempotent (IF NOT EXISTS).
CREATE INDEX entity_key IF NOT EXISTS FOR (e:Entity) ON (e.key);
CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind);
CREATE INDEX claim_edge_id IF NOT EXISTS FOR (c:Claim) ON (c.edgeId);
CREATE INDEX claim_fingerprint IF NOT EXISTS FOR (c:Claim) ON (c.fingerprint);
CREATE INDEX claim_document_hash IF NOT EXISTS FOR (c:Claim) ON (c.documentHash);
CREATE INDEX document_source_name IF NOT EXISTS FOR (d:Document) ON (d.sourceName);
CREATE INDEX document_published IF NOT EXISTS FOR (d:Document) ON (d.published);
CREATE INDEX source_run_source_name IF NOT EXISTS FOR (r:SourceRun) ON (r.sourceName);
// standard-folding folds accents: "Etat" finds "État"
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE FULLTEXT INDEX document_text IF NOT EXISTS FOR (d:Document) ON EACH [d.title, d.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
