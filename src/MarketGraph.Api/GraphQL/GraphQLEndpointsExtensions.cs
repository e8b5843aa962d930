using MarketGraph.Api.GraphQL.Http;

namespace MarketGraph.Api.GraphQL;

public static class GraphQLEndpointsExtensions
{
    /// <summary>Maps /graphql: POST JSON, GET ?query= for reads, the IDE page for a browser; rate limited per client.</summary>
    public static WebApplication MapMarketGraphGraphQL(this WebApplication app)
    {
        GraphQLEndpoints.Map(app);
        return app;
    }
}
