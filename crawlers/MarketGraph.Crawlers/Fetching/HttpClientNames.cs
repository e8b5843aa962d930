namespace MarketGraph.Crawlers.Fetching;

public static class HttpClientNames
{
    /// <summary>Connects to public addresses only.</summary>
    public const string Public = "MarketGraph.Crawler";
    /// <summary>For sources marked <c>local: true</c> (tests, local mirrors): loopback and private addresses allowed.</summary>
    public const string Local = "MarketGraph.Crawler.Local";
}
