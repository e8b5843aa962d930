using System.Text.Json.Nodes;

namespace MarketGraph.Api.Tests;

public sealed class MutationTests
{
    private const string EvidenceIds = """{ relation(id: "OWNS_STAKE|pub:etat|org:orange") { evidence(includeRejected: true) { id status } } }""";

    private static async Task<string> ClaimIdAsync(ApiApp app)
    {
        var (_, json) = await app.PostAsync(EvidenceIds);
        return JsonNode.Parse(json)!["data"]!["relation"]!["evidence"]![0]!["id"]!.GetValue<string>();
    }

    [Fact]
    public async Task Mutations_without_an_api_key_are_refused_before_running()
    {
        using var app = new ApiApp();
        await app.SeedAsync();
        var id = await ClaimIdAsync(app);
        foreach (var key in new string?[] { null, "wrong-key" })
        {
            var (status, json) = await app.PostAsync("mutation ($id: ID!) { rejectClaim(id: $id) { status } }", new { id }, apiKey: key);
            Assert.Equal(401, status);
            Assert.Equal("UNAUTHENTICATED", JsonNode.Parse(json)!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
            Assert.Null(JsonNode.Parse(json)!["data"]);
        }
        Assert.Equal(0, app.Store.Calls.GetValueOrDefault(nameof(CountingGraphStore.SetClaimStatusAsync)));
    }

    [Fact]
    public async Task Rejecting_the_only_claim_removes_the_relation_and_confirming_keeps_it()
    {
        using var app = new ApiApp();
        await app.SeedAsync();
        var id = await ClaimIdAsync(app);
        var (status, json) = await app.PostAsync("mutation ($id: ID!) { rejectClaim(id: $id) { quote status } }", new { id }, apiKey: ApiApp.ApiKey);
        Assert.Equal(200, status);
        Json.Equal("""{"data": {"rejectClaim": {"quote": "L'État détient 23 % d'Orange.", "status": "REJECTED"}}}""", json);
        Json.Equal("""{"relation": null, "entity": {"relations": {"totalCount": 0}}}""",
            await app.DataAsync("""{ relation(id: "OWNS_STAKE|pub:etat|org:orange") { id } entity(id: "pub:etat") { relations { totalCount } } }"""));

        (status, json) = await app.PostAsync("mutation ($id: ID!) { confirmClaim(id: $id) { status } }", new { id }, bearer: ApiApp.ApiKey);
        Assert.Equal(200, status);
        Json.Equal("""{"data": {"confirmClaim": {"status": "CONFIRMED"}}}""", json);
        Json.Equal("""{"relation": {"evidence": [{"status": "CONFIRMED"}]}}""",
            await app.DataAsync("""{ relation(id: "OWNS_STAKE|pub:etat|org:orange") { evidence { status } } }"""));
    }

    [Fact]
    public async Task Unknown_claim_is_a_not_found_error()
    {
        using var app = new ApiApp();
        await app.SeedAsync();
        var (status, json) = await app.PostAsync("""mutation { confirmClaim(id: "nope") { id } }""", apiKey: ApiApp.ApiKey);
        Assert.Equal(200, status);
        Json.Equal("""{"errors": [{"message": "no claim 'nope'", "locations": [{"line": 1, "column": 12}], "path": ["confirmClaim"], "extensions": {"code": "NOT_FOUND", "codes": ["NOT_FOUND"]}}], "data": null}""", json);
    }

    [Fact]
    public async Task Merge_is_recorded_and_split_undoes_it()
    {
        using var app = new ApiApp();
        await app.SeedAsync();
        var (status, json) = await app.PostAsync("""mutation { mergeEntities(keep: "org:orange", merge: "org:orange-business-services") { id keptId mergedId kept { name } } }""", apiKey: ApiApp.ApiKey);
        Assert.Equal(200, status);
        var merge = JsonNode.Parse(json)!["data"]!["mergeEntities"]!;
        Assert.Equal("org:orange-business-services", merge["mergedId"]!.GetValue<string>());
        Assert.Equal("Orange", merge["kept"]!["name"]!.GetValue<string>());
        Json.Equal("""{"contracts": {"edges": [{"node": {"supplier": {"id": "org:orange", "aliases": ["Orange Business Services"]}}}]}}""",
            await app.DataAsync("{ contracts { edges { node { supplier { id aliases } } } } }"));

        (status, json) = await app.PostAsync("mutation ($id: ID!) { splitEntity(mergeId: $id) }", new { id = merge["id"]!.GetValue<string>() }, apiKey: ApiApp.ApiKey);
        Assert.Equal(200, status);
        Json.Equal("""{"data": {"splitEntity": true}}""", json);
        Json.Equal("""{"contracts": {"edges": [{"node": {"supplier": {"id": "org:orange-business-services", "aliases": []}}}]}}""",
            await app.DataAsync("{ contracts { edges { node { supplier { id aliases } } } } }"));
    }

    [Fact]
    public async Task Source_commands_answer_when_crawling_is_not_configured()
    {
        using var app = new ApiApp();
        var (status, json) = await app.PostAsync("""
            mutation { addSource(source: {name: "x", kind: "rss", url: "https://example.org/feed"}) { accepted message }
                       crawlNow(sources: ["x"]) { accepted message } }
            """, apiKey: ApiApp.ApiKey);
        Assert.Equal(200, status);
        Json.Equal("""
            {"data": {"addSource": {"accepted": false, "message": "crawling is not configured"},
                      "crawlNow": {"accepted": false, "message": "crawling is not configured"}}}
            """, json);
    }

    [Fact]
    public async Task A_get_request_may_not_mutate()
    {
        using var app = new ApiApp();
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiApp.ApiKey);
        using var response = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { crawlNow { accepted } }"));
        Assert.Equal(405, (int)response.StatusCode);
        Assert.Contains("METHOD_NOT_ALLOWED", await response.Content.ReadAsStringAsync());
    }
}
