using System.Text.RegularExpressions;
using MarketGraph.Core.Claims;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Extraction;

/// <summary>
/// A shareholder table told in a sentence: "le capital se répartit entre A (41 %), B (27 %) et C (18 %)", "Torrelux's
/// capital is split between X (51%) and Y (35%)". Each holder named with its share in brackets owns that share of the
/// company whose capital it is: named before the verb, else the company the last sentences were about.
/// </summary>
internal static partial class CapitalSplit
{
    private const double Confidence = 0.8;

    public static void AddTo(List<FoundRelation> found, MaskedSentence sentence, IReadOnlyList<DocumentEntity> entities, Func<Implicit, int> resolveImplicit)
    {
        var masked = sentence.Masked;
        if (!masked.Contains('%')) return;
        var split = Split().Match(masked);
        if (!split.Success) return;
        var owned = split.Groups["o"].Success
            ? sentence.Mentions[int.Parse(split.Groups["o"].Value)].Entity
            : resolveImplicit(Implicit.RecentOrganisation);
        // the company the last sentences were about is no company whose table lists it among the holders
        if (owned < 0 || MaskedSentence.MarkersIn(masked[(split.Index + split.Length)..]).Any(i => sentence.Mentions[i].Entity == owned)) return;
        var confidence = sentence.Hedged(split.Index, masked.Length, Confidence);
        foreach (Match item in Holder().Matches(masked, split.Index + split.Length))
        {
            var owner = sentence.Mentions[int.Parse(item.Groups["s"].Value)].Entity;
            if (owner == owned || entities[owner].Kind is not (EntityKind.Organization or EntityKind.PublicBody or EntityKind.Person)) continue;
            if (found.Any(f => f.Type == RelationType.OwnsStake && f.Subject == owner && f.Object == owned)) continue;
            var props = ClaimProps.Of(("percent", PropertyParsers.Percent(item.Groups["pct"].Value)));
            found.Add(new FoundRelation(RelationType.OwnsStake, owner, owned, props, confidence, "stake-capital-split"));
        }
    }

    // "le capital de ⟦o1⟧ se répartit désormais entre", "⟦o1⟧'s capital is split between", "son capital est réparti entre"
    [GeneratedRegex(@"(?:⟦[opf](?<o>\d+)⟧['’]s?\s+(?:share\s+)?capital|\b(?:le\s+)?capital\s+(?:social\s+)?(?:de|du|d['’])\s*(?:la\s+|l['’]|le\s+)?⟦[opf](?<o>\d+)⟧|\b(?:capital|actionnariat|shareholding|share capital|shareholders))\b[^⟦⟧.;]{0,30}?\b(?:se répartit|se répartissent|se répartira|est réparti|est répartie|sont répartis|is split|is divided|is shared|are split|will be split|breaks down|is now split|is now divided)\s+(?:désormais\s+|now\s+)?(?:entre|between|among|as follows)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Split();

    // "⟦o3⟧ (27 %)", "le fonds ⟦o3⟧ (27%)": a holder and its share in brackets
    [GeneratedRegex(@"⟦[oph](?<s>\d+)⟧\s*\(\s*(?<pct>\d{1,3}(?:[.,·]\d{1,2})?)\s?(?:%|pour\s?cent|per\s?cent)\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex Holder();
}
