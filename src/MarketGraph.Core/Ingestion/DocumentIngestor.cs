using MarketGraph.Core.Documents;
using MarketGraph.Core.Graph;
using MarketGraph.Core.Ports;

namespace MarketGraph.Core.Ingestion;

/// <summary>The one-way flow for one document: raw bytes → document → claims → store.</summary>
public sealed class DocumentIngestor(DocumentReaders readers, ClaimExtractors extractors, IGraphStore store, IngestionOptions options)
{
    /// <summary>Reads, extracts and stores. Throws <see cref="InvalidInputException"/> before anything is stored.</summary>
    public async Task<IngestResult> IngestAsync(RawContent raw, CancellationToken ct = default)
    {
        var document = readers.Read(raw);
        return await IngestAsync(document, ct);
    }

    public async Task<IngestResult> IngestAsync(Document document, CancellationToken ct = default)
    {
        var extraction = extractors.Extract(document, options.MinConfidence, ct);
        return await store.IngestAsync(document, extraction, ct);
    }
}
