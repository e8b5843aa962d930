using MarketGraph.Core.Claims;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Core.Graph;

/// <summary>A claim as stored: resolved to entity ids, tied to its edge and its document.</summary>
public sealed record StoredClaim(
    string Id,
    string EdgeId,
    RelationType Type,
    string SubjectId,
    string ObjectId,
    ClaimProps Props,
    Evidence Evidence,
    ExtractorInfo Extractor,
    double Confidence,
    ReviewStatus Status,
    string DocumentHash);
