namespace MarketGraph.Api.GraphQL;

internal static partial class GraphQLLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Error, Message = "GraphQL resolver failed in {Path}")]
    public static partial void ResolverFailed(ILogger logger, Exception exception, string path);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "GraphQL request rejected: {Reason}")]
    public static partial void RequestRejected(ILogger logger, string reason);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "GraphQL rate limit reached for client {Client}")]
    public static partial void RateLimited(ILogger logger, string client);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "GraphQL mutation {Mutation} by an authorised caller")]
    public static partial void MutationRun(ILogger logger, string mutation);
}
