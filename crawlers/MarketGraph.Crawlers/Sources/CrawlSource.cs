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
    /// <summary>Keep only notices whose CPV codes pass the cloud filter (default for TED/BOAMP/DECP).</summary>
    public bool CloudOnly { get; init; }
    public int? MaxItems { get; init; }
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
