namespace MarketGraph.Neo4j.Client;

/// <summary>An explicit Query API transaction. Every request echoes the server's <c>neo4j-cluster-affinity</c> header.</summary>
public sealed class Neo4jTransaction : IAsyncDisposable
{
    private readonly Neo4jQueryApiClient _client;
    private string? _affinity;
    private bool _open = true;

    internal Neo4jTransaction(Neo4jQueryApiClient client, string id, string? affinity)
    {
        _client = client;
        Id = id;
        _affinity = affinity;
    }

    public string Id { get; }

    private string Path => $"{_client.QueryPath}/tx/{Uri.EscapeDataString(Id)}";

    public async Task<Neo4jResult> RunAsync(string statement, IReadOnlyDictionary<string, object?>? parameters = null, CancellationToken ct = default)
    {
        EnsureOpen();
        try
        {
            var (result, _, affinity) = await _client.SendAsync(HttpMethod.Post, Path, statement, parameters, _affinity, ct);
            _affinity = affinity;
            return result;
        }
        catch (Neo4jException)
        {
            // the server rolls a transaction back on any statement error
            _open = false;
            throw;
        }
    }

    public async Task CommitAsync(CancellationToken ct = default)
    {
        EnsureOpen();
        _open = false;
        var (result, _, _) = await _client.SendAsync(HttpMethod.Post, Path + "/commit", null, null, _affinity, ct);
        _client.RememberBookmarks(result.Bookmarks);
    }

    public async Task RollbackAsync(CancellationToken ct = default)
    {
        if (!_open) return;
        _open = false;
        await _client.SendAsync(HttpMethod.Delete, Path, null, null, _affinity, ct);
        _client.LogRolledBack(Id);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_open) return;
        try
        {
            await RollbackAsync();
        }
        catch (Neo4jException)
        {
            // already gone (expired): nothing to undo
        }
        catch (HttpRequestException)
        {
            // the server is unreachable; it times the transaction out itself
        }
    }

    private void EnsureOpen()
    {
        if (!_open) throw new InvalidOperationException($"transaction {Id} is no longer open");
    }
}
