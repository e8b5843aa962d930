namespace MarketGraph.Crawlers.Fetching;

/// <summary>Fetcher settings (configuration section "Crawler"); the defaults are safe for the public web.</summary>
public sealed class CrawlerOptions
{
    public const string Section = "Crawler";

    /// <summary>The product token robots.txt groups are matched against.</summary>
    public string UserAgentToken { get; set; } = "MarketGraphBot";
    public string UserAgent { get; set; } = "MarketGraphBot/1.0 (+https://github.com/marketgraph; public-sector cloud market research)";
    public TimeSpan PolitenessDelay { get; set; } = TimeSpan.FromSeconds(2);
    /// <summary>The most a robots.txt Crawl-delay may slow us down per host; a larger value is cut to this.</summary>
    public TimeSpan MaxCrawlDelay { get; set; } = TimeSpan.FromSeconds(60);
    public int MaxConcurrencyPerHost { get; set; } = 2;
    public long MaxResponseBytes { get; set; } = 20 * 1024 * 1024;
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);
    /// <summary>Whole-response time limit: headers and body.</summary>
    public TimeSpan ReadTimeout { get; set; } = TimeSpan.FromSeconds(60);
    public int MaxRedirects { get; set; } = 5;
    public TimeSpan RobotsCacheDuration { get; set; } = TimeSpan.FromHours(24);
    /// <summary>RFC 9309 asks crawlers to parse at least 500 KiB.</summary>
    public int RobotsMaxBytes { get; set; } = 512 * 1024;
    public int MaxItemsPerFeed { get; set; } = 50;
    public int MaxNoticesPerSearch { get; set; } = 200;
}
