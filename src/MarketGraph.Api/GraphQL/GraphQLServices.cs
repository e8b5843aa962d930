using System.Text.Encodings.Web;
using GraphQL;
using GraphQL.Validation.Complexity;
using MarketGraph.Api.GraphQL.Http;
using MarketGraph.Api.GraphQL.Loaders;
using MarketGraph.Api.GraphQL.Schema;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MarketGraph.Api.GraphQL;

public static class GraphQLServices
{
    /// <summary>
    /// The schema, its executer with depth/complexity limits, the request-scoped batch loaders, the
    /// <see cref="GraphQLRunner"/> (used by /graphql and the CLI's query command) and the per-client rate limiter.
    /// Needs an <see cref="Core.Ports.IGraphStore"/>; registers a <see cref="NotConfiguredSourceControl"/> unless the host has one.
    /// </summary>
    public static IServiceCollection AddMarketGraphGraphQL(this IServiceCollection services)
    {
        services.AddOptions<GraphQLOptions>().BindConfiguration(GraphQLOptions.Section);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ISourceControl, NotConfiguredSourceControl>();
        services.AddScoped<GraphLoaders>();
        services.AddSingleton<GraphQLRunner>();
        services.AddGraphQL(b => b
            .AddSchema<MarketGraphSchema>()
            .AddGraphTypes(typeof(MarketGraphSchema).Assembly)
            .AddSystemTextJson(o => o.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddValidationRule<MutationsRequireApiKeyRule>()
            .AddErrorInfoProvider(o => o.ExposeExceptionDetails = false)
            .AddComplexityAnalyzer((c, sp) =>
            {
                var options = sp.GetRequiredService<IOptions<GraphQLOptions>>().Value;
                c.MaxDepth = options.MaxDepth;
                c.MaxComplexity = options.MaxComplexity;
                c.DefaultListImpactMultiplier = options.DefaultPageSize;
                // introspection stays on whatever the limits: IDEs' schema queries cost nothing
                var fallback = c.DefaultComplexityImpactDelegate;
                c.DefaultComplexityImpactDelegate = f =>
                    f.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal) || f.ParentType.Name.StartsWith("__", StringComparison.Ordinal)
                        ? new FieldComplexityResult(0, 1)
                        : fallback(f);
            })
            .AddUnhandledExceptionHandler(ctx =>
            {
                // the message of an unexpected failure stays in the log; clients get "Error trying to resolve field …"
                var logger = ctx.Context?.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger<GraphQLRunner>();
                if (logger is not null) GraphQLLog.ResolverFailed(logger, ctx.OriginalException, ctx.FieldContext?.Path is { } path ? string.Join('.', path) : "");
            }));
        services.AddGraphQLRateLimiting();
        return services;
    }
}
