using System.Globalization;
using MarketGraph.Core.Ontology;
using MarketGraph.Core.Ports;

namespace MarketGraph.Core.Export;

/// <summary>
/// One RFC 4180 row per claim: the edge it supports, both entities by id and name, its properties, and its
/// evidence (quote, offsets, document). Rejected claims are exported too, with their status.
/// </summary>
public static class CsvExporter
{
    public static readonly string[] Header =
    [
        "edge_id", "type", "from_id", "from_name", "to_id", "to_name", "props", "confidence", "status",
        "quote", "evidence_start", "evidence_end", "document_url", "document_title", "published", "extractor", "claim_id",
    ];

    public static async Task WriteAsync(IGraphStore store, TextWriter output, CancellationToken ct = default)
    {
        var entities = await ExportRows.EntitiesAsync(store, ct);
        await output.WriteLineAsync(string.Join(',', Header));
        await foreach (var item in ExportRows.EdgesAsync(store, ct))
        {
            foreach (var claim in item.Claims)
            {
                item.Documents.TryGetValue(claim.DocumentHash, out var doc);
                string[] row =
                [
                    item.Edge.Id, claim.Type.WireName(),
                    claim.SubjectId, entities.GetValueOrDefault(claim.SubjectId)?.Name ?? "",
                    claim.ObjectId, entities.GetValueOrDefault(claim.ObjectId)?.Name ?? "",
                    claim.Props.ToJson(), claim.Confidence.ToString("0.###", CultureInfo.InvariantCulture), claim.Status.ToString().ToLowerInvariant(),
                    claim.Evidence.Quote, claim.Evidence.Start.ToString(CultureInfo.InvariantCulture), claim.Evidence.End.ToString(CultureInfo.InvariantCulture),
                    doc?.Url ?? "", doc?.Title ?? "", doc?.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
                    claim.Extractor.ToString(), claim.Id,
                ];
                await output.WriteLineAsync(string.Join(',', row.Select(Quote)));
            }
        }
    }

    public static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
}
