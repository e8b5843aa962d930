using MarketGraph.Core.Ports;
using MarketGraph.Neo4j.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MarketGraph.Neo4j;

public static class Neo4jServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Query API client (typed HttpClient), <see cref="Neo4jGraphStore"/> as <see cref="IGraphStore"/>,
    /// and <see cref="Neo4jSync"/>, configured from the "Neo4j" section.
    /// </summary>
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services)
    {
        services.AddOptions<Neo4jOptions>().BindConfiguration(Neo4jOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient<Neo4jQueryApiClient>(http => http.Timeout = TimeSpan.FromMinutes(5));
        services.AddSingleton<Neo4jGraphStore>();
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<Neo4jGraphStore>());
        services.AddTransient<Neo4jSync>();
        return services;
    }

    /// <summary>Only the client and <see cref="Neo4jSync"/>, for <c>sync neo4j</c> when the host's own store stays SQLite.</summary>
    public static IServiceCollection AddNeo4jSync(this IServiceCollection services)
    {
        services.AddOptions<Neo4jOptions>().BindConfiguration(Neo4jOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient<Neo4jQueryApiClient>(http => http.Timeout = TimeSpan.FromMinutes(5));
        services.AddTransient<Neo4jSync>();
        return services;
    }
}
