using System.Net;
using System.Net.Http.Headers;
using MarketGraph.Core.Documents;
using MarketGraph.Core.Graph;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MarketGraph.Crawlers.Fetching;

/// <summary>
/// The crawler's HTTP GET: robots.txt, per-host politeness, conditional GET, redirects followed by hand (each
/// hop re-checked against robots.txt; SSRF is checked at connect time), a size cap counted after decompression,
/// and a time limit on the whole response.
/// </summary>
public sealed partial class PoliteFetcher(
    IHttpClientFactory clients, RobotsCache robots, HostThrottle throttle, IOptions<CrawlerOptions> options,
    TimeProvider time, ILogger<PoliteFetcher> logger)
{
    public Task<FetchResult> GetAsync(Uri url, FetchPolicy policy, FetchState? previous = null, CancellationToken ct = default) =>
        SendAsync(url, policy, previous, null, null, ct);

    /// <summary>POST with a JSON body (TED's search API); never conditional, same safety rules.</summary>
    public Task<FetchResult> PostJsonAsync(Uri url, string json, FetchPolicy policy, CancellationToken ct = default) =>
        SendAsync(url, policy, null, json, null, ct);

    /// <summary>
    /// A conditional GET whose body is written to <paramref name="sink"/> (a file) instead of memory, for data files
    /// too large to hold; same cap (counted after decompression) and rules. The result has no <c>Content</c>.
    /// </summary>
    public Task<FetchResult> GetToStreamAsync(Uri url, FetchPolicy policy, FetchState? previous, Stream sink, CancellationToken ct = default) =>
        SendAsync(url, policy, previous, null, sink, ct);

    private async Task<FetchResult> SendAsync(Uri url, FetchPolicy policy, FetchState? previous, string? jsonBody, Stream? sink, CancellationToken ct)
    {
        var o = options.Value;
        var maxBytes = policy.MaxBytes ?? o.MaxResponseBytes;
        var readTimeout = policy.ReadTimeout ?? o.ReadTimeout;
        var client = clients.CreateClient(policy.Local ? HttpClientNames.Local : HttpClientNames.Public);
        var current = url;
        var visited = new HashSet<string>(StringComparer.Ordinal);
        for (var hop = 0; ; hop++)
        {
            if (current.Scheme is not ("http" or "https")) throw new FetchException($"{current}: only http and https are fetched");
            if (hop > o.MaxRedirects) throw new FetchException($"{url}: more than {o.MaxRedirects} redirects");
            if (!visited.Add(current.AbsoluteUri)) throw new FetchException($"{url}: redirect loop at {current}");
            var rules = await robots.GetAsync(current, policy.Local, ct);
            if (!rules.IsAllowed(current)) throw new FetchException($"{current}: disallowed by robots.txt");

            using var slot = await throttle.EnterAsync(current, HostDelay(rules, policy, o), policy.MaxConcurrency ?? o.MaxConcurrencyPerHost, ct);
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
            cts.CancelAfter(readTimeout);
            using var request = new HttpRequestMessage(jsonBody is null ? HttpMethod.Get : HttpMethod.Post, current);
            request.Headers.UserAgent.ParseAdd(o.UserAgent);
            request.Headers.AcceptEncoding.ParseAdd("gzip, deflate, br");
            if (jsonBody is not null) request.Content = new StringContent(jsonBody, System.Text.Encoding.UTF8, "application/json");
            // on every hop: after a redirect the validators belong to where it leads
            if (previous is not null && jsonBody is null)
            {
                if (previous.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag)) request.Headers.IfNoneMatch.Add(tag);
                if (previous.LastModified is { } lm && DateTimeOffset.TryParse(lm, out var since)) request.Headers.IfModifiedSince = since;
            }
            try
            {
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cts.Token);
                var status = (int)response.StatusCode;
                if (status is 301 or 302 or 303 or 307 or 308)
                {
                    if (response.Headers.Location is not { } location) throw new FetchException($"{current}: redirect without a Location");
                    current = new Uri(current, location);
                    if (status == 303) jsonBody = null;
                    continue;
                }
                if (response.StatusCode == HttpStatusCode.NotModified) return new FetchResult(FetchStatus.NotModified, current);
                if (!response.IsSuccessStatusCode) throw new FetchException($"{current}: HTTP {status} {response.ReasonPhrase}");
                if (response.Content.Headers.ContentLength is { } declared && declared > maxBytes)
                    throw new FetchException($"{current}: {declared / (1024 * 1024)} MB is over the {maxBytes / (1024 * 1024)} MB limit");
                var etag = response.Headers.ETag?.ToString();
                var lastModified = response.Content.Headers.LastModified?.ToString("R");
                if (sink is not null)
                {
                    var length = await CopyCappedAsync(response, current, maxBytes, sink, cts.Token);
                    LogFetched(logger, current, status, length);
                    return new FetchResult(FetchStatus.Fetched, current) { ETag = etag, LastModified = lastModified };
                }
                using var buffer = new MemoryStream();
                await CopyCappedAsync(response, current, maxBytes, buffer, cts.Token);
                var bytes = buffer.ToArray();
                LogFetched(logger, current, status, bytes.Length);
                return new FetchResult(FetchStatus.Fetched, current)
                {
                    Content = new RawContent(bytes)
                    {
                        Url = current,
                        ContentType = response.Content.Headers.ContentType?.ToString(),
                        FetchedAt = time.GetUtcNow(),
                        SourceName = policy.SourceName,
                    },
                    ETag = etag,
                    LastModified = lastModified,
                };
            }
            catch (OperationCanceledException e) when (!ct.IsCancellationRequested)
            {
                throw new FetchException($"{current}: no complete response within {readTimeout.TotalSeconds:0} s", e);
            }
            catch (HttpRequestException e)
            {
                throw new FetchException($"{current}: {OneLine(e)}", e);
            }
            catch (IOException e)
            {
                throw new FetchException($"{current}: connection failed ({e.Message})", e);
            }
            catch (InvalidDataException e)
            {
                throw new FetchException($"{current}: bad compressed body ({e.Message})", e);
            }
        }
    }

    /// <summary>The gap between two requests to a host: our own delay, or the site's Crawl-delay when longer (capped).</summary>
    internal static TimeSpan HostDelay(RobotsTxt rules, FetchPolicy policy, CrawlerOptions o)
    {
        var own = policy.PolitenessDelay ?? o.PolitenessDelay;
        if (rules.CrawlDelay is not { } asked) return own;
        var capped = asked < o.MaxCrawlDelay ? asked : o.MaxCrawlDelay;
        return capped > own ? capped : own;
    }

    /// <summary>Copies the (already decompressed) body, failing as soon as it passes the cap: a gzip bomb stops early.</summary>
    private static async Task<long> CopyCappedAsync(HttpResponseMessage response, Uri url, long cap, Stream destination, CancellationToken ct)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        var chunk = new byte[81920];
        long length = 0;
        int n;
        while ((n = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (length + n > cap) throw new FetchException($"{url}: response over the {cap / (1024 * 1024)} MB limit (counted after decompression)");
            await destination.WriteAsync(chunk.AsMemory(0, n), ct);
            length += n;
        }
        return length;
    }

    private static string OneLine(Exception e)
    {
        var inner = e;
        while (inner.InnerException is not null) inner = inner.InnerException;
        return inner.Message.ReplaceLineEndings(" ");
    }

    [LoggerMessage(EventId = 4102, Level = LogLevel.Debug, Message = "GET {Url}: {Status}, {Bytes} bytes")]
    private static partial void LogFetched(ILogger logger, Uri url, int status, long bytes);
}
