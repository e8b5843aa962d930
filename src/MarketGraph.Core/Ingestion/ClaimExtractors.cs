using MarketGraph.Core.Documents;
using MarketGraph.Core.Ports;

namespace MarketGraph.Core.Ingestion;

/// <summary>Routes a document to the extractor for its media type (notice parsers first, text engine last).</summary>
public sealed class ClaimExtractors(IEnumerable<IClaimExtractor> extractors)
{
    private readonly IReadOnlyList<IClaimExtractor> _extractors = extractors.ToList();

    public IReadOnlyList<IClaimExtractor> All => _extractors;

    public Extraction Extract(Document document, double minConfidence, CancellationToken ct = default)
    {
        var extractor = _extractors.FirstOrDefault(e => e.CanExtract(document));
        if (extractor is null) return Extraction.Empty;
        var extraction = extractor.Extract(document, ct);
        var kept = extraction.Claims.Where(c => c.Confidence >= minConfidence).ToList();
        return kept.Count == extraction.Claims.Count ? extraction : extraction with { Claims = kept };
    }
}
