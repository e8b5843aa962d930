using System.Diagnostics;
using BenchmarkDotNet.Running;
using MarketGraph.Crawlers.Notices;

if (args is ["--quick"])
{
    // a quick single-threaded rate without BenchmarkDotNet's harness
    var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "notices", "real_can29_2024-OJS198-00611835_BE_cloud-servers.xml"));
    var parser = new TedEformsParser();
    for (var i = 0; i < 50; i++) parser.Parse(text, "warm-up");
    var sw = Stopwatch.StartNew();
    var n = 0;
    while (sw.ElapsedMilliseconds < 3000) { parser.Parse(text, "q"); n++; }
    Console.WriteLine($"eForms parse: {n / sw.Elapsed.TotalSeconds:0} notices/s on one thread");
    sw.Restart();
    n = 0;
    while (sw.ElapsedMilliseconds < 3000) { SafeXml.Load(text, "q"); n++; }
    Console.WriteLine($"XML load only: {n / sw.Elapsed.TotalSeconds:0} documents/s on one thread");
    return;
}
if (args is ["--decp", var how, ..] && how is "stream" or "filter" or "dom")
{
    await MarketGraph.Crawlers.Benchmarks.DecpLargeFile.RunAsync(how, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 200);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(MarketGraph.Crawlers.Benchmarks.EformsParseBenchmarks).Assembly).Run(args);
