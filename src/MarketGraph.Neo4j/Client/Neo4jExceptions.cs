namespace MarketGraph.Neo4j.Client;

/// <summary>A failure reported by Neo4j: <see cref="Code"/> is the Neo4j status code ("Neo.ClientError.Statement.SyntaxError").</summary>
public class Neo4jException(string code, string message, int httpStatus) : Exception($"{code}: {message}")
{
    public string Code { get; } = code;
    public string ServerMessage { get; } = message;
    public int HttpStatus { get; } = httpStatus;
}

/// <summary>Bad credentials or missing rights (HTTP 401/403, Neo.ClientError.Security.*). Never retried.</summary>
public sealed class Neo4jAuthenticationException(string code, string message, int httpStatus) : Neo4jException(code, message, httpStatus);

/// <summary>The request was wrong (syntax, constraint, unknown database…): Neo.ClientError.*. Never retried.</summary>
public class Neo4jClientException(string code, string message, int httpStatus) : Neo4jException(code, message, httpStatus);

/// <summary>The explicit transaction is gone: it timed out, was rolled back, or the affinity header was lost.</summary>
public sealed class Neo4jTransactionExpiredException(string code, string message, int httpStatus) : Neo4jClientException(code, message, httpStatus);

/// <summary>Neo.TransientError.*: the work was rolled back and may succeed if tried again.</summary>
public sealed class Neo4jTransientException(string code, string message, int httpStatus) : Neo4jException(code, message, httpStatus);

/// <summary>Neo.DatabaseError.* or an unexpected server answer.</summary>
public sealed class Neo4jDatabaseException(string code, string message, int httpStatus) : Neo4jException(code, message, httpStatus);

public static class Neo4jErrors
{
    public static Neo4jException From(string? code, string? message, int httpStatus)
    {
        code ??= httpStatus == 401 ? "Neo.ClientError.Security.Unauthorized" : $"Http.{httpStatus}";
        message ??= "no message";
        if (httpStatus is 401 or 403 || code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal))
            return new Neo4jAuthenticationException(code, message, httpStatus);
        if (code.StartsWith("Neo.TransientError.", StringComparison.Ordinal))
            return new Neo4jTransientException(code, message, httpStatus);
        if (code is "Neo.ClientError.Transaction.TransactionNotFound" or "Neo.ClientError.Request.TransactionNotFound"
            || code.StartsWith("Neo.ClientError.Transaction.TransactionTimedOut", StringComparison.Ordinal))
            return new Neo4jTransactionExpiredException(code, message, httpStatus);
        if (code.StartsWith("Neo.ClientError.", StringComparison.Ordinal) || httpStatus is >= 400 and < 500)
            return new Neo4jClientException(code, message, httpStatus);
        return new Neo4jDatabaseException(code, message, httpStatus);
    }
}
