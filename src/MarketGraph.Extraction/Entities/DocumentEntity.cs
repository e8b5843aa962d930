using MarketGraph.Core.Entities;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Extraction;

/// <summary>An entity as recognised within one document (from the reference list or from a pattern).</summary>
internal sealed class DocumentEntity(int index, string name, EntityKind kind)
{
    public int Index { get; } = index;
    public string Name { get; } = name;
    public EntityKind Kind { get; set; } = kind;
    public string? Country { get; init; }
    public string? Parent { get; init; }
    public IReadOnlyList<string> Roles { get; init; } = [];
    /// <summary>Roles the document gives an organisation the reference list does not know ("l'intégrateur Pontavès").</summary>
    public HashSet<string> DocumentRoles { get; } = [];
    public IReadOnlyDictionary<string, string> Identifiers { get; init; } = new Dictionary<string, string>();
    /// <summary>Surface forms seen in the text and reference aliases (role nouns kept apart).</summary>
    public List<string> Aliases { get; } = [];
    public List<string> RoleNouns { get; } = [];

    public void AddAlias(string surface)
    {
        surface = surface.Trim();
        if (surface.Length == 0 || surface == Name || Aliases.Contains(surface)) return;
        Aliases.Add(surface);
    }

    public EntityMention ToMention() => new(Name, Kind)
    {
        Aliases = Aliases.Concat(RoleNouns).Distinct().ToList(),
        Identifiers = Identifiers,
        Country = Country,
        Parent = Parent,
    };
}

/// <summary>A span of a sentence that names (or, for a role noun, points back to) a document entity.</summary>
internal readonly record struct Mention(TextSpan Span, int Entity, bool IsRoleNoun);
