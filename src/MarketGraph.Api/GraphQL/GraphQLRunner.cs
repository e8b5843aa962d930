using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace MarketGraph.Api.GraphQL;

/// <summary>
/// Runs GraphQL operations against the one MarketGraph schema: /graphql calls it per request, the CLI's
/// query command in-process. Each operation gets its own DI scope (so its own batch loaders), the configured
/// timeout, and the caller's rights.
/// </summary>
public sealed class GraphQLRunner(
    IDocumentExecuter<ISchema> executer,
    IGraphQLTextSerializer serializer,
    IServiceScopeFactory scopes,
    IOptions<GraphQLOptions> options)
{
    /// <summary>In-process (trusted) execution; the response as JSON ({"data": …, "errors": […]}).</summary>
    public async Task<string> ExecuteAsync(string query, string? variablesJson, string? operationName, CancellationToken ct)
    {
        Inputs? variables;
        try
        {
            variables = string.IsNullOrWhiteSpace(variablesJson) ? null : serializer.Deserialize<Inputs>(variablesJson);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException)
        {
            return Serialize(ErrorResult("INVALID_VARIABLES", "variables must be a JSON object"));
        }
        var result = await ExecuteAsync(new GraphQLRequest { Query = query, Variables = variables, OperationName = operationName }, GraphQLCaller.InProcess, ct);
        return Serialize(result);
    }

    public async Task<ExecutionResult> ExecuteAsync(GraphQLRequest request, GraphQLCaller caller, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = request.Query,
            Variables = request.Variables,
            Extensions = request.Extensions,
            OperationName = request.OperationName,
            RequestServices = scope.ServiceProvider,
            User = caller.User,
            UserContext = new MarketGraphUserContext(caller),
            CancellationToken = ct,
            Timeout = TimeSpan.FromSeconds(Math.Max(1, options.Value.TimeoutSeconds)),
            TimeoutAction = TimeoutAction.ReturnTimeoutError,
        });
        return result;
    }

    public string Serialize(ExecutionResult result) => serializer.Serialize(result);

    public Task SerializeAsync(Stream stream, ExecutionResult result, CancellationToken ct) => serializer.WriteAsync(stream, result, ct);

    public static ExecutionResult ErrorResult(string code, string message) =>
        new() { Executed = false, Errors = [new ExecutionError(message) { Code = code }] };
}
