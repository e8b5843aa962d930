using System.Security.Cryptography;
using System.Text;
using MarketGraph.Core.Entities;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Core.Claims;

/// <summary>
/// Identity of a claim across re-crawls: the same assertion (type, subject, object, evidence quote) from the
/// same document text gets the same id, so analysts' reviews stick.
/// </summary>
public static class ClaimFingerprint
{
    public static string Of(RelationType type, string subjectId, string objectId, string quote)
    {
        if (type.IsSymmetric() && string.CompareOrdinal(subjectId, objectId) > 0) (subjectId, objectId) = (objectId, subjectId);
        var normalisedQuote = string.Join(' ', EntityKey.FoldAccents(quote.ToLowerInvariant())
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var text = $"{type.WireName()}\n{subjectId}\n{objectId}\n{normalisedQuote}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..24];
    }

    /// <summary>A claim id: the fingerprint within one document.</summary>
    public static string ClaimId(string documentHash, string fingerprint, int evidenceStart) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{documentHash}\n{fingerprint}\n{evidenceStart}")))[..24];
}
