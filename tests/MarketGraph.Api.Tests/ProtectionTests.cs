using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using MarketGraph.Api.GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace MarketGraph.Api.Tests;

public sealed class ProtectionTests
{
    private static async Task<(int Status, string Json)> PostRawAsync(ApiApp app, string body, string? apiKey = null)
    {
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (apiKey is not null) request.Headers.Add("X-Api-Key", apiKey);
        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static string Code(string json) => JsonNode.Parse(json)!["errors"]![0]!["extensions"]!["code"]!.GetValue<string>();

    [Theory]
    [InlineData("{not json")]
    [InlineData("[1, 2]")]
    [InlineData("{\"variables\": {}}")]
    [InlineData("")]
    public async Task Malformed_body_is_a_400_with_a_graphql_error(string body)
    {
        using var app = new ApiApp();
        var (status, json) = await PostRawAsync(app, body);
        Assert.Equal(400, status);
        Assert.Equal("INVALID_REQUEST", Code(json));
        Assert.Null(JsonNode.Parse(json)!["data"]);
    }

    [Fact]
    public async Task Syntax_error_in_the_query_is_a_400()
    {
        using var app = new ApiApp();
        var (status, json) = await app.PostAsync("{ search(text: ");
        Assert.Equal(400, status);
        Assert.Equal("SYNTAX_ERROR", Code(json));
    }

    [Fact]
    public async Task Body_over_the_size_cap_is_a_413()
    {
        using var app = new ApiApp(new() { ["GraphQL:MaxRequestBytes"] = "200" });
        var (status, json) = await app.PostAsync("{ search(text: \"" + new string('a', 300) + "\") { totalCount } }");
        Assert.Equal(413, status);
        Assert.Equal("REQUEST_TOO_LARGE", Code(json));
    }

    [Fact]
    public async Task Too_deep_a_query_is_refused_before_running()
    {
        using var app = new ApiApp(new() { ["GraphQL:MaxDepth"] = "6" });
        await app.SeedAsync();
        var (status, json) = await app.PostAsync("""
            { entity(id: "org:orange") { relations { edges { node { from { relations { edges { node { id } } } } } } } } }
            """);
        Assert.Equal(400, status);
        Assert.Contains("depth", JsonNode.Parse(json)!["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, app.Store.Total);
    }

    [Fact]
    public async Task Too_complex_a_query_is_refused_before_running()
    {
        using var app = new ApiApp(new() { ["GraphQL:MaxComplexity"] = "500" });
        await app.SeedAsync();
        var (status, json) = await app.PostAsync("""
            { search(text: "orange", first: 100) { edges { node { relations(first: 100) { edges { node { id evidence { quote } } } } } } } }
            """);
        Assert.Equal(400, status);
        Assert.Contains("complexity", JsonNode.Parse(json)!["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, app.Store.Total);
    }

    [Fact]
    public async Task Page_size_over_the_cap_is_an_error()
    {
        using var app = new ApiApp(new() { ["GraphQL:MaxPageSize"] = "10" });
        var (status, json) = await app.PostAsync("""{ search(text: "orange", first: 11) { totalCount } }""");
        Assert.Equal(200, status);
        Json.Equal("""
            {"errors": [{"message": "first must be between 0 and 10", "locations": [{"line": 1, "column": 3}], "path": ["search"],
                         "extensions": {"code": "PAGE_SIZE", "codes": ["PAGE_SIZE"]}}], "data": null}
            """, json);
    }

    [Fact]
    public async Task Rate_limit_is_per_client()
    {
        using var app = new ApiApp(new() { ["GraphQL:RateLimit"] = "2" });
        const string query = "{ sources { name } }";
        Assert.Equal(200, (await app.PostAsync(query)).Status);
        Assert.Equal(200, (await app.PostAsync(query)).Status);
        var (status, json) = await app.PostAsync(query);
        Assert.Equal(429, status);
        Assert.Equal("RATE_LIMITED", Code(json));
        // a client with its own API key has its own allowance
        Assert.Equal(200, (await app.PostAsync(query, apiKey: ApiApp.ApiKey)).Status);
    }

    private sealed class FailingSourceControl : ISourceControl
    {
        public Task<IReadOnlyList<SourceDefinition>> ListAsync(CancellationToken ct) => throw new InvalidOperationException("secret connection string in here");
        public Task<SourceCommandResult> AddSourceAsync(SourceDefinition source, CancellationToken ct) => throw new NotImplementedException();
        public Task<SourceCommandResult> CrawlNowAsync(IReadOnlyList<string> sourceNames, CancellationToken ct) => throw new NotImplementedException();
    }

    [Fact]
    public async Task Unexpected_failures_show_no_exception_details()
    {
        using var app = new ApiApp(services: s => s.AddSingleton<ISourceControl, FailingSourceControl>());
        var (status, json) = await app.PostAsync("{ sources { name } }");
        Assert.Equal(200, status);
        Json.Equal("""
            {"errors": [{"message": "Error trying to resolve field 'sources'.", "locations": [{"line": 1, "column": 3}], "path": ["sources"],
                         "extensions": {"code": "INVALID_OPERATION", "codes": ["INVALID_OPERATION"]}}], "data": null}
            """, json);
        Assert.DoesNotContain("secret", json);
        Assert.DoesNotContain("   at ", json);
    }

    [Fact]
    public async Task Introspection_stays_on()
    {
        using var app = new ApiApp();
        var data = await app.DataAsync(Introspection.Query);
        var types = JsonNode.Parse(data)!["__schema"]!["types"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).ToList();
        Assert.Contains("Entity", types);
        Assert.Contains("Relation", types);
        Assert.Contains("Evidence", types);
    }
}

/// <summary>The introspection query GraphQL IDEs send (GraphiQL's, with its seven-level TypeRef).</summary>
internal static class Introspection
{
    public const string Query = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
        }
        """;
}

public sealed class TimeoutTests
{
    private sealed class HangingSourceControl : ISourceControl
    {
        public async Task<IReadOnlyList<SourceDefinition>> ListAsync(CancellationToken ct)
        {
            await Task.Delay(Timeout.Infinite, ct);
            return [];
        }

        public Task<SourceCommandResult> AddSourceAsync(SourceDefinition source, CancellationToken ct) => throw new NotImplementedException();
        public Task<SourceCommandResult> CrawlNowAsync(IReadOnlyList<string> sourceNames, CancellationToken ct) => throw new NotImplementedException();
    }

    [Fact]
    public async Task An_operation_past_the_timeout_is_cancelled_with_a_timeout_error()
    {
        using var app = new ApiApp(new() { ["GraphQL:TimeoutSeconds"] = "1" }, s => s.AddSingleton<ISourceControl, HangingSourceControl>());
        var (_, json) = await app.PostAsync("{ sources { name } }");
        var errors = JsonNode.Parse(json)!["errors"]!.AsArray();
        Assert.Contains(errors, e => e!["extensions"]?["code"]?.GetValue<string>() == "TIMEOUT");
    }
}
