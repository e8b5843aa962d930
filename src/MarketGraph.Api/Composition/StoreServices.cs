using MarketGraph.Core.Documents;
using MarketGraph.Core.Ports;
using MarketGraph.Neo4j;
using MarketGraph.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MarketGraph.Api.Composition;

public static class StoreServices
{
    /// <summary>The graph store named by Graph:Store: the embedded SQLite file (default) or Neo4j.</summary>
    public static IServiceCollection AddMarketGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        var kind = (configuration[$"{GraphOptions.Section}:Store"] ?? "sqlite").Trim().ToLowerInvariant();
        switch (kind)
        {
            case "sqlite":
                services.AddSingleton<IGraphStore>(sp =>
                {
                    var options = sp.GetRequiredService<IOptions<GraphOptions>>().Value;
                    Directory.CreateDirectory(options.DataDirectory);
                    return new SqliteGraphStore(new SqliteStoreOptions { DatabasePath = options.SqlitePath }, sp.GetRequiredService<TimeProvider>());
                });
                break;
            case "neo4j":
                services.AddNeo4jGraphStore();
                break;
            default:
                throw new InvalidInputException($"Graph:Store must be 'sqlite' or 'neo4j', not '{kind}'");
        }
        return services;
    }
}
