using Microsoft.Extensions.Logging;

namespace MarketGraph.Neo4j.Client;

internal static partial class Neo4jLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning, Message = "Neo4j transient error {Code}, attempt {Attempt} of {MaxAttempts}; retrying in {DelayMs} ms")]
    public static partial void RetryingTransient(ILogger logger, string code, int attempt, int maxAttempts, long delayMs);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Debug, Message = "Neo4j statement failed with {Code} (HTTP {Status})")]
    public static partial void StatementFailed(ILogger logger, string code, int status);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Debug, Message = "Neo4j transaction {TransactionId} rolled back")]
    public static partial void RolledBack(ILogger logger, string transactionId);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Information, Message = "Neo4j schema applied: {Statements} statements on database {Database}")]
    public static partial void SchemaApplied(ILogger logger, int statements, string database);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Information, Message = "Neo4j sync pushed {Entities} entities, {Documents} documents, {Claims} claims")]
    public static partial void SyncPushed(ILogger logger, int entities, int documents, int claims);
}
