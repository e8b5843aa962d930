using System.Text.Json.Nodes;
using Hangfire;
using Hangfire.Storage;
using MarketGraph.Api.GraphQL;
using MarketGraph.Api.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace MarketGraph.Api.Tests;

/// <summary>The host's real source control: the catalogue, sources added through the API, crawls queued in Hangfire.</summary>
public sealed class SourceControlTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mg-sources-").FullName;
    private string CatalogFile => Path.Combine(_folder, "sources.json");
    private string DataFolder => Path.Combine(_folder, "data");

    public SourceControlTests() => File.WriteAllText(CatalogFile, """
        {"sources": [{"name": "local-notices", "kind": "decp", "url": "http://127.0.0.1:1/decp.json", "local": true, "schedule": "0 6 * * 1"}]}
        """);

    private ApiApp App() => new(new() { ["Sources:CatalogPath"] = CatalogFile, ["Graph:DataDirectory"] = DataFolder },
        services => services.AddSingleton<ISourceControl, HangfireSourceControl>());

    [Fact]
    public async Task Sources_lists_the_catalogue_and_added_sources_survive_a_restart()
    {
        using (var app = App())
        {
            Assert.Equal("""{"sources":[{"name":"local-notices","kind":"decp","configured":true}]}""",
                await app.DataAsync("{ sources { name kind configured } }"));

            var (status, json) = await app.PostAsync("""
                mutation { addSource(source: {name: "gov-feed", kind: "rss", url: "https://example.org/feed.xml", schedule: "0 7 * * *"}) { accepted message } }
                """, apiKey: ApiApp.ApiKey);
            Assert.True(status == 200, json);
            Assert.True(JsonNode.Parse(json)!["data"] is JsonObject, json);
            var result = JsonNode.Parse(json)!["data"]!["addSource"]!;
            Assert.Equal((true, "source 'gov-feed' added"), (result["accepted"]!.GetValue<bool>(), result["message"]!.GetValue<string>()));
        }
        using (var again = App())
        {
            Assert.Contains("gov-feed", await again.DataAsync("{ sources { name } }"));
        }
    }

    [Fact]
    public async Task A_bad_or_duplicate_source_is_refused_with_its_reason()
    {
        using var app = App();
        var (_, json) = await app.PostAsync("""
            mutation { addSource(source: {name: "local-notices", kind: "rss", url: "https://example.org/x"}) { accepted message } }
            """, apiKey: ApiApp.ApiKey);
        Assert.Contains("exists already", json);
        (_, json) = await app.PostAsync("""
            mutation { addSource(source: {name: "x", kind: "gopher", url: "https://example.org/x"}) { accepted message } }
            """, apiKey: ApiApp.ApiKey);
        Assert.Contains("\"accepted\":false", json);
    }

    [Fact]
    public async Task Crawl_now_queues_one_job_per_source_and_refuses_unknown_names()
    {
        using var app = App();
        var (_, json) = await app.PostAsync("""mutation { crawlNow(sources: ["nope"]) { accepted message } }""", apiKey: ApiApp.ApiKey);
        Assert.Contains("unknown source(s): nope", json);

        var direct = await app.Services.GetRequiredService<ISourceControl>().CrawlNowAsync(["local-notices"], default);
        Assert.True(direct.Accepted, direct.Message);
        (_, json) = await app.PostAsync("""mutation { crawlNow(sources: ["local-notices"]) { accepted message } }""", apiKey: ApiApp.ApiKey);

        Assert.Contains("\"accepted\":true", json);
        var monitor = app.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        Assert.Equal(2, monitor.EnqueuedCount("default"));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, true); } catch (IOException) { }
    }
}
