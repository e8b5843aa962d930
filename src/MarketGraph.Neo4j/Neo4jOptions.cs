namespace MarketGraph.Neo4j;

/// <summary>
/// Configuration section "Neo4j". The password comes from <see cref="Password"/> (e.g. the environment
/// variable Neo4j__Password) or from <see cref="PasswordFile"/> (a Docker secret); it is never logged.
/// </summary>
public sealed class Neo4jOptions
{
    public const string Section = "Neo4j";

    /// <summary>HTTP address of the Query API, e.g. http://localhost:7474.</summary>
    public string Uri { get; set; } = "http://localhost:7474";
    public string User { get; set; } = "neo4j";
    public string? Password { get; set; }
    public string? PasswordFile { get; set; }
    /// <summary>When set, sent as a bearer token instead of basic auth (SSO deployments).</summary>
    public string? BearerToken { get; set; }
    public string Database { get; set; } = "neo4j";
    /// <summary>Attempts for a unit of work that fails with a Neo.TransientError.* code.</summary>
    public int MaxAttempts { get; set; } = 4;
    /// <summary>Rows per UNWIND batch when pushing a graph.</summary>
    public int BatchSize { get; set; } = 500;

    public string? ResolvePassword()
    {
        if (!string.IsNullOrEmpty(Password)) return Password;
        if (!string.IsNullOrWhiteSpace(PasswordFile) && File.Exists(PasswordFile)) return File.ReadAllText(PasswordFile).Trim();
        return null;
    }
}
