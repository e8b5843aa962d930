using MarketGraph.Core.Documents.Readers;
using MarketGraph.Core.Ingestion;
using MarketGraph.Core.Ports;
using MarketGraph.Crawlers.Fetching;
using MarketGraph.Crawlers.Sources;
using MarketGraph.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MarketGraph.Crawlers.Tests;

/// <summary>The crawler wired as a host would wire it, over a real SQLite file.</summary>
internal sealed class CrawlHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _dir;

    private CrawlHarness(ServiceProvider services, SqliteGraphStore store, FakeTimeProvider time, string dir)
    {
        _services = services;
        Store = store;
        Time = time;
        _dir = dir;
    }

    public SqliteGraphStore Store { get; }
    public FakeTimeProvider Time { get; }
    public CrawlRunner Runner => _services.GetRequiredService<CrawlRunner>();
    public PoliteFetcher Fetcher => _services.GetRequiredService<PoliteFetcher>();
    public HostThrottle Throttle => _services.GetRequiredService<HostThrottle>();

    public static async Task<CrawlHarness> CreateAsync(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var dir = Path.Combine(Path.GetTempPath(), "mg-crawl-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));
        var store = await SqliteGraphStore.OpenAsync(Path.Combine(dir, "test.db"), time);
        var values = new Dictionary<string, string?>
        {
            ["Crawler:PolitenessDelay"] = "00:00:00",
            ["Crawler:ReadTimeout"] = "00:00:03",
        };
        foreach (var (k, v) in settings ?? []) values[k] = v;
        var config = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(config);
        services.AddSingleton<TimeProvider>(time);
        services.AddMarketGraphCrawlers();
        services.AddSingleton<IGraphStore>(store);
        services.AddSingleton<IDocumentReader, PlainTextReader>();
        services.AddSingleton<IDocumentReader, CorpusJsonReader>();
        services.AddSingleton(sp => new DocumentReaders(sp.GetServices<IDocumentReader>()));
        services.AddSingleton(sp => new ClaimExtractors(sp.GetServices<IClaimExtractor>()));
        services.AddSingleton(new IngestionOptions());
        services.AddSingleton<DocumentIngestor>();
        configure?.Invoke(services);
        return new CrawlHarness(services.BuildServiceProvider(), store, time, dir);
    }

    public static CrawlSource Source(string name, string kind, Uri url, string? query = null) =>
        new(name, kind, url) { Local = true, PolitenessDelayMs = 0, Query = query };

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Store.DisposeAsync();
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
