using BenchmarkDotNet.Attributes;
using MarketGraph.Crawlers.Fetching;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MarketGraph.Crawlers.Benchmarks;

/// <summary>
/// The crawler's fetch of one notice from a loopback Kestrel server (robots.txt cached, politeness delay 0,
/// conditional headers, capped read) against a bare HttpClient GET of the same file: the Ratio column is the overhead.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class CrawlOverheadBenchmarks
{
    private WebApplication _app = null!;
    private Uri _url = null!;
    private HttpClient _bare = null!;
    private ServiceProvider _services = null!;
    private PoliteFetcher _fetcher = null!;
    private readonly FetchPolicy _policy = new(Local: true, PolitenessDelay: TimeSpan.Zero, MaxConcurrency: 64);

    [GlobalSetup]
    public async Task Setup()
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "notices", "real_can29_2024-OJS198-00611835_BE_cloud-servers.xml"));
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGet("/notice.xml", () => Results.Bytes(bytes, "application/xml"));
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _url = new Uri(address + "/notice.xml");
        _bare = new HttpClient();

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Crawler:PolitenessDelay"] = "00:00:00",
            ["Crawler:MaxConcurrencyPerHost"] = "64",
        }).Build());
        services.AddMarketGraphCrawlers();
        _services = services.BuildServiceProvider();
        _fetcher = _services.GetRequiredService<PoliteFetcher>();
        await _fetcher.GetAsync(_url, _policy); // robots.txt fetched once and cached, as in a crawl
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _bare.Dispose();
        await _services.DisposeAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [Benchmark(Baseline = true)]
    public async Task<int> BareHttpClientGet() => (await _bare.GetByteArrayAsync(_url)).Length;

    [Benchmark]
    public async Task<int> CrawlerFetch() => (await _fetcher.GetAsync(_url, _policy)).Content!.Bytes.Length;
}
