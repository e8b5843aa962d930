using System.Diagnostics;
using System.Text;
using BenchmarkDotNet.Running;
using MarketGraph.Extraction;
using MarketGraph.Extraction.Benchmarks;

// "--quick": a plain timing loop on one core that prints MB/s and the ratio to split + tokenise;
// otherwise BenchmarkDotNet (ShortRun, memory diagnoser).
if (args.Contains("--quick"))
{
    var doc = ArticleInput.Load();
    var extractor = new TextClaimExtractor();
    var mb = Encoding.UTF8.GetByteCount(doc.Text) / 1_000_000.0;
    double Measure(Action action)
    {
        for (var i = 0; i < 20; i++) action();
        var sw = Stopwatch.StartNew();
        var n = 0;
        while (sw.Elapsed.TotalSeconds < 3) { action(); n++; }
        return n * mb / sw.Elapsed.TotalSeconds;
    }
    var full = Measure(() => extractor.Extract(doc));
    var bare = Measure(() => Baseline.SplitAndTokenise(doc.Text));
    Console.WriteLine($"input: {doc.Text.Length} chars, {mb * 1000:0.0} KB");
    Console.WriteLine($"extract:          {full:0.00} MB/s per core");
    Console.WriteLine($"split + tokenise: {bare:0.00} MB/s per core");
    Console.WriteLine($"ratio:            {bare / full:0.0}x slower than split + tokenise");
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmarks).Assembly).Run(args);
