namespace MarketGraph.Crawlers.Sources;

/// <summary>Turns one kind of source into documents to ingest.</summary>
public interface ISourceAdapter
{
    bool Handles(string kind);

    IAsyncEnumerable<CrawlItem> ItemsAsync(CrawlSession session, CancellationToken ct);
}
