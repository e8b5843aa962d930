using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using MarketGraph.Api.Benchmarks;

// generate the graph once, before BenchmarkDotNet starts its child processes
await GeneratedGraph.EnsureAsync();
var config = DefaultConfig.Instance
    .AddJob(Job.ShortRun)
    .AddColumn(StatisticColumn.P50, StatisticColumn.P95);
BenchmarkSwitcher.FromAssembly(typeof(ApiVersusStore).Assembly).Run(args, config);
