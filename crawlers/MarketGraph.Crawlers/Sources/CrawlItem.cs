using MarketGraph.Core.Documents;
using MarketGraph.Crawlers.Fetching;

namespace MarketGraph.Crawlers.Sources;

/// <summary>What a source adapter yields: a fetched document, an unchanged one (304), or a per-document error.</summary>
public abstract record CrawlItem(Uri Url);

public sealed record FetchedItem(Uri Url, RawContent Content, FetchResult Result) : CrawlItem(Url);

public sealed record UnchangedItem(Uri Url) : CrawlItem(Url);

public sealed record FailedItem(Uri Url, string Error) : CrawlItem(Url);
