using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MarketGraph.Api.Tests;

/// <summary>The journalists' explorer (Explorer/assets/explorer.js) sends these operations: they must keep working.</summary>
public sealed partial class ExplorerContractTests
{
    private static Dictionary<string, string> ExplorerQueries()
    {
        var script = File.ReadAllText(Path.Combine(SchemaTests.RepositoryRoot(), "src", "MarketGraph.Api", "Explorer", "assets", "explorer.js"));
        return QueryLiteral().Matches(script).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
    }

    [Fact]
    public async Task Every_explorer_query_runs_without_errors()
    {
        var queries = ExplorerQueries();
        Assert.Equal(["evidence", "neighbours", "paths", "search"], queries.Keys.Order().ToArray());
        using var app = new ApiApp();
        await app.SeedAsync();
        var variables = new Dictionary<string, object>
        {
            ["search"] = new { text = "orange" },
            ["neighbours"] = new { id = "org:orange", depth = 2, types = new[] { "OWNS_STAKE", "SUPPLIES" }, asOf = "2020-01-01" },
            ["evidence"] = new { id = "SUPPLIES|org:huawei|org:orange" },
            ["paths"] = new { from = "org:huawei", to = "org:cloudwatt", types = (string[]?)null },
        };
        foreach (var (name, query) in queries)
        {
            var data = JsonNode.Parse(await app.DataAsync(query, variables[name]))!;
            Assert.True(data.AsObject().Count > 0, name);
        }
        var evidence = JsonNode.Parse(await app.DataAsync(queries["evidence"], variables["evidence"]))!;
        Assert.Equal("OpenStack", evidence["relation"]!["properties"]!["technology"]!.GetValue<string>());
    }

    [GeneratedRegex(@"(\w+): `([^`]*)`")]
    private static partial Regex QueryLiteral();
}
