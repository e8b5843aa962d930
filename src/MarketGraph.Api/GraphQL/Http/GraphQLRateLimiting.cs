using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace MarketGraph.Api.GraphQL.Http;

/// <summary>A fixed window of GraphQL:RateLimit requests a minute per client: its API key, else its remote address.</summary>
public static class GraphQLRateLimiting
{
    public const string Policy = "graphql";

    public static IServiceCollection AddGraphQLRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Policy, http =>
            {
                var limit = http.RequestServices.GetRequiredService<IOptions<GraphQLOptions>>().Value.RateLimit;
                if (limit <= 0) return RateLimitPartition.GetNoLimiter("off");
                return RateLimitPartition.GetFixedWindowLimiter(ClientOf(http), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limit,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            o.OnRejected = async (context, ct) =>
            {
                var http = context.HttpContext;
                var logger = http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(GraphQLRateLimiting));
                GraphQLLog.RateLimited(logger, ClientOf(http));
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                    http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await GraphQLEndpoints.WriteErrorAsync(http, StatusCodes.Status429TooManyRequests, "RATE_LIMITED", "too many requests: try again in a minute", ct);
            };
        });
        return services;
    }

    internal static string ClientOf(HttpContext http) =>
        ApiKeys.Presented(http.Request) is { Length: > 0 } key ? "key:" + ApiKeys.Label(key) : "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
