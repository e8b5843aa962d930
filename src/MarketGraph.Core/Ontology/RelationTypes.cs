using System.Collections.Frozen;

namespace MarketGraph.Core.Ontology;

/// <summary>What the ontology says of each relation type: its wire name, symmetry and properties.</summary>
public sealed record RelationTypeInfo(RelationType Type, string WireName, bool Symmetric, IReadOnlyList<string> Properties);

public static class RelationTypes
{
    public static readonly IReadOnlyList<RelationTypeInfo> All =
    [
        new(RelationType.OwnsStake, "OWNS_STAKE", false, ["percent", "asOf", "current"]),
        new(RelationType.SubsidiaryOf, "SUBSIDIARY_OF", false, []),
        new(RelationType.Acquired, "ACQUIRED", false, ["date"]),
        new(RelationType.JointVentureOf, "JOINT_VENTURE_OF", false, []),
        new(RelationType.PartnersWith, "PARTNERS_WITH", true, ["topic", "current"]),
        new(RelationType.Supplies, "SUPPLIES", false, ["technology"]),
        new(RelationType.BuiltOn, "BUILT_ON", false, []),
        new(RelationType.Operates, "OPERATES", false, []),
        new(RelationType.AwardedContract, "AWARDED_CONTRACT", false, ["subject", "value", "currency", "date", "contractId", "cpv"]),
        new(RelationType.HoldsRole, "HOLDS_ROLE", false, ["title", "current"]),
        new(RelationType.Qualified, "QUALIFIED", false, []),
        new(RelationType.Mentions, "MENTIONS", false, []),
    ];

    private static readonly FrozenDictionary<RelationType, RelationTypeInfo> ByType = All.ToFrozenDictionary(i => i.Type);
    private static readonly FrozenDictionary<string, RelationTypeInfo> ByWire =
        All.ToFrozenDictionary(i => i.WireName, StringComparer.OrdinalIgnoreCase);

    public static RelationTypeInfo Info(this RelationType type) => ByType[type];

    public static string WireName(this RelationType type) => ByType[type].WireName;

    public static bool IsSymmetric(this RelationType type) => ByType[type].Symmetric;

    /// <summary>Parses "OWNS_STAKE" (any case) or the enum name "OwnsStake".</summary>
    public static bool TryParse(string? text, out RelationType type)
    {
        type = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        if (ByWire.TryGetValue(text.Trim(), out var info)) { type = info.Type; return true; }
        return Enum.TryParse(text.Trim(), ignoreCase: true, out type) && Enum.IsDefined(type);
    }

    public static RelationType Parse(string text) =>
        TryParse(text, out var t) ? t : throw new FormatException($"unknown relation type '{text}'");
}
