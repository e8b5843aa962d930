using System.Globalization;
using System.Text.Json;
using MarketGraph.Core.Claims;
using MarketGraph.Core.Entities;
using MarketGraph.Core.Graph;
using MarketGraph.Core.Ontology;
using MarketGraph.Core.Ports;
using MarketGraph.Neo4j.Client;
using Microsoft.Extensions.Logging;

namespace MarketGraph.Neo4j;

/// <summary>
/// <see cref="IGraphStore"/> on Neo4j through the Query API. Every statement is a graph-schema/cypher file
/// (see graph-schema/README.md for the model); every value is a parameter.
/// </summary>
public sealed partial class Neo4jGraphStore(Neo4jQueryApiClient client, ILogger<Neo4jGraphStore> logger) : IGraphStore
{
    public async Task InitialiseAsync(CancellationToken ct = default)
    {
        var schema = CypherFiles.Schema();
        foreach (var statement in schema) await client.RunAsync(statement, null, ct);
        await client.RunAsync(CypherFiles.Get("await-indexes"), null, ct);
        Neo4jLog.SchemaApplied(logger, schema.Count, client.Database);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private Task<Neo4jResult> RunAsync(string file, IReadOnlyDictionary<string, object?>? parameters, CancellationToken ct) =>
        client.RunAsync(CypherFiles.Get(file), parameters, ct);

    private static Dictionary<string, object?> P(params (string Name, object? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal);

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static IReadOnlyDictionary<string, object?> Map(object? value) =>
        value as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();

    private static string? Str(IReadOnlyDictionary<string, object?> m, string key) => m.TryGetValue(key, out var v) ? v as string : null;

    private static long Long(IReadOnlyDictionary<string, object?> m, string key) => m.TryGetValue(key, out var v) && v is long l ? l : 0;

    private static double Double(IReadOnlyDictionary<string, object?> m, string key) =>
        m.TryGetValue(key, out var v) ? v switch { double d => d, long l => l, _ => 0 } : 0;

    private static DateOnly? Date(IReadOnlyDictionary<string, object?> m, string key) =>
        m.TryGetValue(key, out var v) ? v switch
        {
            DateOnly d => d,
            string s when DateOnly.TryParse(s, CultureInfo.InvariantCulture, out var p) => p,
            _ => null,
        } : null;

    private static DateTimeOffset Instant(IReadOnlyDictionary<string, object?> m, string key) =>
        m.TryGetValue(key, out var v) ? v switch
        {
            DateTimeOffset d => d,
            string s when DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, out var p) => p,
            _ => default,
        } : default;

    private static List<string> Strings(IReadOnlyDictionary<string, object?> m, string key) =>
        m.TryGetValue(key, out var v) && v is IEnumerable<object?> list ? list.OfType<string>().ToList() : [];

    internal static Entity ToEntity(object? value)
    {
        var m = Map(value);
        var identifiers = Str(m, "identifiers") is { Length: > 0 } json
            ? JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? new Dictionary<string, string>()
            : new Dictionary<string, string>();
        return new Entity(Str(m, "id")!, Str(m, "name")!, Enum.Parse<EntityKind>(Str(m, "kind")!))
        {
            Aliases = Strings(m, "aliases"),
            Identifiers = identifiers,
            Country = Str(m, "country"),
        };
    }

    internal static Edge ToEdge(object? value)
    {
        var m = Map(value);
        return new Edge(Str(m, "id")!, RelationTypes.Parse(Str(m, "type")!), Str(m, "fromId")!, Str(m, "toId")!)
        {
            Props = ClaimProps.FromJson(Str(m, "propsJson")),
            FirstSeen = Date(m, "firstSeen"),
            LastSeen = Date(m, "lastSeen"),
            Confidence = Double(m, "confidence"),
            ClaimCount = (int)Long(m, "claimCount"),
        };
    }

    internal static StoredClaim ToClaim(object? value)
    {
        var m = Map(value);
        return new StoredClaim(
            Str(m, "id")!, Str(m, "edgeId")!, RelationTypes.Parse(Str(m, "type")!), Str(m, "subjectId")!, Str(m, "objectId")!,
            ClaimProps.FromJson(Str(m, "propsJson")),
            new Evidence(Str(m, "quote") ?? "", (int)Long(m, "start"), (int)Long(m, "end")),
            new ExtractorInfo(Str(m, "extractor") ?? "", Str(m, "extractorVersion") ?? ""),
            Double(m, "confidence"),
            Enum.Parse<ReviewStatus>(Str(m, "status") ?? nameof(ReviewStatus.Extracted)),
            Str(m, "documentHash")!);
    }

    internal static DocumentInfo ToDocument(object? value)
    {
        var m = Map(value);
        return new DocumentInfo(Str(m, "contentHash")!, Str(m, "mediaType") ?? "text/plain")
        {
            Url = Str(m, "url"),
            Title = Str(m, "title"),
            Language = Str(m, "language"),
            Published = Date(m, "published"),
            FetchedAt = Instant(m, "fetchedAt"),
            Publisher = Str(m, "publisher"),
            SourceName = Str(m, "sourceName"),
            ClaimCount = (int)Long(m, "claimCount"),
        };
    }

    private static Paged<T> ToPaged<T>(Neo4jResult result, Func<object?, T> map)
    {
        var record = result.Records.FirstOrDefault();
        if (record is null) return new Paged<T>([], 0);
        var items = record["items"] is IEnumerable<object?> list ? list.Select(map).ToList() : [];
        return new Paged<T>(items, (int)(record["total"] as long? ?? 0));
    }

    private static (long Skip, long Limit) Window(Page page) =>
        (Math.Max(0, page.Offset), Math.Clamp((long)page.Limit, 0, int.MaxValue));
}
