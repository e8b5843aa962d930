using System.CommandLine;
using MarketGraph.Cli.Commands;
using MarketGraph.Core.Documents;

namespace MarketGraph.Cli;

/// <summary>
/// The command line (DESIGN.md, "Command line"): exit 0 on success, 1 on a run-time failure, 2 on bad usage
/// or bad input, with one clear line on stderr (the stack trace only with --verbose).
/// </summary>
public static class MarketGraphCli
{
    public static readonly Option<string?> DataOption = new("--data")
    {
        Description = "Data folder (default: $MARKETGRAPH_DATA, else ./data)",
        Recursive = true,
    };

    public static readonly Option<bool> VerboseOption = new("--verbose")
    {
        Description = "Log progress and show stack traces of errors",
        Recursive = true,
    };

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken ct = default)
    {
        var context = new CliContext(stdout, stderr);
        var root = new RootCommand("MarketGraph: market intelligence on the public-sector cloud market, as a knowledge graph.");
        root.Options.Add(DataOption);
        root.Options.Add(VerboseOption);
        foreach (var command in new[]
                 {
                     ServeCommand.Create(context), IngestCommand.Create(context), ExtractCommand.Create(context),
                     EvalCommand.Create(context), TrainCommand.Create(context), CrawlCommand.Create(context), QueryCommand.Create(context), ExportCommand.Create(context),
                     SyncCommand.Create(context),
                 })
        {
            root.Subcommands.Add(command);
        }

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            await stderr.WriteLineAsync($"error: {parsed.Errors[0].Message} (see 'marketgraph --help')");
            return ExitCodes.BadInput;
        }
        try
        {
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false }, ct);
        }
        catch (Exception e) when (e is InvalidInputException or FileNotFoundException or DirectoryNotFoundException)
        {
            return await FailAsync(stderr, e, parsed.GetValue(VerboseOption), ExitCodes.BadInput);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await stderr.WriteLineAsync("error: cancelled");
            return ExitCodes.Failure;
        }
        catch (Exception e)
        {
            return await FailAsync(stderr, e, parsed.GetValue(VerboseOption), ExitCodes.Failure);
        }
    }

    private static async Task<int> FailAsync(TextWriter stderr, Exception e, bool verbose, int code)
    {
        await stderr.WriteLineAsync($"error: {OneLine(e.Message)}");
        if (verbose) await stderr.WriteLineAsync(e.ToString());
        return code;
    }

    public static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}

public static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int BadInput = 2;
}
