using System.Net.Http.Headers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using MarketGraph.Api.GraphQL;
using MarketGraph.Core.Ports;
using MarketGraph.Sqlite;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MarketGraph.Api.Tests;

/// <summary>The real app over a real SQLite file in a temp folder, the store wrapped in a call counter. One per test.</summary>
public sealed class ApiApp : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-key-1";

    private readonly string _folder = Directory.CreateTempSubdirectory("mg-api-").FullName;
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    public ApiApp(Dictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _services = services;
        _settings = new Dictionary<string, string?>
        {
            ["Graph:DataDirectory"] = _folder,
            ["Graph:LoadSampleWhenEmpty"] = "false",
            ["Jobs:Enabled"] = "false",
            ["Jobs:Storage"] = "memory",
            ["Jobs:ScheduleSources"] = "false",
            ["GraphQL:ApiKeys:0"] = ApiKey,
        };
        foreach (var (k, v) in settings ?? []) _settings[k] = v;
    }

    public CountingGraphStore Store => (CountingGraphStore)Services.GetRequiredService<IGraphStore>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (k, v) in _settings) builder.UseSetting(k, v);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IGraphStore>(sp => new CountingGraphStore(
                new SqliteGraphStore(new SqliteStoreOptions { DatabasePath = Path.Combine(_folder, "marketgraph.db") }, TimeProvider.System)));
            // these tests are about the GraphQL layer: the crawler's ISourceControl is replaced by the default
            services.AddSingleton<ISourceControl, NotConfiguredSourceControl>();
            _services?.Invoke(services);
        });
    }

    public async Task<CountingGraphStore> SeedAsync()
    {
        var store = Store;
        await SampleGraph.SeedAsync(store);
        store.Reset();
        return store;
    }

    public async Task<(int Status, string Json)> PostAsync(string query, object? variables = null, string? apiKey = null, string? bearer = null)
    {
        using var client = CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        if (apiKey is not null) request.Headers.Add("X-Api-Key", apiKey);
        if (bearer is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The "data" member of a successful response (fails the test on errors).</summary>
    public async Task<string> DataAsync(string query, object? variables = null)
    {
        var (status, json) = await PostAsync(query, variables);
        Assert.True(status == 200, $"HTTP {status}: {json}");
        var node = JsonNode.Parse(json)!;
        Assert.True(node["errors"] is null, json);
        return node["data"]!.ToJsonString();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, true); } catch (IOException) { }
    }
}

public static class Json
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Normalise(string json) => JsonNode.Parse(json)!.ToJsonString(Indented);

    public static void Equal(string expected, string actual) => Assert.Equal(Normalise(expected), Normalise(actual));
}
