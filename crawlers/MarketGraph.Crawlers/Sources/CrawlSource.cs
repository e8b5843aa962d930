namespace MarketGraph.Crawlers.Sources;

/// <summary>One entry of the source catalogue (<c>crawlers/sources.json</c>).</summary>
public sealed record CrawlSource(string Name, string Kind, Uri Url)
{
    /// <summary>Cron expression (5 fields) for scheduled runs.</summary>
    public string? Schedule { get; init; }
    /// <summary>Allows loopback/private addresses (tests, local mirrors).</summary>
    public bool Local { get; init; }
    public int? PolitenessDelayMs { get; init; }
    public int? MaxConcurrency { get; init; }
    /// <summary>TED: the expert query sent to the search API (CPV codes and dates).</summary>
    public string? Query { get; init; }
    /// <summary>How notices are kept by their CPV codes (catalogue key <c>cloudFilter</c>).</summary>
    public CloudFilterMode CloudFilter { get; init; }
    /// <summary>Shorthand of the catalogue key <c>cloudOnly</c>: true is <see cref="CloudFilterMode.Cpv"/>, false is none.</summary>
    public bool CloudOnly
    {
        get => CloudFilter != CloudFilterMode.None;
        init => CloudFilter = value ? CloudFilterMode.Cpv : CloudFilterMode.None;
    }
    public int? MaxItems { get; init; }
    /// <summary>Size cap of this source's responses, counted after decompression (default: the fetcher's).</summary>
    public long? MaxBytes { get; init; }
    /// <summary>Whole-response time limit of this source (default: the fetcher's read timeout).</summary>
    public int? TimeoutSeconds { get; init; }
}

public static class SourceKinds
{
    public const string Rss = "rss";
    public const string Page = "page";
    public const string Ted = "ted";
    public const string Boamp = "boamp";
    public const string Decp = "decp";
    public const string Ocds = "ocds";

    public static readonly IReadOnlySet<string> All = new HashSet<string> { Rss, Page, Ted, Boamp, Decp, Ocds };
}
