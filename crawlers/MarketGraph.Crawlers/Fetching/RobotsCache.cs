using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MarketGraph.Crawlers.Fetching;

/// <summary>
/// robots.txt per origin, cached for at most <see cref="CrawlerOptions.RobotsCacheDuration"/> (24 h).
/// 4xx → everything allowed; 5xx or unreachable → everything disallowed (RFC 9309 §2.3.1).
/// </summary>
public sealed partial class RobotsCache(IHttpClientFactory clients, IOptions<CrawlerOptions> options, TimeProvider time, ILogger<RobotsCache> logger)
{
    private readonly ConcurrentDictionary<string, (RobotsTxt Robots, DateTimeOffset Expires)> _cache = new(StringComparer.OrdinalIgnoreCase);

    public async Task<RobotsTxt> GetAsync(Uri url, bool local, CancellationToken ct)
    {
        var origin = url.GetLeftPart(UriPartial.Authority);
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(origin, out var cached) && cached.Expires > now) return cached.Robots;
        var robots = await FetchAsync(new Uri(origin + "/robots.txt"), local, ct);
        _cache[origin] = (robots, now + options.Value.RobotsCacheDuration);
        return robots;
    }

    private async Task<RobotsTxt> FetchAsync(Uri robotsUrl, bool local, CancellationToken ct)
    {
        var o = options.Value;
        var client = clients.CreateClient(local ? HttpClientNames.Local : HttpClientNames.Public);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(o.ReadTimeout);
        try
        {
            var url = robotsUrl;
            // RFC 9309: follow at least five redirects for robots.txt
            for (var hop = 0; hop <= o.MaxRedirects; hop++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, url);
                request.Headers.UserAgent.ParseAdd(o.UserAgent);
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cts.Token);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    url = new Uri(url, location);
                    continue;
                }
                if (status is >= 400 and < 500)
                {
                    LogRobots(logger, robotsUrl, status, "allow all");
                    return RobotsTxt.AllowAll;
                }
                if (status >= 500 || status < 200 || status >= 300)
                {
                    LogRobots(logger, robotsUrl, status, "disallow all");
                    return RobotsTxt.DisallowAll;
                }
                await using var stream = await response.Content.ReadAsStreamAsync(cts.Token);
                var buffer = new byte[o.RobotsMaxBytes];
                var read = 0;
                int n;
                while (read < buffer.Length && (n = await stream.ReadAsync(buffer.AsMemory(read), cts.Token)) > 0) read += n;
                var text = System.Text.Encoding.UTF8.GetString(buffer, 0, read);
                return RobotsTxt.Parse(text, o.UserAgentToken);
            }
            return RobotsTxt.AllowAll; // too many redirects: RFC 9309 treats it as unavailable (4xx)
        }
        catch (Exception e) when (AddressRefusedException.FindIn(e) is { } refused)
        {
            throw new FetchException($"{robotsUrl.GetLeftPart(UriPartial.Authority)}: {refused.Message}", e);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException && !ct.IsCancellationRequested)
        {
            LogRobots(logger, robotsUrl, 0, "unreachable, disallow all");
            return RobotsTxt.DisallowAll;
        }
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Debug, Message = "robots.txt {Url}: status {Status}, {Decision}")]
    private static partial void LogRobots(ILogger logger, Uri url, int status, string decision);
}
