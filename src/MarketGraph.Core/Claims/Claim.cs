using MarketGraph.Core.Entities;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Core.Claims;

/// <summary>
/// One fact asserted by one document, before entity resolution: the subject and object are mentions
/// (names as the text gives them, with kind and identifiers), not yet graph ids.
/// </summary>
public sealed record Claim(
    RelationType Type,
    EntityMention Subject,
    EntityMention Object,
    ClaimProps Props,
    Evidence Evidence,
    ExtractorInfo Extractor,
    double Confidence)
{
    public ReviewStatus Status { get; init; } = ReviewStatus.Extracted;
}
