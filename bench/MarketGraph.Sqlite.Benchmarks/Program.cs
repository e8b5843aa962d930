using System.Diagnostics;
using BenchmarkDotNet.Running;
using MarketGraph.Sqlite.Benchmarks;

// generate the graph once, before BenchmarkDotNet starts its child processes
await SyntheticGraph.EnsureAsync();
if (args is ["--quick"])
{
    // a rough pass without BenchmarkDotNet (no child build, for a loaded machine): median of 15 calls each
    var bench = new StoreBenchmarks();
    await bench.SetupAsync();
    var cases = new (string Name, Func<Task> Run)[]
    {
        ("Ingest_document_of_20_claims", () => bench.Ingest_document_of_20_claims()),
        ("QueryEdges_of_hub_first_page", () => bench.QueryEdges_of_hub_first_page()),
        ("QueryEdges_supplies_by_technology", () => bench.QueryEdges_supplies_by_technology()),
        ("Neighbourhood_depth_2", () => bench.Neighbourhood_depth_2()),
        ("ShortestPaths_between_leaves_4_hops", () => bench.ShortestPaths_between_leaves_4_hops()),
        ("Search_entities", () => bench.Search_entities()),
    };
    foreach (var (name, run) in cases)
    {
        await run();
        var times = new List<double>();
        for (var i = 0; i < 15; i++)
        {
            var clock = Stopwatch.StartNew();
            await run();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        Console.WriteLine(FormattableString.Invariant($"{name,-40} median {times[times.Count / 2],8:F1} ms   min {times[0],8:F1} ms"));
    }
    await bench.CleanupAsync();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(StoreBenchmarks).Assembly).Run(args);
