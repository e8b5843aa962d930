using System.CommandLine;
using MarketGraph.Core.Ingestion;
using MarketGraph.Extraction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MarketGraph.Cli.Commands;

/// <summary>extract PATH [--format json]: extraction only, nothing stored; JSON on stdout (DESIGN.md).</summary>
public static class ExtractCommand
{
    public static Command Create(CliContext context)
    {
        var path = new Argument<string>("path") { Description = ".txt, .html, .xml notice or .json corpus file" };
        var format = new Option<string>("--format") { Description = "Output format", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json");
        var command = new Command("extract", "Extract only, store nothing; JSON on stdout") { path, format };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = CliContext.BuildServices(CliContext.ResolveDataDirectory(parse.GetValue(MarketGraphCli.DataOption)), parse.GetValue(MarketGraphCli.VerboseOption));
            var file = parse.GetValue(path)!;
            if (!File.Exists(file)) throw new Core.Documents.InvalidInputException($"{file}: no such file");
            var document = services.GetRequiredService<DocumentReaders>().Read(InputFiles.Read(file, services.GetRequiredService<TimeProvider>()));
            var minConfidence = services.GetRequiredService<IOptions<IngestionOptions>>().Value.MinConfidence;
            var extraction = services.GetRequiredService<ClaimExtractors>().Extract(document, minConfidence, ct);
            await using var stdout = new MemoryStream();
            ExtractionJson.Write(stdout, document, extraction);
            await context.Out.WriteLineAsync(System.Text.Encoding.UTF8.GetString(stdout.ToArray()));
            return ExitCodes.Success;
        });
        return command;
    }
}
