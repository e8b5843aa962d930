using System.Text;
using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using MarketGraph.Api.GraphQL.Schema;
using Microsoft.Extensions.Options;

namespace MarketGraph.Api.GraphQL.Http;

/// <summary>POST /graphql (JSON), GET /graphql?query= (reads only), and the IDE page for a browser's plain GET.</summary>
public static class GraphQLEndpoints
{
    public const string Path = "/graphql";
    public const string ResponseContentType = "application/graphql-response+json; charset=utf-8";

    public static void Map(WebApplication app)
    {
        app.UseRateLimiter();
        app.MapPost(Path, PostAsync).RequireRateLimiting(GraphQLRateLimiting.Policy);
        app.MapGet(Path, GetAsync).RequireRateLimiting(GraphQLRateLimiting.Policy);
    }

    private static async Task PostAsync(HttpContext http, GraphQLRunner runner, IGraphQLTextSerializer serializer, IOptions<GraphQLOptions> options, ILoggerFactory logs)
    {
        var limits = options.Value;
        var body = await ReadBodyAsync(http.Request, limits.MaxRequestBytes, http.RequestAborted);
        if (body is null)
        {
            await RejectAsync(http, logs, StatusCodes.Status413PayloadTooLarge, "REQUEST_TOO_LARGE", $"the request body is over {limits.MaxRequestBytes} bytes");
            return;
        }
        GraphQLRequest? request;
        try
        {
            request = serializer.Deserialize<GraphQLRequest>(body);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException or FormatException or ArgumentException)
        {
            await RejectAsync(http, logs, StatusCodes.Status400BadRequest, "INVALID_REQUEST", "the body is not a GraphQL request: expected JSON {\"query\": \"…\", \"variables\": {…}}");
            return;
        }
        if (string.IsNullOrWhiteSpace(request?.Query))
        {
            await RejectAsync(http, logs, StatusCodes.Status400BadRequest, "INVALID_REQUEST", "the request has no query");
            return;
        }
        var caller = new GraphQLCaller(ApiKeys.IsValid(ApiKeys.Presented(http.Request), limits.ApiKeys)) { User = http.User };
        await RespondAsync(http, runner, await runner.ExecuteAsync(request, caller, http.RequestAborted));
    }

    private static async Task GetAsync(HttpContext http, GraphQLRunner runner, IGraphQLTextSerializer serializer, IOptions<GraphQLOptions> options, ILoggerFactory logs)
    {
        var query = http.Request.Query["query"].ToString();
        if (string.IsNullOrWhiteSpace(query))
        {
            if (http.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase))
            {
                http.Response.ContentType = "text/html; charset=utf-8";
                await http.Response.WriteAsync(GraphQLIdePage.Html, http.RequestAborted);
                return;
            }
            await RejectAsync(http, logs, StatusCodes.Status400BadRequest, "INVALID_REQUEST", "give the operation as ?query=, or POST it as JSON");
            return;
        }
        Inputs? variables = null;
        if (http.Request.Query["variables"].ToString() is { Length: > 0 } json)
        {
            try
            {
                variables = serializer.Deserialize<Inputs>(json);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException or FormatException or ArgumentException)
            {
                await RejectAsync(http, logs, StatusCodes.Status400BadRequest, "INVALID_VARIABLES", "variables must be a JSON object");
                return;
            }
        }
        var request = new GraphQLRequest { Query = query, Variables = variables, OperationName = NullIfEmpty(http.Request.Query["operationName"].ToString()) };
        var caller = new GraphQLCaller(ApiKeys.IsValid(ApiKeys.Presented(http.Request), options.Value.ApiKeys), AllowMutations: false) { User = http.User };
        await RespondAsync(http, runner, await runner.ExecuteAsync(request, caller, http.RequestAborted));
    }

    private static async Task RespondAsync(HttpContext http, GraphQLRunner runner, ExecutionResult result)
    {
        http.Response.StatusCode = StatusOf(result);
        if (http.Response.StatusCode == StatusCodes.Status401Unauthorized) http.Response.Headers.WWWAuthenticate = "Bearer";
        http.Response.ContentType = ResponseContentType;
        await runner.SerializeAsync(http.Response.Body, result, http.RequestAborted);
    }

    /// <summary>200 when the operation ran (field errors included); 401/405 for refused mutations; 400 for other refusals.</summary>
    internal static int StatusOf(ExecutionResult result)
    {
        if (result.Executed) return StatusCodes.Status200OK;
        var codes = result.Errors?.Select(e => e.Code).ToList() ?? [];
        if (codes.Contains(MutationsRequireApiKeyRule.Unauthenticated)) return StatusCodes.Status401Unauthorized;
        if (codes.Contains(MutationsRequireApiKeyRule.MethodNotAllowed)) return StatusCodes.Status405MethodNotAllowed;
        return StatusCodes.Status400BadRequest;
    }

    /// <summary>The body as text, or null when it is longer than <paramref name="max"/> bytes (counted as read, not trusted from Content-Length).</summary>
    private static async Task<string?> ReadBodyAsync(HttpRequest request, int max, CancellationToken ct)
    {
        if (request.ContentLength > max) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > max) return null;
            buffer.Write(chunk, 0, read);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static async Task RejectAsync(HttpContext http, ILoggerFactory logs, int status, string code, string message)
    {
        GraphQLLog.RequestRejected(logs.CreateLogger(typeof(GraphQLEndpoints)), message);
        await WriteErrorAsync(http, status, code, message, http.RequestAborted);
    }

    internal static async Task WriteErrorAsync(HttpContext http, int status, string code, string message, CancellationToken ct)
    {
        var runner = http.RequestServices.GetRequiredService<GraphQLRunner>();
        http.Response.StatusCode = status;
        http.Response.ContentType = ResponseContentType;
        await runner.SerializeAsync(http.Response.Body, GraphQLRunner.ErrorResult(code, message), ct);
    }

    private static string? NullIfEmpty(string text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
