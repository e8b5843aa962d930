using System.Security.Claims;

namespace MarketGraph.Api.GraphQL;

/// <summary>Who runs an operation and what they may do: mutations need a key; GET may only read.</summary>
public sealed record GraphQLCaller(bool CanWrite, bool AllowMutations = true)
{
    /// <summary>The command line on the data folder's own machine: trusted.</summary>
    public static readonly GraphQLCaller InProcess = new(CanWrite: true);

    public ClaimsPrincipal? User { get; init; }
}

/// <summary>The per-operation user context: carries the caller to validation rules and resolvers.</summary>
public sealed class MarketGraphUserContext(GraphQLCaller caller) : Dictionary<string, object?>
{
    public GraphQLCaller Caller { get; } = caller;
}
