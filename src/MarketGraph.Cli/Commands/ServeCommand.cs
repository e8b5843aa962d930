using System.CommandLine;
using MarketGraph.Api;
using Microsoft.Extensions.Hosting;

namespace MarketGraph.Cli.Commands;

/// <summary>serve [--urls URL]: the web app (explorer, /graphql, /jobs, /health) on the data folder's graph.</summary>
public static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var urls = new Option<string>("--urls") { Description = "Addresses to listen on", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var command = new Command("serve", "Run the web app: / explorer, /graphql, /jobs dashboard") { urls };
        command.SetAction(async (parse, ct) =>
        {
            var data = CliContext.ResolveDataDirectory(parse.GetValue(MarketGraphCli.DataOption));
            Directory.CreateDirectory(data);
            var app = MarketGraphWebApp.Create(["--urls", parse.GetValue(urls)!, "--Graph:DataDirectory", data]);
            await context.Out.WriteLineAsync($"MarketGraph on {parse.GetValue(urls)} (data: {data}); Ctrl+C stops it");
            await app.StartAsync(ct);
            await app.WaitForShutdownAsync(ct);
            return ExitCodes.Success;
        });
        return command;
    }
}
