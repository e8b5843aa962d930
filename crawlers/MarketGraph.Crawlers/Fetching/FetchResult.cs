using MarketGraph.Core.Documents;

namespace MarketGraph.Crawlers.Fetching;

public enum FetchStatus
{
    Fetched,
    NotModified,
}

/// <summary>A fetched response (body capped and decompressed) or a 304.</summary>
public sealed record FetchResult(FetchStatus Status, Uri Url)
{
    public RawContent? Content { get; init; }
    public string? ETag { get; init; }
    public string? LastModified { get; init; }
}

/// <summary>A per-document fetch failure (refused, disallowed, too big, timed out…): one line, the crawl goes on.</summary>
public sealed class FetchException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// How one source may be fetched. <see cref="MaxBytes"/> and <see cref="ReadTimeout"/> override the options' size cap
/// and whole-response time limit (the catalogue bounds them: see <c>SourceCatalog</c>).
/// </summary>
public sealed record FetchPolicy(
    bool Local = false, TimeSpan? PolitenessDelay = null, int? MaxConcurrency = null, string? SourceName = null,
    long? MaxBytes = null, TimeSpan? ReadTimeout = null);
