using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using MarketGraph.Crawlers.Fetching;

namespace MarketGraph.Crawlers.Sources;

/// <summary>
/// <c>ted</c>: with a <see cref="CrawlSource.Query"/>, TED's search API v3 (POST {query, fields, limit,
/// paginationMode: ITERATION, iterationNextToken}) and each notice's XML (<c>links.xml.MUL</c>); without one,
/// the URL is a single eForms notice.
/// </summary>
public sealed class TedSourceAdapter : ISourceAdapter
{
    public const int PageSize = 100;

    public bool Handles(string kind) => kind == SourceKinds.Ted;

    public async IAsyncEnumerable<CrawlItem> ItemsAsync(CrawlSession session, [EnumeratorCancellation] CancellationToken ct)
    {
        var source = session.Source;
        if (source.Query is null)
        {
            yield return await session.FetchDocumentAsync(source.Url, ct);
            yield break;
        }
        var max = source.MaxItems ?? session.Options.MaxNoticesPerSearch;
        string? token = null;
        var seen = 0;
        do
        {
            List<Uri> notices;
            string? error = null;
            try
            {
                var body = new JsonObject
                {
                    ["query"] = source.Query,
                    ["fields"] = new JsonArray("publication-number", "publication-date", "links"),
                    ["limit"] = Math.Min(PageSize, max - seen),
                    ["paginationMode"] = "ITERATION",
                };
                if (token is not null) body["iterationNextToken"] = token;
                var result = await session.Fetcher.PostJsonAsync(source.Url, body.ToJsonString(), session.Policy, ct);
                (notices, token) = ReadSearchPage(result.Content!.Bytes);
            }
            catch (Exception e) when (e is FetchException or JsonException)
            {
                notices = [];
                token = null;
                error = e is JsonException ? $"{source.Url}: the search API answered with malformed JSON" : e.Message;
            }
            if (error is not null)
            {
                yield return new FailedItem(source.Url, error);
                yield break;
            }
            foreach (var url in notices)
            {
                if (seen++ >= max) yield break;
                yield return await session.FetchDocumentAsync(url, ct);
            }
            if (notices.Count == 0) break;
        }
        while (token is not null && seen < max);
    }

    /// <summary>Notice XML links and the next iteration token of one search API response.</summary>
    public static (List<Uri> Notices, string? NextToken) ReadSearchPage(byte[] json)
    {
        using var doc = JsonDocument.Parse(json);
        var links = new List<Uri>();
        if (doc.RootElement.TryGetProperty("notices", out var notices) && notices.ValueKind == JsonValueKind.Array)
        {
            foreach (var n in notices.EnumerateArray())
            {
                if (!n.TryGetProperty("links", out var l) || !l.TryGetProperty("xml", out var xml) || xml.ValueKind != JsonValueKind.Object) continue;
                var href = xml.TryGetProperty("MUL", out var mul) ? mul.GetString() : xml.EnumerateObject().Select(p => p.Value.GetString()).FirstOrDefault();
                if (href is not null && Uri.TryCreate(href, UriKind.Absolute, out var uri)) links.Add(uri);
            }
        }
        var token = doc.RootElement.TryGetProperty("iterationNextToken", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        return (links, token);
    }
}
