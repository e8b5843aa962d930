using System.Runtime.CompilerServices;
using System.Xml.Linq;
using MarketGraph.Core.Documents;
using MarketGraph.Crawlers.Fetching;
using MarketGraph.Crawlers.Notices;

namespace MarketGraph.Crawlers.Sources;

/// <summary><c>rss</c>: an RSS 2.0 or Atom feed; each item's page is fetched (the HTML article reader extracts it).</summary>
public sealed class FeedSourceAdapter : ISourceAdapter
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public bool Handles(string kind) => kind == SourceKinds.Rss;

    public async IAsyncEnumerable<CrawlItem> ItemsAsync(CrawlSession session, [EnumeratorCancellation] CancellationToken ct)
    {
        var feedUrl = session.Source.Url;
        IReadOnlyList<Uri> links = [];
        FetchResult? feed = null;
        string? error = null;
        try
        {
            feed = await session.Fetcher.GetAsync(feedUrl, session.Policy, await session.StateAsync(feedUrl, ct), ct);
            if (feed.Status == FetchStatus.Fetched) links = ReadLinks(feed.Content!, feed.Url);
        }
        catch (Exception e) when (e is FetchException or InvalidInputException)
        {
            error = e.Message;
        }
        if (error is not null || feed is null)
        {
            yield return new FailedItem(feedUrl, error ?? $"{feedUrl}: no response");
            yield break;
        }
        if (feed.Status == FetchStatus.NotModified)
        {
            yield return new UnchangedItem(feedUrl);
            yield break;
        }
        var failures = 0;
        foreach (var link in links.Take(session.Source.MaxItems ?? session.Options.MaxItemsPerFeed))
        {
            var item = await session.FetchDocumentAsync(link, ct);
            if (item is FailedItem) failures++;
            yield return item;
        }
        // the feed's validators are kept only once every item was reached: a 304 next time must not hide an item that failed
        if (failures == 0) await session.RememberAsync(feedUrl, feed, ct);
    }

    /// <summary>Item links of an RSS 2.0 (&lt;item&gt;&lt;link&gt;) or Atom (&lt;entry&gt;&lt;link rel=alternate href&gt;) feed.</summary>
    public static IReadOnlyList<Uri> ReadLinks(RawContent feed, Uri baseUrl)
    {
        var name = feed.Url?.ToString() ?? "feed";
        var root = SafeXml.RootName(feed.Bytes, out _);
        if (root is not ("rss" or "feed" or "RDF"))
            throw new InvalidInputException($"{name}: not an RSS or Atom feed (root element {root ?? "none"})");
        var text = Html.Charset.Decode(feed.Bytes, feed.ContentType);
        var doc = SafeXml.Load(text, name);
        var links = new List<Uri>();
        IEnumerable<string?> hrefs = doc.Root!.Name.LocalName switch
        {
            "feed" => doc.Root.Elements(Atom + "entry").Select(e =>
                (e.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? e.Element(Atom + "link"))?.Attribute("href")?.Value),
            _ => doc.Root.Descendants().Where(e => e.Name.LocalName == "item").Select(i =>
                i.Elements().FirstOrDefault(e => e.Name.LocalName == "link")?.Value.Trim()
                ?? i.Elements().FirstOrDefault(e => e.Name.LocalName == "guid" && (string?)e.Attribute("isPermaLink") != "false")?.Value.Trim()),
        };
        foreach (var href in hrefs)
        {
            if (string.IsNullOrWhiteSpace(href) || !Uri.TryCreate(baseUrl, href.Trim(), out var uri) || uri.Scheme is not ("http" or "https")) continue;
            if (!links.Contains(uri)) links.Add(uri);
        }
        return links;
    }
}
