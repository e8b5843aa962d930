using System.CommandLine;
using MarketGraph.Core.Documents;
using MarketGraph.Core.Ports;
using MarketGraph.Neo4j;
using Microsoft.Extensions.DependencyInjection;

namespace MarketGraph.Cli.Commands;

/// <summary>sync neo4j: pushes the embedded graph to the Neo4j of Neo4j:Uri (idempotent: MERGE on ids).</summary>
public static class SyncCommand
{
    public static Command Create(CliContext context)
    {
        var target = new Argument<string>("target") { Description = "Where to push the embedded graph: neo4j" };
        target.AcceptOnlyFromAmong("neo4j");
        var command = new Command("sync", "Push the embedded graph to Neo4j (Neo4j__Uri, Neo4j__User, Neo4j__Password)") { target };
        command.SetAction(async (parse, ct) =>
        {
            var data = CliContext.ResolveDataDirectory(parse.GetValue(MarketGraphCli.DataOption));
            await using var services = CliContext.BuildServices(data, parse.GetValue(MarketGraphCli.VerboseOption), withNeo4jSync: true);
            var store = services.GetRequiredService<IGraphStore>();
            if (store is Neo4jGraphStore) throw new InvalidInputException("sync pushes the embedded SQLite graph: unset Graph__Store=neo4j");
            await store.InitialiseAsync(ct);
            var report = await services.GetRequiredService<Neo4jSync>().PushAsync(store, ct);
            await context.Out.WriteLineAsync($"pushed {report.Entities} entities, {report.Documents} documents, {report.Claims} claims, {report.Edges} edges in {report.Statements} statements");
            return ExitCodes.Success;
        });
        return command;
    }
}
