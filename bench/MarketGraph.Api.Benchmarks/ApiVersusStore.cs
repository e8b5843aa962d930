using BenchmarkDotNet.Attributes;
using MarketGraph.Api.GraphQL;
using MarketGraph.Core.Entities;
using MarketGraph.Core.Graph;
using MarketGraph.Core.Ontology;
using MarketGraph.Core.Ports;
using MarketGraph.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MarketGraph.Api.Benchmarks;

/// <summary>
/// The three analysts' queries through the in-process GraphQL runner (parse, validate, execute with batch
/// loaders, serialise; no HTTP) against the same reads hand-written on the store. The ratio of the two
/// means is the API's overhead.
/// </summary>
[MemoryDiagnoser]
public class ApiVersusStore
{
    private IGraphStore _store = null!;
    private ServiceProvider _services = null!;
    private GraphQLRunner _runner = null!;

    private const string SuppliersQuery = """
        query ($t: String!) { suppliers(technology: $t, first: 20) { totalCount edges { node {
          supplier { name } customer { name } technology { name } evidence { quote document { title url } } } } } }
        """;

    private const string RelationsQuery = """
        query ($id: ID!) { entity(id: $id) { name relations(first: 20) { totalCount edges { node {
          type from { name } to { name } properties evidence { quote document { title url } } } } } } }
        """;

    private const string PathsQuery = """
        query ($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4) { length entities { name } relations { type } } }
        """;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var path = await GeneratedGraph.EnsureAsync();
        _store = await SqliteGraphStore.OpenAsync(path);
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<Microsoft.Extensions.Configuration.IConfiguration>(new Microsoft.Extensions.Configuration.ConfigurationBuilder().Build());
        services.AddSingleton(_store);
        services.AddMarketGraphGraphQL();
        _services = services.BuildServiceProvider();
        _runner = _services.GetRequiredService<GraphQLRunner>();
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _services.DisposeAsync();
        await _store.DisposeAsync();
    }

    [Benchmark]
    public Task<string> Api_suppliers() => _runner.ExecuteAsync(SuppliersQuery, """{"t": "Stack 07"}""", null, default);

    [Benchmark]
    public async Task<int> Store_suppliers()
    {
        var edges = await _store.QueryEdgesAsync(new EdgeQuery { Types = [RelationType.Supplies], PropEquals = new Dictionary<string, string> { ["technology"] = "Stack 07" } }, new Page(0, 20));
        return await ReadAroundAsync(edges.Items, [EntityId.For(EntityKind.Technology, "Stack 07")]);
    }

    [Benchmark]
    public Task<string> Api_entity_relations() => _runner.ExecuteAsync(RelationsQuery, $$"""{"id": "{{GeneratedGraph.Hub}}"}""", null, default);

    [Benchmark]
    public async Task<int> Store_entity_relations()
    {
        _ = await _store.GetEntityAsync(GeneratedGraph.Hub);
        var edges = await _store.QueryEdgesAsync(new EdgeQuery { EntityIds = [GeneratedGraph.Hub] }, new Page(0, 20));
        return await ReadAroundAsync(edges.Items, []);
    }

    [Benchmark]
    public Task<string> Api_paths() => _runner.ExecuteAsync(PathsQuery, $$"""{"from": "{{GeneratedGraph.Leaf}}", "to": "{{GeneratedGraph.Hub}}"}""", null, default);

    [Benchmark]
    public async Task<int> Store_paths()
    {
        _ = await _store.GetEntitiesAsync([GeneratedGraph.Leaf]);
        _ = await _store.GetEntitiesAsync([GeneratedGraph.Hub]);
        var paths = await _store.ShortestPathsAsync(GeneratedGraph.Leaf, GeneratedGraph.Hub, 4, null, 5);
        var entities = await _store.GetEntitiesAsync(paths.SelectMany(p => p.EntityIds).Distinct().ToList());
        return entities.Count;
    }

    /// <summary>What the API reads for a page of relations: their end entities, their claims, the claims' documents.</summary>
    private async Task<int> ReadAroundAsync(IReadOnlyList<Edge> edges, IReadOnlyList<string> extraIds)
    {
        var entities = await _store.GetEntitiesAsync(edges.SelectMany(e => new[] { e.FromId, e.ToId }).Concat(extraIds).Distinct().ToList());
        var claims = await _store.GetClaimsForEdgesAsync(edges.Select(e => e.Id).ToList());
        var documents = await _store.GetDocumentsAsync(claims.Values.SelectMany(c => c).Select(c => c.DocumentHash).Distinct().ToList());
        return entities.Count + claims.Count + documents.Count;
    }
}
