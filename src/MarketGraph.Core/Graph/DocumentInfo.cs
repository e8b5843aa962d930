namespace MarketGraph.Core.Graph;

/// <summary>A stored document's metadata (its text is fetched separately, it can be large).</summary>
public sealed record DocumentInfo(string ContentHash, string MediaType)
{
    public string? Url { get; init; }
    public string? Title { get; init; }
    public string? Language { get; init; }
    public DateOnly? Published { get; init; }
    public DateTimeOffset FetchedAt { get; init; }
    public string? Publisher { get; init; }
    public string? SourceName { get; init; }
    public int ClaimCount { get; init; }
}
