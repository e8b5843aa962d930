using System.Globalization;
using MarketGraph.Core.Graph;
using Microsoft.Data.Sqlite;

namespace MarketGraph.Sqlite;

public sealed partial class SqliteGraphStore
{
    private const string DocumentColumns = """
        d.hash, d.media_type, d.url, d.title, d.language, d.published, d.fetched_at, d.publisher, d.source_name,
        (SELECT COUNT(*) FROM claims c WHERE c.document_hash = d.hash)
        """;

    public async Task<IReadOnlyDictionary<string, DocumentInfo>> GetDocumentsAsync(IReadOnlyCollection<string> contentHashes, CancellationToken ct = default)
    {
        if (contentHashes.Count == 0) return new Dictionary<string, DocumentInfo>();
        await using var connection = await OpenAsync(ct);
        await using var cmd = Command(connection, null, $"SELECT {DocumentColumns} FROM documents d WHERE d.hash IN (SELECT value FROM json_each($h))",
            ("$h", JsonArray(contentHashes.Distinct())));
        return (await ReadDocumentsAsync(cmd, ct)).ToDictionary(d => d.ContentHash);
    }

    public async Task<string?> GetDocumentTextAsync(string contentHash, CancellationToken ct = default)
    {
        await using var connection = await OpenAsync(ct);
        await using var cmd = Command(connection, null, "SELECT text FROM documents WHERE hash = $h", ("$h", contentHash));
        return await cmd.ExecuteScalarAsync(ct) as string;
    }

    public async Task<Paged<DocumentInfo>> QueryDocumentsAsync(DocumentQuery query, Page page, CancellationToken ct = default)
    {
        var match = FtsQuery.From(query.Text);
        if (query.Text is not null && match is null) return new Paged<DocumentInfo>([], 0);
        const string where = """
            ($match IS NULL OR d.hash IN (SELECT hash FROM document_fts WHERE document_fts MATCH $match))
            AND ($source IS NULL OR d.source_name = $source)
            AND ($from IS NULL OR d.published >= $from) AND ($to IS NULL OR d.published <= $to)
            """;
        (string, object?)[] p = [("$match", match), ("$source", query.SourceName), ("$from", Date(query.PublishedFrom)), ("$to", Date(query.PublishedTo))];
        await using var connection = await OpenAsync(ct);
        await using var count = Command(connection, null, $"SELECT COUNT(*) FROM documents d WHERE {where}", p);
        var total = Convert.ToInt32(await count.ExecuteScalarAsync(ct));
        await using var cmd = Command(connection, null,
            $"SELECT {DocumentColumns} FROM documents d WHERE {where} ORDER BY d.published IS NULL, d.published DESC, d.fetched_at DESC, d.hash LIMIT $limit OFFSET $offset",
            [.. p, ("$limit", page.Limit), ("$offset", page.Offset)]);
        return new Paged<DocumentInfo>(await ReadDocumentsAsync(cmd, ct), total);
    }

    private static async Task<List<DocumentInfo>> ReadDocumentsAsync(SqliteCommand cmd, CancellationToken ct)
    {
        var list = new List<DocumentInfo>();
        await using var r = await cmd.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            list.Add(new DocumentInfo(r.GetString(0), r.GetString(1))
            {
                Url = r.IsDBNull(2) ? null : r.GetString(2),
                Title = r.IsDBNull(3) ? null : r.GetString(3),
                Language = r.IsDBNull(4) ? null : r.GetString(4),
                Published = ParseDate(r.IsDBNull(5) ? null : r.GetString(5)),
                FetchedAt = DateTimeOffset.Parse(r.GetString(6), CultureInfo.InvariantCulture),
                Publisher = r.IsDBNull(7) ? null : r.GetString(7),
                SourceName = r.IsDBNull(8) ? null : r.GetString(8),
                ClaimCount = r.GetInt32(9),
            });
        }
        return list;
    }
}
