using MarketGraph.Core.Ports;
using MarketGraph.Neo4j.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MarketGraph.Neo4j.Tests;

public sealed class Neo4jServiceCollectionExtensionsTests
{
    [Fact]
    public async Task Binds_the_Neo4j_section_and_resolves_the_store_and_sync()
    {
        var passwordFile = Path.GetTempFileName();
        File.WriteAllText(passwordFile, "from-file\n");
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Neo4j:Uri"] = "http://neo4j:7474",
                ["Neo4j:PasswordFile"] = passwordFile,
                ["Neo4j:Database"] = "market",
            }).Build();
            var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();

            services.AddNeo4jGraphStore();
            await using var provider = services.BuildServiceProvider();

            var options = provider.GetRequiredService<IOptions<Neo4jOptions>>().Value;
            Assert.Equal("http://neo4j:7474", options.Uri);
            Assert.Equal("neo4j", options.User);
            Assert.Equal("market", options.Database);
            Assert.Equal("from-file", options.ResolvePassword());
            Assert.IsType<Neo4jGraphStore>(provider.GetRequiredService<IGraphStore>());
            Assert.NotNull(provider.GetRequiredService<Neo4jSync>());
            Assert.Equal("market", provider.GetRequiredService<Neo4jQueryApiClient>().Database);
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }
}
