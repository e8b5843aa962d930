using System.CommandLine;
using MarketGraph.Core.Export;
using MarketGraph.Core.Ports;
using MarketGraph.Neo4j;
using Microsoft.Extensions.DependencyInjection;

namespace MarketGraph.Cli.Commands;

/// <summary>export --format graphml|cypher|csv [--output FILE]: the whole graph with evidence.</summary>
public static class ExportCommand
{
    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format") { Description = "graphml, cypher or csv", Required = true };
        format.AcceptOnlyFromAmong("graphml", "cypher", "csv");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of stdout" };
        var command = new Command("export", "Export the whole graph, with evidence") { format, output };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = CliContext.BuildServices(CliContext.ResolveDataDirectory(parse.GetValue(MarketGraphCli.DataOption)), parse.GetValue(MarketGraphCli.VerboseOption));
            var store = services.GetRequiredService<IGraphStore>();
            await store.InitialiseAsync(ct);
            var path = parse.GetValue(output);
            // write to a temporary file first so a failed export never leaves half a file behind
            var temp = path is null ? null : path + ".partial";
            await using (var writer = temp is null ? null : new StreamWriter(temp, false, new System.Text.UTF8Encoding(false)))
            {
                var target = (TextWriter?)writer ?? context.Out;
                switch (parse.GetValue(format))
                {
                    case "graphml": await GraphMlExporter.WriteAsync(store, target, ct); break;
                    case "cypher": await CypherExport.WriteAsync(store, target, ct); break;
                    default: await CsvExporter.WriteAsync(store, target, ct); break;
                }
                await target.FlushAsync(ct);
            }
            if (temp is not null) File.Move(temp, path!, overwrite: true);
            return ExitCodes.Success;
        });
        return command;
    }
}
