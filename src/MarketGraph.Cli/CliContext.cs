using MarketGraph.Api.Composition;
using MarketGraph.Api.GraphQL;
using MarketGraph.Neo4j;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MarketGraph.Cli;

/// <summary>What every command gets: its output streams and the services of the data folder it works on.</summary>
public sealed class CliContext(TextWriter stdout, TextWriter stderr)
{
    public TextWriter Out { get; } = stdout;
    public TextWriter Error { get; } = stderr;

    /// <summary>--data DIR, else $MARKETGRAPH_DATA, else ./data.</summary>
    public static string ResolveDataDirectory(string? option) =>
        Path.GetFullPath(!string.IsNullOrWhiteSpace(option) ? option
            : Environment.GetEnvironmentVariable("MARKETGRAPH_DATA") is { Length: > 0 } env ? env
            : "data");

    /// <summary>
    /// Configuration as the web app sees it: appsettings.json beside the binary, environment variables
    /// (Graph__Store, Neo4j__Uri…), then the command line's own settings.
    /// </summary>
    public static IConfiguration BuildConfiguration(string dataDirectory) =>
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Graph:DataDirectory"] = dataDirectory })
            .Build();

    /// <summary>The same store and ingestion services as `serve`, without the web host.</summary>
    public static ServiceProvider BuildServices(string dataDirectory, bool verbose, bool withGraphQL = false, bool withNeo4jSync = false)
    {
        var configuration = BuildConfiguration(dataDirectory);
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging(b => b.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
            .SetMinimumLevel(verbose ? LogLevel.Information : LogLevel.Warning));
        services.AddMarketGraphStore(configuration);
        services.AddMarketGraphIngestion();
        if (withGraphQL) services.AddMarketGraphGraphQL();
        if (withNeo4jSync) services.AddNeo4jSync();
        return services.BuildServiceProvider();
    }
}
