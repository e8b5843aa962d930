using System.Globalization;
using MarketGraph.Core.Documents;
using MarketGraph.Core.Ontology;
using MarketGraph.Core.Ports;

namespace MarketGraph.Core.Claims;

/// <summary>What every store checks and derives the same way when it ingests claims.</summary>
public static class ClaimRules
{
    /// <summary>Evidence must be the exact span of the document it cites; a claim that is not is an extractor bug.</summary>
    public static void EnsureValid(Document document, Extraction extraction)
    {
        foreach (var claim in extraction.Claims)
        {
            var e = claim.Evidence;
            if (e.Start < 0 || e.End < e.Start || e.End > document.Text.Length || !document.Text.AsSpan(e.Start, e.End - e.Start).SequenceEqual(e.Quote))
                throw new InvalidOperationException($"claim {claim.Type.WireName()} {claim.Subject.Name} → {claim.Object.Name}: evidence [{e.Start}, {e.End}) is not a span of the document text");
            if (string.IsNullOrWhiteSpace(claim.Subject.Name) || string.IsNullOrWhiteSpace(claim.Object.Name))
                throw new InvalidOperationException($"claim {claim.Type.WireName()}: subject and object need names");
        }
    }

    /// <summary>The date a claim speaks of: its own date property, else the document's published date, else its fetch date.</summary>
    public static DateOnly? DateOf(Claim claim, Document document)
    {
        foreach (var key in new[] { "date", "asOf" })
        {
            if (claim.Props.GetString(key) is { } s && DateOnly.TryParse(s.Length >= 10 ? s[..10] : s, CultureInfo.InvariantCulture, out var d)) return d;
        }
        if (document.Published is { } published) return published;
        return document.FetchedAt == default ? null : DateOnly.FromDateTime(document.FetchedAt.UtcDateTime);
    }
}
