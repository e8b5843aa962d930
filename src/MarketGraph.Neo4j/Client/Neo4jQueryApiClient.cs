using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MarketGraph.Neo4j.Client;

/// <summary>
/// Neo4j's HTTP Query API (<c>POST /db/{db}/query/v2</c>), typed JSON both ways. Implicit transactions
/// through <see cref="RunAsync"/>, explicit ones through <see cref="BeginTransactionAsync"/> or, with retries,
/// <see cref="ExecuteWriteAsync{T}"/>. The bookmarks of every committed write are sent with the next request,
/// so a read sees the writes before it even on a cluster.
/// </summary>
public sealed class Neo4jQueryApiClient
{
    public const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly HttpClient _http;
    private readonly Neo4jOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<Neo4jQueryApiClient> _logger;
    private readonly AuthenticationHeaderValue? _auth;
    private readonly Lock _bookmarkLock = new();
    private IReadOnlyList<string> _bookmarks = [];

    public Neo4jQueryApiClient(HttpClient http, IOptions<Neo4jOptions> options, TimeProvider time, ILogger<Neo4jQueryApiClient> logger)
    {
        _http = http;
        _options = options.Value;
        _time = time;
        _logger = logger;
        if (!string.IsNullOrEmpty(_options.BearerToken)) _auth = new AuthenticationHeaderValue("Bearer", _options.BearerToken);
        else if (_options.ResolvePassword() is { } password)
            _auth = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_options.User}:{password}")));
    }

    public string Database => _options.Database;

    /// <summary>The bookmarks of the last committed work, sent with every following request.</summary>
    public IReadOnlyList<string> Bookmarks { get { lock (_bookmarkLock) return _bookmarks; } }

    internal string QueryPath => $"{_options.Uri.TrimEnd('/')}/db/{Uri.EscapeDataString(_options.Database)}/query/v2";

    /// <summary>Runs one statement in its own transaction; transient failures are retried.</summary>
    public Task<Neo4jResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken ct = default) =>
        WithRetriesAsync(async token =>
        {
            var (result, _, _) = await SendAsync(HttpMethod.Post, QueryPath, statement, parameters, null, token);
            RememberBookmarks(result.Bookmarks);
            return result;
        }, ct);

    /// <summary>Opens an explicit transaction. Commit or roll it back; disposing an open one rolls it back.</summary>
    public async Task<Neo4jTransaction> BeginTransactionAsync(CancellationToken ct = default)
    {
        var (_, body, affinity) = await SendAsync(HttpMethod.Post, QueryPath + "/tx", null, null, null, ct);
        if (!body.TryGetProperty("transaction", out var tx) || !tx.TryGetProperty("id", out var id))
            throw new Neo4jDatabaseException("MarketGraph.NoTransaction", "the server opened no transaction", 202);
        return new Neo4jTransaction(this, id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText(), affinity);
    }

    /// <summary>Runs <paramref name="work"/> in an explicit transaction and commits; the whole unit is retried on transient errors.</summary>
    public Task<T> ExecuteWriteAsync<T>(Func<Neo4jTransaction, CancellationToken, Task<T>> work, CancellationToken ct = default) =>
        WithRetriesAsync(async token =>
        {
            await using var tx = await BeginTransactionAsync(token);
            var result = await work(tx, token);
            await tx.CommitAsync(token);
            return result;
        }, ct);

    internal void RememberBookmarks(IReadOnlyList<string> bookmarks)
    {
        if (bookmarks.Count == 0) return;
        lock (_bookmarkLock) _bookmarks = bookmarks;
    }

    internal void LogRolledBack(string id) => Neo4jLog.RolledBack(_logger, id);

    private async Task<T> WithRetriesAsync<T>(Func<CancellationToken, Task<T>> attempt, CancellationToken ct)
    {
        var max = Math.Max(1, _options.MaxAttempts);
        for (var n = 1; ; n++)
        {
            try
            {
                return await attempt(ct);
            }
            catch (Neo4jTransientException e) when (n < max)
            {
                var delay = TimeSpan.FromMilliseconds(100 * Math.Pow(2, n - 1));
                Neo4jLog.RetryingTransient(_logger, e.Code, n, max, (long)delay.TotalMilliseconds);
                await Task.Delay(delay, _time, ct);
            }
        }
    }

    internal async Task<(Neo4jResult Result, JsonElement Body, string? Affinity)> SendAsync(
        HttpMethod method, string url, string? statement, IReadOnlyDictionary<string, object?>? parameters, string? affinity, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, url);
        request.Headers.Authorization = _auth;
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedJson.MediaType));
        if (affinity is not null) request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        if (method != HttpMethod.Delete)
        {
            request.Content = new ByteArrayContent(RequestBody(statement, parameters));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(TypedJson.MediaType);
        }

        using var response = await _http.SendAsync(request, ct);
        var bytes = await response.Content.ReadAsByteArrayAsync(ct);
        var status = (int)response.StatusCode;
        JsonElement body = default;
        if (bytes.Length > 0)
        {
            try
            {
                body = JsonDocument.Parse(bytes).RootElement.Clone();
            }
            catch (JsonException) when (!response.IsSuccessStatusCode)
            {
                // a proxy's HTML error page: the status code says enough
            }
        }

        if (body.ValueKind == JsonValueKind.Object && body.TryGetProperty("errors", out var errors)
            && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
        {
            var first = errors[0];
            var code = first.TryGetProperty("code", out var c) ? c.GetString() : null;
            var message = first.TryGetProperty("message", out var m) ? m.GetString() : null;
            var error = Neo4jErrors.From(code, message, status);
            Neo4jLog.StatementFailed(_logger, error.Code, status);
            throw error;
        }
        if (!response.IsSuccessStatusCode)
        {
            var error = Neo4jErrors.From(null, response.ReasonPhrase, status);
            Neo4jLog.StatementFailed(_logger, error.Code, status);
            throw error;
        }

        var newAffinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : affinity;
        return (ParseResult(body), body, newAffinity);
    }

    private byte[] RequestBody(string? statement, IReadOnlyDictionary<string, object?>? parameters)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            if (statement is not null)
            {
                w.WriteString("statement", statement);
                if (parameters is { Count: > 0 })
                {
                    w.WriteStartObject("parameters");
                    foreach (var (name, value) in parameters)
                    {
                        w.WritePropertyName(name);
                        TypedJson.WriteValue(w, value);
                    }
                    w.WriteEndObject();
                }
            }
            var bookmarks = Bookmarks;
            if (bookmarks.Count > 0)
            {
                w.WriteStartArray("bookmarks");
                foreach (var b in bookmarks) w.WriteStringValue(b);
                w.WriteEndArray();
            }
            w.WriteEndObject();
        }
        return stream.ToArray();
    }

    private static Neo4jResult ParseResult(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object) return Neo4jResult.Empty;
        var fields = new List<string>();
        var rows = new List<IReadOnlyList<object?>>();
        if (body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object)
        {
            if (data.TryGetProperty("fields", out var f)) fields.AddRange(f.EnumerateArray().Select(x => x.GetString()!));
            if (data.TryGetProperty("values", out var v))
                foreach (var row in v.EnumerateArray()) rows.Add(row.EnumerateArray().Select(TypedJson.ReadValue).ToList());
        }
        var bookmarks = body.TryGetProperty("bookmarks", out var b) && b.ValueKind == JsonValueKind.Array
            ? b.EnumerateArray().Select(x => x.GetString()!).ToList()
            : [];
        return new Neo4jResult(fields, rows, bookmarks);
    }
}
