using System.Text.Json;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Extraction;

/// <summary>The curated, versioned reference list of actors (embedded <c>Reference/actors.json</c>).</summary>
public sealed class ActorCatalog
{
    private const string ResourceName = "MarketGraph.Extraction.actors.json";

    public ActorCatalog(string version, IReadOnlyList<Actor> actors)
    {
        Version = version;
        Actors = actors;
        ByName = actors.GroupBy(a => a.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public string Version { get; }
    public IReadOnlyList<Actor> Actors { get; }
    public IReadOnlyDictionary<string, Actor> ByName { get; }

    private static readonly Lazy<ActorCatalog> Embedded = new(LoadEmbedded);

    public static ActorCatalog Default => Embedded.Value;

    private static ActorCatalog LoadEmbedded()
    {
        using var stream = typeof(ActorCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        return Parse(stream);
    }

    public static ActorCatalog Parse(Stream json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var version = root.TryGetProperty("version", out var v) ? v.GetString() ?? "0" : "0";
        var actors = new List<Actor>();
        foreach (var a in root.GetProperty("actors").EnumerateArray())
        {
            if (!EntityKinds.TryParse(a.GetProperty("kind").GetString(), out var kind))
                throw new InvalidOperationException($"actors.json: unknown kind for {a.GetProperty("name").GetString()}");
            actors.Add(new Actor(a.GetProperty("name").GetString()!, kind)
            {
                Aliases = Strings(a, "aliases"),
                Acronyms = Strings(a, "acronyms"),
                Roles = Strings(a, "roles"),
                Country = a.TryGetProperty("country", out var c) ? c.GetString() : null,
                Parent = a.TryGetProperty("parent", out var p) ? p.GetString() : null,
                Identifiers = a.TryGetProperty("identifiers", out var ids)
                    ? ids.EnumerateObject().ToDictionary(i => i.Name, i => i.Value.GetString() ?? "")
                    : new Dictionary<string, string>(),
            });
        }
        return new ActorCatalog(version, actors);
    }

    private static IReadOnlyList<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var arr) && arr.ValueKind == JsonValueKind.Array
            ? arr.EnumerateArray().Select(x => x.GetString()!).Where(x => !string.IsNullOrWhiteSpace(x)).ToList()
            : [];
}
