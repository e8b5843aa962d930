using BenchmarkDotNet.Running;
using MarketGraph.Sqlite.Benchmarks;

// generate the graph once, before BenchmarkDotNet starts its child processes
await SyntheticGraph.EnsureAsync();
BenchmarkSwitcher.FromAssembly(typeof(StoreBenchmarks).Assembly).Run(args);
