using GraphQL;
using MarketGraph.Api.GraphQL.Loaders;
using MarketGraph.Core.Entities;
using MarketGraph.Core.Ports;

namespace MarketGraph.Api.GraphQL.Types;

/// <summary>What resolvers take from the request's services.</summary>
public static class ResolverContext
{
    public static IGraphStore Store(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<IGraphStore>();

    public static GraphLoaders Loaders(this IResolveFieldContext context) => context.RequestServices!.GetRequiredService<GraphLoaders>();

    public static GraphQLCaller Caller(this IResolveFieldContext context) =>
        (context.UserContext as MarketGraphUserContext)?.Caller ?? new GraphQLCaller(CanWrite: false);

    /// <summary>An entity given by id, else by exact name, alias or identifier (the best match).</summary>
    public static async Task<Entity?> FindEntityAsync(this IResolveFieldContext context, string idOrName)
    {
        var store = context.Store();
        return await store.GetEntityAsync(idOrName, context.CancellationToken)
               ?? (await store.FindEntitiesAsync(idOrName, context.CancellationToken)).FirstOrDefault();
    }

    /// <summary>Every entity an id or name can mean (a name may be shared by several entities).</summary>
    public static async Task<IReadOnlyList<string>> MatchingIdsAsync(this IResolveFieldContext context, string idOrName)
    {
        var store = context.Store();
        if (await store.GetEntityAsync(idOrName, context.CancellationToken) is { } byId) return [byId.Id];
        return (await store.FindEntitiesAsync(idOrName, context.CancellationToken)).Select(e => e.Id).ToList();
    }
}
