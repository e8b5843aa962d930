using System.Text.Json;
using MarketGraph.Neo4j.Client;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MarketGraph.Neo4j.Tests;

public sealed class Neo4jSyncTests : IAsyncLifetime
{
    private FakeQueryApi _server = null!;

    public async Task InitializeAsync() => _server = await FakeQueryApi.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private Neo4jSync Sync() => new(_server.CreateClient(), Options.Create(new Neo4jOptions { BatchSize = 500 }), NullLogger<Neo4jSync>.Instance);

    private List<(string Statement, JsonElement Parameters)> Sent() => _server.Requests.Select(r =>
    {
        var body = JsonDocument.Parse(r.Body).RootElement;
        return (body.GetProperty("statement").GetString()!, body.TryGetProperty("parameters", out var p) ? p : default);
    }).ToList();

    [Fact]
    public async Task Push_sends_schema_then_batched_upserts_with_parameters_only()
    {
        var report = await Sync().PushAsync(SampleGraph.Create(), CancellationToken.None);

        Assert.Equal(new SyncReport(2, 1, 1, 1, CypherFiles.Schema().Count + 4), report);
        var sent = Sent();
        Assert.All(_server.Requests, r => Assert.Equal("/db/neo4j/query/v2", r.Path));
        Assert.Equal(CypherFiles.Schema(), sent.Take(CypherFiles.Schema().Count).Select(s => s.Statement));
        var upserts = sent.Skip(CypherFiles.Schema().Count).ToList();
        Assert.Equal([CypherFiles.Get("upsert-entities"), CypherFiles.Get("upsert-documents"), CypherFiles.Get("upsert-claims"), CypherFiles.Get("upsert-edges")],
            upserts.Select(u => u.Statement));
        // user text travels only in parameters, never in a statement
        Assert.All(sent, s => Assert.DoesNotContain("O'Brien", s.Statement));

        var entityRows = upserts[0].Parameters.GetProperty("rows");
        Assert.Equal("List", entityRows.GetProperty("$type").GetString());
        var tricky = entityRows.GetProperty("_value")[1].GetProperty("_value");
        Assert.Equal(SampleGraph.TrickyName, tricky.GetProperty("name").GetProperty("_value").GetString());
        Assert.Equal("siren:380129866", tricky.GetProperty("identifierValues").GetProperty("_value")[0].GetProperty("_value").GetString());

        var edge = upserts[3].Parameters.GetProperty("rows").GetProperty("_value")[0].GetProperty("_value");
        Assert.Equal("OWNS_STAKE", edge.GetProperty("type").GetProperty("_value").GetString());
        Assert.Equal("Integer", edge.GetProperty("props").GetProperty("_value").GetProperty("percent").GetProperty("$type").GetString());
        var claim = upserts[2].Parameters.GetProperty("rows").GetProperty("_value")[0].GetProperty("_value");
        Assert.Equal("L'État détient 23 % d'Orange.", claim.GetProperty("quote").GetProperty("_value").GetString());
        Assert.Equal("Confirmed", claim.GetProperty("status").GetProperty("_value").GetString());
    }

    [Fact]
    public async Task Pushing_twice_sends_the_same_idempotent_merges()
    {
        await Sync().PushAsync(SampleGraph.Create(), CancellationToken.None);
        var first = _server.Requests.Select(r => r.Body).ToList();
        _server.Requests.Clear();

        await Sync().PushAsync(SampleGraph.Create(), CancellationToken.None);

        Assert.Equal(first, _server.Requests.Select(r => r.Body));
        Assert.All(Sent(), s => Assert.DoesNotContain("CREATE (", s.Statement));
    }

    [Fact]
    public async Task Push_stops_on_an_authentication_error()
    {
        _server.Responder = _ => (401, """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"unauthorized"}]}""", null);

        await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => Sync().PushAsync(SampleGraph.Create(), CancellationToken.None));

        Assert.Single(_server.Requests);
    }
}
