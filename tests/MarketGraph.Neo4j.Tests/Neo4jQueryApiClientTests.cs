using System.Text;
using System.Text.Json;
using MarketGraph.Neo4j.Client;

namespace MarketGraph.Neo4j.Tests;

public sealed class Neo4jQueryApiClientTests : IAsyncLifetime
{
    private FakeQueryApi _server = null!;

    public async Task InitializeAsync() => _server = await FakeQueryApi.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Sends_statement_with_typed_parameters_basic_auth_and_reads_the_result()
    {
        _server.Responder = _ => (202, """
            {"data":{"fields":["name","n"],"values":[[{"$type":"String","_value":"Orange"},{"$type":"Integer","_value":"9007199254740993"}]]},
             "bookmarks":["FB:kcwQ"]}
            """, null);
        var client = _server.CreateClient();

        var result = await client.RunAsync("RETURN $name AS name, $n AS n", new Dictionary<string, object?> { ["name"] = "Orange", ["n"] = 9007199254740993L, ["p"] = 23.5 });

        var request = Assert.Single(_server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/db/neo4j/query/v2", request.Path);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:s3cret")), request.Headers["authorization"]);
        Assert.Equal(TypedJson.MediaType, request.Headers["content-type"]);
        Assert.Equal(TypedJson.MediaType, request.Headers["accept"]);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal("RETURN $name AS name, $n AS n", body.RootElement.GetProperty("statement").GetString());
        var n = body.RootElement.GetProperty("parameters").GetProperty("n");
        Assert.Equal("Integer", n.GetProperty("$type").GetString());
        Assert.Equal("9007199254740993", n.GetProperty("_value").GetString());
        Assert.Equal("Float", body.RootElement.GetProperty("parameters").GetProperty("p").GetProperty("$type").GetString());

        Assert.Equal(["name", "n"], result.Fields);
        var record = Assert.Single(result.Records);
        Assert.Equal("Orange", record["name"]);
        Assert.Equal(9007199254740993L, record["n"]);
        Assert.Equal(["FB:kcwQ"], client.Bookmarks);
    }

    [Fact]
    public async Task Typed_values_decode_exactly()
    {
        _server.Responder = _ => (202, """
            {"data":{"fields":["v"],"values":[[{"$type":"List","_value":[
              {"$type":"Integer","_value":"-42"},
              {"$type":"Float","_value":"0.1"},
              {"$type":"Boolean","_value":true},
              {"$type":"Null","_value":null},
              {"$type":"Date","_value":"2015-03-01"},
              {"$type":"OffsetDateTime","_value":"2024-01-01T21:40:32-01:00"},
              {"$type":"ZonedDateTime","_value":"2015-03-01T10:00:00+01:00[Europe/Paris]"},
              {"$type":"Map","_value":{"percent":{"$type":"Integer","_value":"23"}}},
              {"$type":"Node","_value":{"_element_id":"4:abc:1","_labels":["Entity","Organization"],"_properties":{"id":{"$type":"String","_value":"org:orange"}}}}
            ]}]]},"bookmarks":[]}
            """, null);

        var result = await _server.CreateClient().RunAsync("RETURN [] AS v");

        var list = Assert.IsType<List<object?>>(result.Values[0][0]);
        Assert.Equal(-42L, list[0]);
        Assert.Equal(0.1, list[1]);
        Assert.Equal(true, list[2]);
        Assert.Null(list[3]);
        Assert.Equal(new DateOnly(2015, 3, 1), list[4]);
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 21, 40, 32, TimeSpan.FromHours(-1)), list[5]);
        Assert.Equal(new DateTimeOffset(2015, 3, 1, 10, 0, 0, TimeSpan.FromHours(1)), list[6]);
        Assert.Equal(23L, Assert.IsType<Dictionary<string, object?>>(list[7])["percent"]);
        var node = Assert.IsType<Neo4jNode>(list[8]);
        Assert.Equal(["Entity", "Organization"], node.Labels);
        Assert.Equal("org:orange", node.Properties["id"]);
    }

    [Fact]
    public async Task Errors_inside_a_202_body_are_failures()
    {
        _server.Responder = _ => (202, """
            {"errors":[{"code":"Neo.ClientError.Statement.SyntaxError","message":"Invalid input 'RETRN'"}]}
            """, null);

        var e = await Assert.ThrowsAsync<Neo4jClientException>(() => _server.CreateClient().RunAsync("RETRN 1"));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", e.Code);
        Assert.Contains("RETRN", e.Message);
        Assert.Single(_server.Requests); // client errors are never retried
    }

    [Fact]
    public async Task Unauthorized_is_an_authentication_error_and_the_password_is_not_in_it()
    {
        _server.Responder = _ => (401, """
            {"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"The client is unauthorized due to authentication failure."}]}
            """, null);

        var e = await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => _server.CreateClient().RunAsync("RETURN 1"));

        Assert.Equal(401, e.HttpStatus);
        Assert.DoesNotContain("s3cret", e.ToString());
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task Unauthorized_without_a_body_is_an_authentication_error_too()
    {
        _server.Responder = _ => (401, "", null);
        await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => _server.CreateClient().RunAsync("RETURN 1"));
    }

    [Fact]
    public async Task Bearer_token_replaces_basic_auth()
    {
        await _server.CreateClient(o => o.BearerToken = "tok-1").RunAsync("RETURN 1");
        Assert.Equal("Bearer tok-1", _server.Requests[0].Headers["authorization"]);
    }

    [Fact]
    public async Task Transient_errors_are_retried_then_succeed()
    {
        var calls = 0;
        _server.Responder = _ => ++calls == 1
            ? (503, """{"errors":[{"code":"Neo.TransientError.General.DatabaseUnavailable","message":"not ready"}]}""", null)
            : (202, """{"data":{"fields":["x"],"values":[[{"$type":"Integer","_value":"1"}]]},"bookmarks":[]}""", null);

        var result = await _server.CreateClient().RunAsync("RETURN 1 AS x");

        Assert.Equal(1L, result.Values[0][0]);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task Transient_errors_give_up_after_max_attempts()
    {
        _server.Responder = _ => (202, """{"errors":[{"code":"Neo.TransientError.Transaction.DeadlockDetected","message":"deadlock"}]}""", null);

        await Assert.ThrowsAsync<Neo4jTransientException>(() => _server.CreateClient(o => o.MaxAttempts = 2).RunAsync("RETURN 1"));

        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task Explicit_transaction_echoes_affinity_commits_and_later_requests_carry_the_bookmarks()
    {
        _server.Responder = r => r.Path switch
        {
            "/db/neo4j/query/v2/tx" => (202, """{"data":{"fields":[],"values":[]},"bookmarks":[],"transaction":{"id":"8","expires":"2026-11-28T15:48:29Z"}}""",
                new Dictionary<string, string> { ["neo4j-cluster-affinity"] = "MTAuOC40LjE5Nzo3NDc0" }),
            "/db/neo4j/query/v2/tx/8/commit" => (202, """{"bookmarks":["FB:after-commit"]}""", null),
            _ => (202, """{"data":{"fields":[],"values":[]},"bookmarks":[],"transaction":{"id":"8","expires":"2026-11-28T15:48:29Z"}}""", null),
        };
        var client = _server.CreateClient();

        await using (var tx = await client.BeginTransactionAsync())
        {
            await tx.RunAsync("CREATE (:Probe)");
            await tx.CommitAsync();
        }
        await client.RunAsync("MATCH (p:Probe) RETURN count(p)");

        Assert.Equal(["/db/neo4j/query/v2/tx", "/db/neo4j/query/v2/tx/8", "/db/neo4j/query/v2/tx/8/commit", "/db/neo4j/query/v2"],
            _server.Requests.Select(r => r.Path));
        Assert.Equal("MTAuOC40LjE5Nzo3NDc0", _server.Requests[1].Headers["neo4j-cluster-affinity"]);
        Assert.Equal("MTAuOC40LjE5Nzo3NDc0", _server.Requests[2].Headers["neo4j-cluster-affinity"]);
        using var last = JsonDocument.Parse(_server.Requests[3].Body);
        Assert.Equal("FB:after-commit", last.RootElement.GetProperty("bookmarks")[0].GetString());
    }

    [Fact]
    public async Task Disposing_an_uncommitted_transaction_rolls_it_back_with_delete()
    {
        _server.Responder = r => (202, """{"data":{"fields":[],"values":[]},"bookmarks":[],"transaction":{"id":"9","expires":"2026-11-28T15:48:29Z"}}""", null);

        await using (var tx = await _server.CreateClient().BeginTransactionAsync())
        {
            await tx.RunAsync("CREATE (:Probe)");
        }

        Assert.Equal("DELETE", _server.Requests[^1].Method);
        Assert.Equal("/db/neo4j/query/v2/tx/9", _server.Requests[^1].Path);
    }

    [Fact]
    public async Task Expired_transaction_is_reported_as_such()
    {
        _server.Responder = r => r.Path == "/db/neo4j/query/v2/tx"
            ? (202, """{"data":{"fields":[],"values":[]},"bookmarks":[],"transaction":{"id":"7","expires":"2026-11-28T15:48:29Z"}}""", null)
            : (404, """{"errors":[{"code":"Neo.ClientError.Transaction.TransactionNotFound","message":"Transaction with Id: 7 was not found. It may have timed out and therefore rolled back or the routing header neo4j-cluster-affinity was not provided."}]}""", null);

        await using var tx = await _server.CreateClient().BeginTransactionAsync();
        var e = await Assert.ThrowsAsync<Neo4jTransactionExpiredException>(() => tx.RunAsync("RETURN 1"));

        Assert.Equal(404, e.HttpStatus);
        await Assert.ThrowsAsync<InvalidOperationException>(() => tx.CommitAsync());
    }

    [Fact]
    public async Task Write_unit_is_retried_as_a_whole_on_a_transient_error()
    {
        var statements = 0;
        _server.Responder = r => r.Path switch
        {
            "/db/neo4j/query/v2/tx" => (202, """{"bookmarks":[],"transaction":{"id":"5","expires":"2026-11-28T15:48:29Z"}}""", null),
            "/db/neo4j/query/v2/tx/5" when ++statements == 1 => (202, """{"errors":[{"code":"Neo.TransientError.Transaction.LockClientStopped","message":"stopped"}]}""", null),
            _ => (202, """{"data":{"fields":[],"values":[]},"bookmarks":["FB:2"]}""", null),
        };
        var client = _server.CreateClient();

        var done = await client.ExecuteWriteAsync(async (tx, ct) => { await tx.RunAsync("CREATE (:Probe)", null, ct); return true; });

        Assert.True(done);
        Assert.Equal(2, _server.Requests.Count(r => r.Path == "/db/neo4j/query/v2/tx"));
        Assert.Equal(["FB:2"], client.Bookmarks);
    }
}
