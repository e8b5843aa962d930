namespace MarketGraph.Api.GraphQL;

/// <summary>Limits and keys of the GraphQL API ("GraphQL" section). Defaults are safe for a public server.</summary>
public sealed class GraphQLOptions
{
    public const string Section = "GraphQL";

    /// <summary>Deepest selection nesting accepted (the standard introspection query needs about 13).</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Largest estimated cost of one operation (list fields multiply their children by first/default page size).</summary>
    public int MaxComplexity { get; set; } = 50_000;

    /// <summary>Largest <c>first</c> a connection accepts.</summary>
    public int MaxPageSize { get; set; } = 100;

    /// <summary>Page size when <c>first</c> is not given.</summary>
    public int DefaultPageSize { get; set; } = 20;

    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Largest POST body accepted, in bytes.</summary>
    public int MaxRequestBytes { get; set; } = 64 * 1024;

    /// <summary>Requests per minute per client (API key, else remote address); 0 turns rate limiting off.</summary>
    public int RateLimit { get; set; } = 300;

    /// <summary>Keys that may run mutations, sent as <c>X-Api-Key</c> or <c>Authorization: Bearer</c>. None: no mutations over HTTP.</summary>
    public List<string> ApiKeys { get; set; } = [];
}
