namespace MarketGraph.Crawlers.Sources;

/// <summary>One step of a crawl, for a progress display.</summary>
public sealed record CrawlProgress(string SourceName, Uri Url, string Outcome, int Fetched, int Errors);

/// <summary>What the crawl report prints per source.</summary>
public sealed record SourceReport(string SourceName)
{
    public int Fetched { get; set; }
    public int Unchanged { get; set; }
    public int NewDocuments { get; set; }
    public int Claims { get; set; }
    public int Skipped { get; set; }
    public int Errors => ErrorMessages.Count;
    public List<string> ErrorMessages { get; } = [];
}
