using MarketGraph.Core.Claims;
using MarketGraph.Core.Documents;
using MarketGraph.Core.Entities;

namespace MarketGraph.Core.Ports;

/// <summary>Entities and claims that one extractor found in one document.</summary>
public sealed record Extraction(IReadOnlyList<EntityMention> Entities, IReadOnlyList<Claim> Claims)
{
    public static readonly Extraction Empty = new([], []);
}

/// <summary>
/// Turns a document into claims: the text extraction engine for articles, a notice parser for
/// structured notices. Must be thread-safe and bounded in time and memory on any input.
/// </summary>
public interface IClaimExtractor
{
    ExtractorInfo Info { get; }

    bool CanExtract(Document document);

    Extraction Extract(Document document, CancellationToken cancellationToken = default);
}
