using MarketGraph.Core.Ontology;

namespace MarketGraph.Core.Entities;

/// <summary>A resolved node of the graph: one canonical name, its aliases and identifiers.</summary>
public sealed record Entity(string Id, string Name, EntityKind Kind)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyDictionary<string, string> Identifiers { get; init; } = new Dictionary<string, string>();
    public string? Country { get; init; }
}
