namespace MarketGraph.Core.Graph;

/// <summary>One run of one source: what the crawl report prints and the sources' health shows.</summary>
public sealed record SourceRun(string SourceName, DateTimeOffset StartedAt, DateTimeOffset FinishedAt)
{
    public int Fetched { get; init; }
    public int Unchanged { get; init; }
    public int NewDocuments { get; init; }
    public int Claims { get; init; }
    public int Errors { get; init; }
    /// <summary>The first errors, one line each.</summary>
    public IReadOnlyList<string> ErrorMessages { get; init; } = [];
}

/// <summary>What the fetcher remembers of a URL for conditional GET.</summary>
public sealed record FetchState(string Url, string? ETag, string? LastModified, string? ContentHash, DateTimeOffset FetchedAt);
