using System.Net.Http.Headers;
using MarketGraph.Api.GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace MarketGraph.Api.Tests;

public sealed class HttpTests
{
    [Fact]
    public async Task A_browser_get_shows_the_ide_page_with_the_example_questions()
    {
        using var app = new ApiApp();
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml");
        using var response = await client.GetAsync("/graphql");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>MarketGraph GraphQL</title>", html);
        Assert.Contains("suppliers(technology: \"OpenStack\"", html);
        Assert.Contains("ownership(entity: $entity", html);
        Assert.Contains("paths(from: $from, to: $to", html);
        Assert.True(html.Length < 20_000, $"the IDE page is meant to be light ({html.Length} chars)");
    }

    [Fact]
    public async Task Get_with_a_query_executes_it()
    {
        using var app = new ApiApp();
        await app.SeedAsync();
        using var client = app.CreateClient();
        using var response = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("query ($t: String!) { search(text: $t) { totalCount } }")
                                                   + "&variables=" + Uri.EscapeDataString("{\"t\": \"huawei\"}"));
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType?.MediaType);
        Json.Equal("""{"data": {"search": {"totalCount": 1}}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_without_a_query_from_a_program_is_a_400()
    {
        using var app = new ApiApp();
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await client.GetAsync("/graphql");
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("INVALID_REQUEST", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_in_process_runner_is_trusted_and_checks_its_variables()
    {
        using var app = new ApiApp();
        await app.SeedAsync();
        var runner = app.Services.GetRequiredService<GraphQLRunner>();
        var json = await runner.ExecuteAsync("query ($n: String!) { entity(name: $n) { name } }", """{"n": "Orange"}""", null, CancellationToken.None);
        Json.Equal("""{"data": {"entity": {"name": "Orange"}}}""", json);
        json = await runner.ExecuteAsync("mutation { crawlNow { accepted message } }", null, null, CancellationToken.None);
        Json.Equal("""{"data": {"crawlNow": {"accepted": false, "message": "crawling is not configured"}}}""", json);
        json = await runner.ExecuteAsync("{ sources { name } }", "{not json", null, CancellationToken.None);
        Json.Equal("""{"errors": [{"message": "variables must be a JSON object", "extensions": {"code": "INVALID_VARIABLES", "codes": ["INVALID_VARIABLES"]}}]}""", json);
    }
}
