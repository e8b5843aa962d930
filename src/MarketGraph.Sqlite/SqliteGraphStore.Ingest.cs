using System.Globalization;
using MarketGraph.Core.Claims;
using MarketGraph.Core.Documents;
using MarketGraph.Core.Entities;
using MarketGraph.Core.Graph;
using MarketGraph.Core.Ontology;
using MarketGraph.Core.Ports;
using Microsoft.Data.Sqlite;

namespace MarketGraph.Sqlite;

public sealed partial class SqliteGraphStore
{
    public async Task<IngestResult> IngestAsync(Document document, Extraction extraction, CancellationToken ct = default)
    {
        ClaimRules.EnsureValid(document, extraction);
        return await WriteAsync(async (connection, tx) =>
        {
            await using (var exists = Command(connection, tx, "SELECT 1 FROM documents WHERE hash = $h", ("$h", document.ContentHash)))
            {
                if (await exists.ExecuteScalarAsync(ct) is not null) return new IngestResult(document.ContentHash, true, 0, 0, 0);
            }
            await InsertDocumentAsync(connection, tx, document, ct);

            var resolver = new MentionResolver(connection, tx);
            foreach (var mention in extraction.Entities) await resolver.ResolveAsync(mention, ct);

            var stored = 0;
            var rejected = 0;
            var touchedEdges = new HashSet<string>(StringComparer.Ordinal);
            foreach (var claim in extraction.Claims)
            {
                ct.ThrowIfCancellationRequested();
                var subject = await resolver.ResolveAsync(claim.Subject, ct);
                var obj = await resolver.ResolveAsync(claim.Object, ct);
                if (subject.Canonical == obj.Canonical) continue; // a fact about itself carries nothing
                var fingerprint = ClaimFingerprint.Of(claim.Type, subject.Canonical, obj.Canonical, claim.Evidence.Quote);
                // a rejection made before a merge was fingerprinted with the entities as they were then
                var isRejected = await IsRejectedAsync(connection, tx, fingerprint, ct)
                    || (subject.Id != subject.Canonical || obj.Id != obj.Canonical)
                    && await IsRejectedAsync(connection, tx, ClaimFingerprint.Of(claim.Type, subject.Id, obj.Id, claim.Evidence.Quote), ct);
                var status = isRejected ? ReviewStatus.Rejected : claim.Status;
                var edgeId = Edge.IdFor(claim.Type, subject.Canonical, obj.Canonical);
                var inserted = await ExecuteAsync(connection, tx, """
                    INSERT OR IGNORE INTO claims (id, fingerprint, type, subject_id, object_id, edge_id, props, quote, ev_start, ev_end,
                        extractor, extractor_version, confidence, status, document_hash, claim_date)
                    VALUES ($id, $fp, $type, $s, $o, $edge, $props, $quote, $start, $end, $ex, $exv, $conf, $status, $doc, $date)
                    """, ct,
                    ("$id", ClaimFingerprint.ClaimId(document.ContentHash, fingerprint, claim.Evidence.Start)), ("$fp", fingerprint),
                    ("$type", claim.Type.WireName()), ("$s", subject.Id), ("$o", obj.Id), ("$edge", edgeId),
                    ("$props", claim.Props.ToJson()), ("$quote", claim.Evidence.Quote), ("$start", claim.Evidence.Start),
                    ("$end", claim.Evidence.End), ("$ex", claim.Extractor.Name), ("$exv", claim.Extractor.Version),
                    ("$conf", claim.Confidence), ("$status", StatusName(status)), ("$doc", document.ContentHash),
                    ("$date", Date(ClaimRules.DateOf(claim, document))));
                if (inserted == 0) continue;
                stored++;
                if (isRejected) rejected++;
                touchedEdges.Add(edgeId);
            }

            foreach (var entityId in resolver.ResolvedIds)
            {
                await ExecuteAsync(connection, tx, "INSERT OR IGNORE INTO mentions (document_hash, entity_id) VALUES ($d, $e)", ct,
                    ("$d", document.ContentHash), ("$e", entityId));
            }
            await RefreshEdgesAsync(connection, tx, touchedEdges, ct);
            return new IngestResult(document.ContentHash, false, resolver.Created, stored, rejected);
        }, ct);
    }


    private static async Task InsertDocumentAsync(SqliteConnection connection, SqliteTransaction tx, Document d, CancellationToken ct)
    {
        await ExecuteAsync(connection, tx, """
            INSERT INTO documents (hash, media_type, url, title, language, published, fetched_at, publisher, author, source_name, text)
            VALUES ($h, $mt, $url, $title, $lang, $pub, $fetched, $publisher, $author, $source, $text)
            """, ct,
            ("$h", d.ContentHash), ("$mt", d.MediaType), ("$url", d.Url), ("$title", d.Title), ("$lang", d.Language),
            ("$pub", Date(d.Published)), ("$fetched", d.FetchedAt.ToString("O", CultureInfo.InvariantCulture)),
            ("$publisher", d.Publisher), ("$author", d.Author), ("$source", d.SourceName), ("$text", d.Text));
        // notices are indexed by title only: their text is markup, not prose
        var indexed = d.MediaType == MediaTypes.PlainText ? d.Text : "";
        await ExecuteAsync(connection, tx, "INSERT INTO document_fts (hash, title, text) VALUES ($h, $title, $text)", ct,
            ("$h", d.ContentHash), ("$title", d.Title ?? ""), ("$text", indexed));
    }

    private static async Task<bool> IsRejectedAsync(SqliteConnection connection, SqliteTransaction tx, string fingerprint, CancellationToken ct)
    {
        await using var cmd = Command(connection, tx, "SELECT 1 FROM rejections WHERE fingerprint = $f", ("$f", fingerprint));
        return await cmd.ExecuteScalarAsync(ct) is not null;
    }

    internal static string StatusName(ReviewStatus status) => status.ToString().ToLowerInvariant();

    internal static ReviewStatus ParseStatus(string text) => Enum.Parse<ReviewStatus>(text, ignoreCase: true);
}
