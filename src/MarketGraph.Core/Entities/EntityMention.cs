using MarketGraph.Core.Ontology;

namespace MarketGraph.Core.Entities;

/// <summary>
/// An entity as a document names it. <see cref="Identifiers"/> keys are scheme names in lower case:
/// "siren", "siret", "vat", "lei", "ted-org", "national-id" (see <see cref="IdentifierSchemes"/>).
/// </summary>
public sealed record EntityMention(string Name, EntityKind Kind)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyDictionary<string, string> Identifiers { get; init; } = new Dictionary<string, string>();
    public string? Country { get; init; }
    /// <summary>Parent group where a reference list knows it (an organisation's group).</summary>
    public string? Parent { get; init; }

    public string Key => EntityKey.Normalise(Name);
}
