using MarketGraph.Core.Claims;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Core.Graph;

/// <summary>
/// A graph edge: the aggregate of the live (not rejected) claims that agree on (type, from, to).
/// For symmetric types (PARTNERS_WITH) From is the smaller id. <see cref="Props"/> merges the claims'
/// properties (the most recent document's value wins). FirstSeen/LastSeen are the earliest and latest
/// dates of its claims (the claim's own date property, else the document's published date, else fetch date).
/// </summary>
public sealed record Edge(string Id, RelationType Type, string FromId, string ToId)
{
    public ClaimProps Props { get; init; } = ClaimProps.Empty;
    public DateOnly? FirstSeen { get; init; }
    public DateOnly? LastSeen { get; init; }
    /// <summary>Highest confidence among its live claims.</summary>
    public double Confidence { get; init; }
    public int ClaimCount { get; init; }

    public static string IdFor(RelationType type, string fromId, string toId)
    {
        if (type.IsSymmetric() && string.CompareOrdinal(fromId, toId) > 0) (fromId, toId) = (toId, fromId);
        return $"{type.WireName()}|{fromId}|{toId}";
    }
}
