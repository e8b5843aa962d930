using System.Diagnostics;
using System.Text;
using BenchmarkDotNet.Running;
using MarketGraph.Extraction;
using MarketGraph.Extraction.Benchmarks;

// "--quick": a plain timing loop on one core that prints MB/s of CPU time and the ratio to split + tokenise;
// "--rules": the time each relation pattern takes; otherwise BenchmarkDotNet (ShortRun, memory diagnoser).
if (args.Contains("--rules"))
{
    RuleCosts.Print(ArticleInput.Load());
    return;
}
if (args.Contains("--quick"))
{
    var doc = ArticleInput.Load();
    var extractor = new TextClaimExtractor();
    var mb = Encoding.UTF8.GetByteCount(doc.Text) / 1_000_000.0;
    // throughput per second of this process's CPU time, so a busy machine (other builds) slows the figure less;
    // fifteen seconds of warm-up let tiered JIT and dynamic PGO settle over the ~160 compiled relation patterns (five seconds
    // measured 0.5–0.7 MB/s where a settled process does 1.3)
    double Measure(Action action)
    {
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed.TotalSeconds < 15) action();
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var n = 0;
        while (sw.Elapsed.TotalSeconds < 3) { action(); n++; }
        process.Refresh();
        return n * mb / (process.TotalProcessorTime - cpu0).TotalSeconds;
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
