using System.Globalization;
using System.Text.Json;
using MarketGraph.Core.Entities;
using MarketGraph.Core.Graph;
using MarketGraph.Core.Ontology;
using MarketGraph.Core.Text;

namespace MarketGraph.Neo4j;

/// <summary>The <c>$rows</c> maps of the graph-schema upsert statements, built from the store's records.</summary>
public static class GraphRows
{
    public static Dictionary<string, object?> Entity(Entity e) => new()
    {
        ["id"] = e.Id,
        ["name"] = e.Name,
        ["kind"] = e.Kind.ToString(),
        ["key"] = EntityKey.Normalise(e.Name),
        ["aliases"] = e.Aliases.ToList(),
        ["aliasKeys"] = e.Aliases.Select(EntityKey.Normalise).Where(k => k.Length > 0).Distinct().ToList(),
        ["aliasText"] = string.Join(" | ", e.Aliases),
        ["identifiers"] = JsonSerializer.Serialize(e.Identifiers, JsonDefaults.Relaxed),
        ["identifierValues"] = e.Identifiers.Select(i => MentionResolver.IdentifierValue(i.Key, i.Value)).Distinct().ToList(),
        ["country"] = e.Country,
    };

    public static Dictionary<string, object?> Document(DocumentInfo d, string? text, string? author = null) => new()
    {
        ["contentHash"] = d.ContentHash,
        ["mediaType"] = d.MediaType,
        ["url"] = d.Url,
        ["title"] = d.Title,
        ["language"] = d.Language,
        ["published"] = d.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["fetchedAt"] = d.FetchedAt.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
        ["publisher"] = d.Publisher,
        ["author"] = author,
        ["sourceName"] = d.SourceName,
        ["text"] = text,
    };

    public static Dictionary<string, object?> Claim(StoredClaim c, string fingerprint, DateOnly? date = null) => new()
    {
        ["id"] = c.Id,
        ["edgeId"] = c.EdgeId,
        ["type"] = c.Type.WireName(),
        ["subjectId"] = c.SubjectId,
        ["objectId"] = c.ObjectId,
        ["propsJson"] = c.Props.ToJson(),
        ["quote"] = c.Evidence.Quote,
        ["start"] = (long)c.Evidence.Start,
        ["end"] = (long)c.Evidence.End,
        ["extractor"] = c.Extractor.Name,
        ["extractorVersion"] = c.Extractor.Version,
        ["confidence"] = c.Confidence,
        ["status"] = c.Status.ToString(),
        ["fingerprint"] = fingerprint,
        ["documentHash"] = c.DocumentHash,
        ["date"] = date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public static Dictionary<string, object?> Edge(Edge e) => new()
    {
        ["id"] = e.Id,
        ["type"] = e.Type.WireName(),
        ["fromId"] = e.FromId,
        ["toId"] = e.ToId,
        ["props"] = e.Props.ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal),
        ["propsJson"] = e.Props.ToJson(),
        ["claimCount"] = (long)e.ClaimCount,
        ["confidence"] = e.Confidence,
        ["firstSeen"] = e.FirstSeen?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["lastSeen"] = e.LastSeen?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["ended"] = e.Props.GetBool("current") == false,
        ["propKeys"] = PropKeys(e.Props),
    };

    /// <summary>"key=value" after <see cref="EntityKey"/> normalisation: what EdgeQuery.PropEquals compares.</summary>
    public static List<string> PropKeys(IEnumerable<KeyValuePair<string, object>> props) =>
        props.Select(p => PropKey(p.Key, Convert.ToString(p.Value, CultureInfo.InvariantCulture) ?? "")).ToList();

    public static string PropKey(string key, string value) => $"{key}={EntityKey.Normalise(value)}";
}
