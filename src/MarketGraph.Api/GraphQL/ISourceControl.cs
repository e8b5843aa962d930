namespace MarketGraph.Api.GraphQL;

/// <summary>A crawl source as the catalogue (crawlers/sources.json) describes it.</summary>
public sealed record SourceDefinition(string Name, string Kind, string Url)
{
    public string? Schedule { get; init; }
    public bool Local { get; init; }
}

/// <summary>The answer to addSource / crawlNow.</summary>
public sealed record SourceCommandResult(bool Accepted, string Message);

/// <summary>
/// What the GraphQL API asks of the crawlers: the configured sources, adding one, crawling now.
/// The host registers the crawler's implementation; without it <see cref="NotConfiguredSourceControl"/> answers.
/// </summary>
public interface ISourceControl
{
    Task<IReadOnlyList<SourceDefinition>> ListAsync(CancellationToken ct);

    Task<SourceCommandResult> AddSourceAsync(SourceDefinition source, CancellationToken ct);

    /// <summary>Starts crawling the named sources (all when empty); returns once the crawl is queued or done.</summary>
    Task<SourceCommandResult> CrawlNowAsync(IReadOnlyList<string> sourceNames, CancellationToken ct);
}

public sealed class NotConfiguredSourceControl : ISourceControl
{
    public const string Message = "crawling is not configured";

    public Task<IReadOnlyList<SourceDefinition>> ListAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<SourceDefinition>>([]);

    public Task<SourceCommandResult> AddSourceAsync(SourceDefinition source, CancellationToken ct) => Task.FromResult(new SourceCommandResult(false, Message));

    public Task<SourceCommandResult> CrawlNowAsync(IReadOnlyList<string> sourceNames, CancellationToken ct) => Task.FromResult(new SourceCommandResult(false, Message));
}
