using MarketGraph.Core.Entities;
using Microsoft.Data.Sqlite;

namespace MarketGraph.Sqlite;

/// <summary>
/// Ordered schema steps. PRAGMA user_version records how many ran; opening an older file runs the missing
/// ones in one transaction each, so an existing database is upgraded in place. Never edit a shipped step:
/// append a new one.
/// </summary>
public static class Migrations
{
    public static readonly IReadOnlyList<string> Steps =
    [
        // 1: documents, entities, claims, edges, full text
        """
        CREATE TABLE documents (
            hash TEXT PRIMARY KEY, media_type TEXT NOT NULL, url TEXT, title TEXT, language TEXT,
            published TEXT, fetched_at TEXT NOT NULL, publisher TEXT, author TEXT, source_name TEXT,
            text TEXT NOT NULL);
        CREATE INDEX ix_documents_published ON documents(published);
        CREATE TABLE entities (
            id TEXT PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, country TEXT,
            canonical_id TEXT NOT NULL);
        CREATE INDEX ix_entities_canonical ON entities(canonical_id);
        CREATE TABLE entity_names (
            entity_id TEXT NOT NULL REFERENCES entities(id), key TEXT NOT NULL, name TEXT NOT NULL,
            PRIMARY KEY (entity_id, key));
        CREATE INDEX ix_entity_names_key ON entity_names(key);
        CREATE TABLE entity_identifiers (
            scheme TEXT NOT NULL, value TEXT NOT NULL, entity_id TEXT NOT NULL REFERENCES entities(id),
            PRIMARY KEY (scheme, value));
        CREATE INDEX ix_entity_identifiers_entity ON entity_identifiers(entity_id);
        CREATE TABLE claims (
            id TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, type TEXT NOT NULL,
            subject_id TEXT NOT NULL REFERENCES entities(id), object_id TEXT NOT NULL REFERENCES entities(id),
            edge_id TEXT NOT NULL, props TEXT NOT NULL, quote TEXT NOT NULL, ev_start INTEGER NOT NULL, ev_end INTEGER NOT NULL,
            extractor TEXT NOT NULL, extractor_version TEXT NOT NULL, confidence REAL NOT NULL, status TEXT NOT NULL,
            document_hash TEXT NOT NULL REFERENCES documents(hash), claim_date TEXT);
        CREATE INDEX ix_claims_edge ON claims(edge_id);
        CREATE INDEX ix_claims_fingerprint ON claims(fingerprint);
        CREATE INDEX ix_claims_document ON claims(document_hash);
        CREATE INDEX ix_claims_subject ON claims(subject_id);
        CREATE INDEX ix_claims_object ON claims(object_id);
        CREATE TABLE rejections (fingerprint TEXT PRIMARY KEY, rejected_at TEXT NOT NULL);
        CREATE TABLE mentions (
            document_hash TEXT NOT NULL REFERENCES documents(hash), entity_id TEXT NOT NULL REFERENCES entities(id),
            PRIMARY KEY (document_hash, entity_id));
        CREATE INDEX ix_mentions_entity ON mentions(entity_id);
        CREATE TABLE edges (
            id TEXT PRIMARY KEY, type TEXT NOT NULL, from_id TEXT NOT NULL, to_id TEXT NOT NULL, props TEXT NOT NULL,
            first_seen TEXT, last_seen TEXT, confidence REAL NOT NULL, claim_count INTEGER NOT NULL, ended INTEGER NOT NULL);
        CREATE INDEX ix_edges_from ON edges(from_id, type);
        CREATE INDEX ix_edges_to ON edges(to_id, type);
        CREATE INDEX ix_edges_type ON edges(type);
        CREATE VIRTUAL TABLE entity_fts USING fts5(entity_id UNINDEXED, names, tokenize = 'unicode61 remove_diacritics 2');
        CREATE VIRTUAL TABLE document_fts USING fts5(hash UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2');
        """,
        // 2: reversible merges, crawl bookkeeping
        """
        CREATE TABLE merges (
            id TEXT PRIMARY KEY, kept_id TEXT NOT NULL, merged_id TEXT NOT NULL, moved_ids TEXT NOT NULL,
            merged_at TEXT NOT NULL, undone_at TEXT);
        CREATE TABLE fetch_state (
            url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, content_hash TEXT, fetched_at TEXT NOT NULL);
        CREATE TABLE source_runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT, source_name TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT NOT NULL,
            fetched INTEGER NOT NULL, unchanged INTEGER NOT NULL, new_documents INTEGER NOT NULL, claims INTEGER NOT NULL,
            errors INTEGER NOT NULL, error_messages TEXT NOT NULL);
        CREATE INDEX ix_source_runs_source ON source_runs(source_name, id);
        """,
        // 3: each entity knows its full-text row, so adding an alias updates one row instead of scanning the index
        """
        ALTER TABLE entities ADD COLUMN fts_rowid INTEGER;
        UPDATE entities SET fts_rowid = rowid;
        CREATE UNIQUE INDEX ix_entities_fts_rowid ON entities(fts_rowid);
        DELETE FROM entity_fts;
        INSERT INTO entity_fts (rowid, entity_id, names)
            SELECT e.fts_rowid, e.id, COALESCE((SELECT group_concat(n.name, ' | ') FROM entity_names n WHERE n.entity_id = e.id), e.name)
            FROM entities e;
        """,
        // 4: edge properties normalised once when written (EntityKey, booleans spelt out), so property filters
        //    compare in SQL instead of calling back into .NET for every row
        """
        ALTER TABLE edges ADD COLUMN props_key TEXT NOT NULL DEFAULT '{}';
        UPDATE edges SET props_key = (
            SELECT json_group_object(j.key, mg_key(CASE j.type WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' ELSE j.value END))
            FROM json_each(edges.props) AS j);
        """,
    ];

    public static int CurrentVersion => Steps.Count;

    /// <summary>Runs the steps after the file's version, up to <paramref name="target"/> (all by default).</summary>
    public static async Task ApplyAsync(SqliteConnection connection, int? target = null, CancellationToken ct = default)
    {
        var version = await GetVersionAsync(connection, ct);
        var upTo = Math.Min(target ?? Steps.Count, Steps.Count);
        if (version > Steps.Count)
            throw new InvalidOperationException($"the database file has schema version {version}, newer than this MarketGraph ({Steps.Count}); upgrade MarketGraph");
        connection.CreateFunction("mg_key", (string? text) => EntityKey.Normalise(text), isDeterministic: true);
        for (var step = version; step < upTo; step++)
        {
            await using var tx = (SqliteTransaction)await connection.BeginTransactionAsync(ct);
            await using (var cmd = connection.CreateCommand())
            {
                cmd.Transaction = tx;
                cmd.CommandText = Steps[step] + $"\nPRAGMA user_version = {step + 1};";
                await cmd.ExecuteNonQueryAsync(ct);
            }
            await tx.CommitAsync(ct);
        }
    }

    public static async Task<int> GetVersionAsync(SqliteConnection connection, CancellationToken ct = default)
    {
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(await cmd.ExecuteScalarAsync(ct));
    }
}
