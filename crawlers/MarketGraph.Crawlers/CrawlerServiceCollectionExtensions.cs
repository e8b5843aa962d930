using MarketGraph.Core.Ports;
using MarketGraph.Crawlers.Fetching;
using MarketGraph.Crawlers.Sources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace MarketGraph.Crawlers;

public static class CrawlerServiceCollectionExtensions
{
    /// <summary>
    /// Registers the fetcher (two named HttpClients: public-only and local), robots cache, host throttle, source
    /// adapters, the crawl runner, the notice/HTML readers (<see cref="IDocumentReader"/>) and notice extractors
    /// (<see cref="IClaimExtractor"/>), and <see cref="CrawlerOptions"/> bound to the "Crawler" section.
    /// The host provides <see cref="IGraphStore"/>, <c>DocumentReaders</c>, <c>ClaimExtractors</c> and <c>DocumentIngestor</c>.
    /// </summary>
    public static IServiceCollection AddMarketGraphCrawlers(this IServiceCollection services)
    {
        services.AddOptions<CrawlerOptions>().BindConfiguration(CrawlerOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddLogging();
        services.TryAddSingleton<HostThrottle>();
        services.TryAddSingleton<RobotsCache>();
        services.TryAddSingleton<PoliteFetcher>();
        services.TryAddSingleton<CrawlRunner>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISourceAdapter, FeedSourceAdapter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISourceAdapter, FileSourceAdapter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISourceAdapter, TedSourceAdapter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISourceAdapter, DecpSourceAdapter>());
        foreach (var reader in CrawlerReaders.All()) services.AddSingleton(reader);
        foreach (var extractor in CrawlerReaders.NoticeExtractors()) services.AddSingleton(extractor);

        AddClient(services, HttpClientNames.Public, local: false);
        AddClient(services, HttpClientNames.Local, local: true);
        return services;
    }

    private static void AddClient(IServiceCollection services, string name, bool local)
    {
        services.AddHttpClient(name, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var o = sp.GetRequiredService<IOptions<CrawlerOptions>>().Value;
                return new SocketsHttpHandler
                {
                    AllowAutoRedirect = false, // redirects are followed by the fetcher, each hop re-checked
                    AutomaticDecompression = System.Net.DecompressionMethods.All,
                    ConnectTimeout = o.ConnectTimeout,
                    UseCookies = false,
                    PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                    ConnectCallback = local ? SsrfGuard.ConnectAny : SsrfGuard.ConnectPublicOnly,
                };
            })
            .AddResilienceHandler(name + ".retry", b => b.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = 2,
                Delay = TimeSpan.FromSeconds(2),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                // only the server's own "try later" answers: never retry timeouts or refused connections
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result?.StatusCode is System.Net.HttpStatusCode.ServiceUnavailable
                    or System.Net.HttpStatusCode.TooManyRequests or System.Net.HttpStatusCode.BadGateway),
            }));
    }
}
