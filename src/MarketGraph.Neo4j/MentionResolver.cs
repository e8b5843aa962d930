using MarketGraph.Core.Entities;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Neo4j;

/// <summary>
/// Resolves one document's mentions against the candidate entities read in the same transaction, with the
/// rules of the store port: an identifier match first, then a name or alias with the same key and a compatible
/// kind (own name before alias, same kind before compatible), else a new entity. New names, identifiers and a
/// missing country are added to the entity a mention resolved to.
/// </summary>
internal sealed class MentionResolver(IEnumerable<Entity> candidates)
{
    private readonly Dictionary<string, Entity> _entities = candidates.ToDictionary(e => e.Id, StringComparer.Ordinal);
    private readonly Dictionary<(EntityKind, string), string> _cache = new();
    private readonly HashSet<string> _touched = new(StringComparer.Ordinal);

    public int Created { get; private set; }

    /// <summary>The entities this document resolved to, as they must be written back.</summary>
    public IEnumerable<Entity> Touched => _touched.Select(id => _entities[id]);

    public string Resolve(EntityMention mention)
    {
        var key = mention.Key;
        if (key.Length == 0) throw new InvalidOperationException($"entity name '{mention.Name}' has no letters or digits");
        if (!_cache.TryGetValue((mention.Kind, key), out var id))
        {
            id = Find(mention, key) ?? Create(mention);
            _cache[(mention.Kind, key)] = id;
        }
        Enrich(id, mention);
        _touched.Add(id);
        return id;
    }

    public static bool Compatible(EntityKind a, EntityKind b) =>
        a == b || (a is EntityKind.Organization or EntityKind.PublicBody && b is EntityKind.Organization or EntityKind.PublicBody);

    /// <summary>Identifiers compare scheme-qualified, without spaces, dots and dashes, in upper case ("vat:FR12345").</summary>
    public static string IdentifierValue(string scheme, string value) =>
        $"{scheme.Trim().ToLowerInvariant()}:{new string(value.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant()}";

    private string? Find(EntityMention mention, string key)
    {
        var wanted = mention.Identifiers.Select(i => IdentifierValue(i.Key, i.Value)).ToHashSet(StringComparer.Ordinal);
        if (wanted.Count > 0)
        {
            var byIdentifier = _entities.Values
                .Where(e => Compatible(e.Kind, mention.Kind) && e.Identifiers.Any(i => wanted.Contains(IdentifierValue(i.Key, i.Value))))
                .OrderBy(e => e.Id, StringComparer.Ordinal).FirstOrDefault();
            if (byIdentifier is not null) return byIdentifier.Id;
        }
        var keys = mention.Aliases.Select(EntityKey.Normalise).Where(k => k.Length > 0).Prepend(key).ToHashSet(StringComparer.Ordinal);
        return _entities.Values
            .Where(e => Compatible(e.Kind, mention.Kind))
            .SelectMany(e => e.Aliases.Prepend(e.Name).Select(EntityKey.Normalise).Where(keys.Contains).Select(k => (Entity: e, Key: k)))
            .OrderBy(c => c.Key == key ? 0 : 1).ThenBy(c => c.Entity.Kind == mention.Kind ? 0 : 1).ThenBy(c => c.Entity.Id, StringComparer.Ordinal)
            .Select(c => c.Entity.Id).FirstOrDefault();
    }

    private string Create(EntityMention mention)
    {
        var id = EntityId.For(mention.Kind, mention.Name);
        if (_entities.ContainsKey(id)) return id;
        _entities[id] = new Entity(id, mention.Name.Trim(), mention.Kind) { Country = mention.Country };
        Created++;
        return id;
    }

    private void Enrich(string id, EntityMention mention)
    {
        var e = _entities[id];
        var names = e.Aliases.Prepend(e.Name).Select(EntityKey.Normalise).ToHashSet(StringComparer.Ordinal);
        var aliases = e.Aliases.ToList();
        foreach (var name in mention.Aliases.Prepend(mention.Name).Select(n => n.Trim()))
        {
            var k = EntityKey.Normalise(name);
            if (k.Length > 0 && names.Add(k)) aliases.Add(name);
        }
        var identifiers = new Dictionary<string, string>(e.Identifiers, StringComparer.Ordinal);
        foreach (var (scheme, value) in mention.Identifiers) identifiers.TryAdd(scheme.Trim().ToLowerInvariant(), value.Trim());
        _entities[id] = e with { Aliases = aliases, Identifiers = identifiers, Country = e.Country ?? mention.Country };
    }
}
