using MarketGraph.Core.Ontology;

namespace MarketGraph.Extraction;

/// <summary>An entry of the reference list: a known market actor, technology, certification or country.</summary>
public sealed record Actor(string Name, EntityKind Kind)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];
    /// <summary>Short forms matched case-sensitively only ("OBS", "TIM").</summary>
    public IReadOnlyList<string> Acronyms { get; init; } = [];
    public string? Country { get; init; }
    public string? Parent { get; init; }
    /// <summary>What the actor is in the market (operator, vendor, integrator, provider): resolves role nouns.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];
    public IReadOnlyDictionary<string, string> Identifiers { get; init; } = new Dictionary<string, string>();
}
