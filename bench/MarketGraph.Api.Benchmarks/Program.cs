using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using MarketGraph.Api.Benchmarks;

// generate the graph once, up front; run in-process (no child-project rebuild of the whole solution)
await GeneratedGraph.EnsureAsync();
var config = DefaultConfig.Instance
    .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance))
    .AddColumn(StatisticColumn.P50, StatisticColumn.P95)
    .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "marketgraph-bench", "artifacts"));
BenchmarkSwitcher.FromAssembly(typeof(ApiVersusStore).Assembly).Run(args, config);
