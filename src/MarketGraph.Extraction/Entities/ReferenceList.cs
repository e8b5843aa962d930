using System.Text.Json;
using System.Text.Json.Serialization;
using MarketGraph.Core.Entities;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Extraction.Entities;

/// <summary>One known market actor of the curated reference list (Reference/actors.json).</summary>
public sealed record ReferenceActor(string Name, EntityKind Kind, IReadOnlyList<string> Aliases, string? Country, string? Parent,
    IReadOnlyDictionary<string, string> Identifiers)
{
    public EntityMention ToMention() => new(Name, Kind) { Aliases = Aliases, Country = Country, Parent = Parent, Identifiers = Identifiers };
}

/// <summary>The versioned reference list of market actors, embedded in this assembly.</summary>
public sealed class ReferenceList
{
    private sealed record ActorJson(string Name, string Kind, string[]? Aliases, string? Country, string? Parent, Dictionary<string, string>? Identifiers);

    private sealed record FileJson(string Version, ActorJson[] Actors);

    private static readonly Lazy<ReferenceList> Embedded = new(LoadEmbedded);

    public ReferenceList(string version, IReadOnlyList<ReferenceActor> actors)
    {
        Version = version;
        Actors = actors;
    }

    public static ReferenceList Default => Embedded.Value;

    public string Version { get; }

    public IReadOnlyList<ReferenceActor> Actors { get; }

    public static ReferenceList Parse(string json)
    {
        var file = JsonSerializer.Deserialize<FileJson>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidDataException("empty reference list");
        var actors = file.Actors.Select(a => new ReferenceActor(
            a.Name,
            EntityKinds.TryParse(a.Kind, out var k) ? k : throw new InvalidDataException($"actor {a.Name}: unknown kind {a.Kind}"),
            a.Aliases ?? [], a.Country, a.Parent, a.Identifiers ?? new Dictionary<string, string>())).ToList();
        return new ReferenceList(file.Version, actors);
    }

    private static ReferenceList LoadEmbedded()
    {
        using var stream = typeof(ReferenceList).Assembly.GetManifestResourceStream("MarketGraph.Extraction.actors.json")
            ?? throw new InvalidOperationException("the reference list resource is missing from the build");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
