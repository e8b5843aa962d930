using System.CommandLine;
using System.Text.Json;
using MarketGraph.Api.GraphQL;
using MarketGraph.Core.Documents;
using MarketGraph.Core.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace MarketGraph.Cli.Commands;

/// <summary>query 'GRAPHQL' [--variables JSON]: the API's schema in-process; the response JSON on stdout.</summary>
public static class QueryCommand
{
    public static Command Create(CliContext context)
    {
        var query = new Argument<string>("graphql") { Description = "A GraphQL operation" };
        var variables = new Option<string?>("--variables") { Description = "Variables as a JSON object" };
        var operation = new Option<string?>("--operation") { Description = "Operation name when the document has several" };
        var command = new Command("query", "Run a GraphQL operation in-process; JSON on stdout") { query, variables, operation };
        command.SetAction(async (parse, ct) =>
        {
            var vars = parse.GetValue(variables);
            if (vars is not null)
            {
                try
                {
                    using var _ = JsonDocument.Parse(vars);
                }
                catch (JsonException e)
                {
                    throw new InvalidInputException($"--variables is not valid JSON ({e.Message.Split('.')[0]})");
                }
            }
            var data = CliContext.ResolveDataDirectory(parse.GetValue(MarketGraphCli.DataOption));
            await using var services = CliContext.BuildServices(data, parse.GetValue(MarketGraphCli.VerboseOption), withGraphQL: true);
            await services.GetRequiredService<IGraphStore>().InitialiseAsync(ct);
            var json = await services.GetRequiredService<GraphQLRunner>().ExecuteAsync(parse.GetValue(query)!, vars, parse.GetValue(operation), ct);
            await context.Out.WriteLineAsync(json);
            using var result = JsonDocument.Parse(json);
            var hasErrors = result.RootElement.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0;
            var hasData = result.RootElement.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object;
            return !hasErrors ? ExitCodes.Success : hasData ? ExitCodes.Failure : ExitCodes.BadInput;
        });
        return command;
    }
}
