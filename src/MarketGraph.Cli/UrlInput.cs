using MarketGraph.Core.Documents;
using MarketGraph.Crawlers.Fetching;
using Microsoft.Extensions.DependencyInjection;

namespace MarketGraph.Cli;

/// <summary>ingest URL: fetched by the crawlers' polite fetcher (robots.txt, size caps, no private addresses).</summary>
public static class UrlInput
{
    public static bool IsUrl(string input) =>
        Uri.TryCreate(input, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    public static async Task<RawContent> FetchAsync(IServiceProvider services, string url, CancellationToken ct)
    {
        var fetcher = services.GetRequiredService<PoliteFetcher>();
        FetchResult result;
        try
        {
            result = await fetcher.GetAsync(new Uri(url), new FetchPolicy(SourceName: "command-line"), ct: ct);
        }
        catch (FetchException e)
        {
            throw new InvalidInputException($"{url}: {e.Message}", e);
        }
        return result.Content ?? throw new InvalidInputException($"{url}: {result.Status}");
    }
}
