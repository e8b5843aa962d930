using MarketGraph.Core.Ports;
using MarketGraph.Neo4j.Client;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MarketGraph.Neo4j.Tests;

/// <summary>
/// Says, in every test run, whether the Neo4j store contract suite ran: it needs a live server (NEO4J_URI,
/// NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE) and is compiled in only when NEO4J_URI is set at build time.
/// </summary>
public sealed class Neo4jContractSuiteNotice
{
    [Neo4jFact]
    public void Contract_suite_is_compiled_in_when_NEO4J_URI_is_set()
    {
#if NEO4J_LIVE
        Assert.True(true);
#else
        Assert.Fail("NEO4J_URI is set now but was not when this project was built: rebuild so the contract suite is compiled in");
#endif
    }

    internal static Neo4jQueryApiClient LiveClient() => new(new HttpClient(), Options.Create(new Neo4jOptions
    {
        Uri = Environment.GetEnvironmentVariable("NEO4J_URI") ?? "http://localhost:7474",
        User = Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
        Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
        Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") ?? "neo4j",
    }), TimeProvider.System, NullLogger<Neo4jQueryApiClient>.Instance);
}

#if NEO4J_LIVE
/// <summary>The shared store contract against a live Neo4j. The database named by NEO4J_DATABASE is EMPTIED before each test.</summary>
[Collection("live-neo4j")]
public sealed class Neo4jGraphStoreContractTests : MarketGraph.StoreContract.GraphStoreContract
{
    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var client = Neo4jContractSuiteNotice.LiveClient();
        await client.RunAsync(CypherFiles.Get("test-reset"));
        return new Neo4jGraphStore(client, NullLogger<Neo4jGraphStore>.Instance);
    }
}
#endif
