using MarketGraph.Core.Graph;
using MarketGraph.Core.Ports;
using MarketGraph.Crawlers.Fetching;

namespace MarketGraph.Crawlers.Sources;

/// <summary>What an adapter may use while crawling one source: the fetcher with the source's policy, and fetch state.</summary>
public sealed class CrawlSession(CrawlSource source, PoliteFetcher fetcher, IGraphStore store, CrawlerOptions options)
{
    public CrawlSource Source => source;
    public PoliteFetcher Fetcher => fetcher;
    public CrawlerOptions Options => options;

    public FetchPolicy Policy { get; } = new(
        source.Local,
        source.PolitenessDelayMs is { } ms ? TimeSpan.FromMilliseconds(ms) : null,
        source.MaxConcurrency,
        source.Name,
        source.MaxBytes,
        source.TimeoutSeconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null);

    public Task<FetchState?> StateAsync(Uri url, CancellationToken ct) => store.GetFetchStateAsync(url.AbsoluteUri, ct);

    /// <summary>Keeps the validators of a response the runner does not store itself (a feed, an index page).</summary>
    public Task RememberAsync(Uri url, FetchResult result, CancellationToken ct) =>
        store.SaveFetchStateAsync(new FetchState(url.AbsoluteUri, result.ETag, result.LastModified, result.Content?.Hash, result.Content?.FetchedAt ?? default), ct);

    /// <summary>A conditional GET of one document; failures become a <see cref="FailedItem"/>.</summary>
    public async Task<CrawlItem> FetchDocumentAsync(Uri url, CancellationToken ct)
    {
        try
        {
            var previous = await store.GetFetchStateAsync(url.AbsoluteUri, ct);
            var result = await fetcher.GetAsync(url, Policy, previous, ct);
            return result.Status == FetchStatus.NotModified ? new UnchangedItem(url) : new FetchedItem(url, result.Content!, result);
        }
        catch (FetchException e)
        {
            return new FailedItem(url, e.Message);
        }
    }
}
