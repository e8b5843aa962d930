using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(MarketGraph.Crawlers.Benchmarks.EformsParseBenchmarks).Assembly).Run(args);
