using MarketGraph.Api.Composition;
using MarketGraph.Api.Health;
using MarketGraph.Api.Explorer;
using MarketGraph.Api.Jobs;
using MarketGraph.Api.GraphQL;

namespace MarketGraph.Api;

/// <summary>The web app's table of contents: one line per feature. `./marketgraph serve` and tests build it here.</summary>
public static class MarketGraphWebApp
{
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);

        builder.Services.AddMarketGraphStore(builder.Configuration);
        builder.Services.AddMarketGraphIngestion();
        builder.Services.AddMarketGraphJobs(builder.Configuration);
        builder.Services.AddMarketGraphGraphQL();

        var app = builder.Build();

        app.UseMarketGraphStartup();
        app.MapHealth();
        app.MapExplorer();
        app.MapMarketGraphGraphQL();
        app.MapMarketGraphJobs();
        return app;
    }
}
