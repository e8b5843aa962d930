using BenchmarkDotNet.Attributes;
using MarketGraph.Core.Graph;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Sqlite.Benchmarks;

/// <summary>Reads on the generated graph, and ingestion of new documents into a copy of it.</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class StoreBenchmarks
{
    private SqliteGraphStore _store = null!;
    private Random _random = null!;
    private int _ingested;
    private readonly string _hub = SyntheticGraph.Id(0);
    private readonly string _middle = SyntheticGraph.Id(SyntheticGraph.Entities / 20);
    private readonly string _leafA = SyntheticGraph.Id(SyntheticGraph.Entities - 1);
    private readonly string _leafB = SyntheticGraph.Id(SyntheticGraph.Entities / 2);

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var source = await SyntheticGraph.EnsureAsync();
        // ingestion writes into a copy, so every run reads the same generated graph
        var copy = Path.Combine(SyntheticGraph.Folder, $"run-{Environment.ProcessId}.db");
        File.Copy(source, copy, overwrite: true);
        _store = await SqliteGraphStore.OpenAsync(copy);
        _random = new Random(7);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        var path = _store.DatabasePath;
        await _store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileName(path) + "*")) File.Delete(f);
    }

    /// <summary>One new document of 20 claims, resolved against the existing entities, in its own transaction.</summary>
    [Benchmark]
    public Task<IngestResult> Ingest_document_of_20_claims()
    {
        var (doc, extraction) = SyntheticGraph.Document(_random, 0, 20, $"run {Environment.ProcessId} doc {_ingested++}");
        return _store.IngestAsync(doc, extraction);
    }

    [Benchmark]
    public Task<Paged<Edge>> QueryEdges_of_hub_first_page() =>
        _store.QueryEdgesAsync(new EdgeQuery { EntityIds = [_hub] }, new Page(0, 50));

    [Benchmark]
    public Task<Paged<Edge>> QueryEdges_supplies_by_technology() =>
        _store.QueryEdgesAsync(new EdgeQuery { Types = [RelationType.Supplies], PropEquals = new Dictionary<string, string> { ["technology"] = "Stack 07" } }, new Page(0, 50));

    [Benchmark]
    public Task<Subgraph> Neighbourhood_depth_2() =>
        _store.NeighbourhoodAsync(_middle, 2, null, null, 500);

    [Benchmark]
    public Task<IReadOnlyList<GraphPath>> ShortestPaths_between_leaves_4_hops() =>
        _store.ShortestPathsAsync(_leafA, _leafB, 4, null, 5);

    [Benchmark]
    public Task<Paged<Core.Entities.Entity>> Search_entities() =>
        _store.SearchEntitiesAsync("org 0042", null, new Page(0, 20));
}
