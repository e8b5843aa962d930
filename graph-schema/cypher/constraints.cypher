// Unique ids, created before any MERGE so every MERGE is an index lookup. Idempotent (IF NOT EXISTS).
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT document_content_hash IF NOT EXISTS FOR (d:Document) REQUIRE d.contentHash IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (c:Claim) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT merge_record_id IF NOT EXISTS FOR (m:MergeRecord) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT fetch_state_url IF NOT EXISTS FOR (f:FetchState) REQUIRE f.url IS UNIQUE;
CREATE CONSTRAINT source_run_id IF NOT EXISTS FOR (r:SourceRun) REQUIRE r.id IS UNIQUE;
