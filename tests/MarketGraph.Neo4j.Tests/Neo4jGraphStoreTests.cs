using System.Text;
using System.Text.Json;
using MarketGraph.Core.Claims;
using MarketGraph.Core.Documents;
using MarketGraph.Core.Entities;
using MarketGraph.Core.Ontology;
using MarketGraph.Core.Ports;
using Microsoft.Extensions.Logging.Abstractions;

namespace MarketGraph.Neo4j.Tests;

/// <summary>What the store sends, checked against a loopback Query API (the live behaviour is the contract suite's job).</summary>
public sealed class Neo4jGraphStoreTests : IAsyncLifetime
{
    private FakeQueryApi _server = null!;

    public async Task InitializeAsync() => _server = await FakeQueryApi.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private Neo4jGraphStore Store() => new(_server.CreateClient(), NullLogger<Neo4jGraphStore>.Instance);

    private static string? Statement(ReceivedRequest r) =>
        r.Body.Length == 0 ? null : JsonDocument.Parse(r.Body).RootElement.TryGetProperty("statement", out var s) ? s.GetString() : null;

    [Fact]
    public async Task Initialise_creates_constraints_before_indexes_and_waits_for_them()
    {
        await Store().InitialiseAsync();

        var statements = _server.Requests.Select(Statement).ToList();
        Assert.Equal([.. CypherFiles.Schema(), CypherFiles.Get("await-indexes")], statements);
        Assert.StartsWith("CREATE CONSTRAINT", statements[0]);
        Assert.All(statements.Take(CypherFiles.Schema().Count), s => Assert.Contains("IF NOT EXISTS", s));
    }

    [Fact]
    public async Task Ingest_runs_in_one_transaction_with_batched_upserts_and_refreshes_the_edge()
    {
        const string text = "Selon le rapport, l'État détient 23 % d'Orange.";
        var doc = new Document(ContentHash.Of(Encoding.UTF8.GetBytes(text)), text, MediaTypes.PlainText) { Published = new DateOnly(2017, 2, 1) };
        var start = text.IndexOf("l'État", StringComparison.Ordinal);
        var claim = new Claim(RelationType.OwnsStake, new EntityMention("l'État", EntityKind.PublicBody), new EntityMention("Orange SA", EntityKind.Organization),
            ClaimProps.Of(("percent", 23)), Evidence.FromSpan(text, start, text.Length), new ExtractorInfo("rules", "1"), 0.9);
        var edgeId = Core.Graph.Edge.IdFor(RelationType.OwnsStake, "pub:etat", "org:orange");
        _server.Responder = r => r.Path switch
        {
            "/db/neo4j/query/v2/tx" => (202, """{"bookmarks":[],"transaction":{"id":"3","expires":"2026-11-28T15:48:29Z"}}""", null),
            "/db/neo4j/query/v2/tx/3" when Statement(r) == CypherFiles.Get("live-claims-for-edges") => (202, $$"""
                {"data":{"fields":["edgeId","type","subjectId","objectId","propsJson","date","confidence"],"values":[[
                  {"$type":"String","_value":"{{edgeId}}"},{"$type":"String","_value":"OWNS_STAKE"},{"$type":"String","_value":"pub:etat"},
                  {"$type":"String","_value":"org:orange"},{"$type":"String","_value":"{\"percent\":23}"},{"$type":"Date","_value":"2017-02-01"},
                  {"$type":"Float","_value":"0.9"}]]},"bookmarks":[]}
                """, null),
            _ => (202, """{"data":{"fields":[],"values":[]},"bookmarks":["FB:9"]}""", null),
        };

        var result = await Store().IngestAsync(doc, new Extraction([claim.Subject, claim.Object], [claim]));

        Assert.False(result.AlreadyStored);
        Assert.Equal(2, result.EntitiesCreated);
        Assert.Equal(1, result.ClaimsStored);
        Assert.Equal(1, _server.Requests.Count(r => r.Path == "/db/neo4j/query/v2/tx"));
        Assert.Equal("/db/neo4j/query/v2/tx/3/commit", _server.Requests[^1].Path);
        var statements = _server.Requests.Select(Statement).Where(s => s is not null).ToList();
        Assert.Equal(
            ["document-exists", "entity-candidates", "rejected-fingerprints", "upsert-documents", "upsert-entities", "upsert-claims",
             "upsert-mentions", "delete-edges", "live-claims-for-edges", "upsert-edges"],
            statements.Select(s => new[] { "document-exists", "entity-candidates", "rejected-fingerprints", "upsert-documents", "upsert-entities",
                "upsert-claims", "upsert-mentions", "delete-edges", "live-claims-for-edges", "upsert-edges" }.Single(f => CypherFiles.Get(f) == s)));

        var edges = JsonDocument.Parse(_server.Requests.Single(r => Statement(r) == CypherFiles.Get("upsert-edges")).Body).RootElement
            .GetProperty("parameters").GetProperty("rows").GetProperty("_value")[0].GetProperty("_value");
        Assert.Equal(edgeId, edges.GetProperty("id").GetProperty("_value").GetString());
        Assert.Equal("2017-02-01", edges.GetProperty("firstSeen").GetProperty("_value").GetString());
        Assert.Equal("percent=23", edges.GetProperty("propKeys").GetProperty("_value")[0].GetProperty("_value").GetString());
        var entities = JsonDocument.Parse(_server.Requests.Single(r => Statement(r) == CypherFiles.Get("upsert-entities")).Body).RootElement
            .GetProperty("parameters").GetProperty("rows").GetProperty("_value");
        Assert.Equal(["pub:etat", "org:orange"], entities.EnumerateArray().Select(e => e.GetProperty("_value").GetProperty("id").GetProperty("_value").GetString()));
    }

    [Fact]
    public async Task A_stored_document_is_not_written_again()
    {
        _server.Responder = r => r.Path == "/db/neo4j/query/v2/tx"
            ? (202, """{"bookmarks":[],"transaction":{"id":"4","expires":"2026-11-28T15:48:29Z"}}""", null)
            : (202, """{"data":{"fields":["n"],"values":[[{"$type":"Integer","_value":"1"}]]},"bookmarks":[]}""", null);
        var doc = new Document(new string('b', 64), "Texte.", MediaTypes.PlainText);

        var result = await Store().IngestAsync(doc, new Extraction([], []));

        Assert.True(result.AlreadyStored);
        Assert.DoesNotContain(_server.Requests, r => Statement(r) == CypherFiles.Get("upsert-documents"));
    }

    [Fact]
    public async Task Search_sends_an_escaped_accent_folded_lucene_query_as_a_parameter()
    {
        _server.Responder = _ => (202, """{"data":{"fields":["total","items"],"values":[[{"$type":"Integer","_value":"0"},{"$type":"List","_value":[]}]]},"bookmarks":[]}""", null);

        var page = await Store().SearchEntitiesAsync("État (OR*", null, new Core.Graph.Page(0, 10));

        Assert.Empty(page.Items);
        var query = JsonDocument.Parse(_server.Requests[0].Body).RootElement.GetProperty("parameters").GetProperty("query").GetProperty("_value").GetString();
        Assert.Equal("(etat OR etat*) AND (\\(or\\* OR \\(or\\**)", query);
    }

    [Fact]
    public async Task Merge_folds_names_into_the_kept_entity_and_records_its_own_for_the_split()
    {
        _server.Responder = r => r.Path == "/db/neo4j/query/v2/tx"
            ? (202, """{"bookmarks":[],"transaction":{"id":"6","expires":"2026-11-28T15:48:29Z"}}""", null)
            : Statement(r) == CypherFiles.Get("entity-raw") ? (202, """
                {"data":{"fields":["entity"],"values":[
                  [{"$type":"Map","_value":{"id":{"$type":"String","_value":"org:orange-business-services"},"name":{"$type":"String","_value":"Orange Business Services"},"kind":{"$type":"String","_value":"Organization"},"aliases":{"$type":"List","_value":[]},"identifiers":{"$type":"String","_value":"{}"},"country":{"$type":"Null","_value":null},"canonicalId":{"$type":"Null","_value":null}}}],
                  [{"$type":"Map","_value":{"id":{"$type":"String","_value":"org:obs"},"name":{"$type":"String","_value":"OBS"},"kind":{"$type":"String","_value":"Organization"},"aliases":{"$type":"List","_value":[]},"identifiers":{"$type":"String","_value":"{}"},"country":{"$type":"Null","_value":null},"canonicalId":{"$type":"Null","_value":null}}}]]},"bookmarks":[]}
                """, null)
            : Statement(r) == CypherFiles.Get("merge-entities") ? (202, """{"data":{"fields":["movedIds"],"values":[[{"$type":"List","_value":[{"$type":"String","_value":"org:obs"}]}]]},"bookmarks":[]}""", null)
            : (202, """{"data":{"fields":[],"values":[]},"bookmarks":[]}""", null);

        var record = await Store().MergeEntitiesAsync("org:orange-business-services", "org:obs", DateTimeOffset.UnixEpoch);

        Assert.Equal("org:orange-business-services", record.KeptId);
        var merge = JsonDocument.Parse(_server.Requests.Single(r => Statement(r) == CypherFiles.Get("merge-entities")).Body).RootElement.GetProperty("parameters");
        Assert.Equal(0, merge.GetProperty("keptAliases").GetProperty("_value").GetArrayLength());
        var kept = JsonDocument.Parse(_server.Requests.Single(r => Statement(r) == CypherFiles.Get("upsert-entities")).Body).RootElement
            .GetProperty("parameters").GetProperty("rows").GetProperty("_value")[0].GetProperty("_value");
        Assert.Equal("OBS", kept.GetProperty("aliases").GetProperty("_value")[0].GetProperty("_value").GetString());
        Assert.Contains(_server.Requests, r => Statement(r) == CypherFiles.Get("claims-of-entities"));
        Assert.Equal("/db/neo4j/query/v2/tx/6/commit", _server.Requests[^1].Path);
    }
}
