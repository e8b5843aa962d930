using System.CommandLine;
using MarketGraph.Core.Documents;
using MarketGraph.Core.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using MarketGraph.Core.Ports;

namespace MarketGraph.Cli.Commands;

/// <summary>
/// ingest PATH|URL...: every input is read and parsed first; if any is bad input nothing is stored
/// (exit 2), otherwise each document is extracted and stored, one line per document.
/// </summary>
public static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files, folders or http(s) URLs", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest", "Fetch if URL, extract, and add to the graph; a line per document") { inputs };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = CliContext.BuildServices(CliContext.ResolveDataDirectory(parse.GetValue(MarketGraphCli.DataOption)), parse.GetValue(MarketGraphCli.VerboseOption));
            var time = services.GetRequiredService<TimeProvider>();
            var readers = services.GetRequiredService<DocumentReaders>();

            var documents = new List<Document>();
            var failures = 0;
            foreach (var input in parse.GetValue(inputs)!)
            {
                try
                {
                    if (UrlInput.IsUrl(input))
                    {
                        documents.Add(readers.Read(await UrlInput.FetchAsync(services, input, ct)));
                        continue;
                    }
                    foreach (var file in InputFiles.Expand(input)) documents.Add(readers.Read(InputFiles.Read(file, time)));
                }
                catch (InvalidInputException e)
                {
                    failures++;
                    await context.Error.WriteLineAsync($"error: {MarketGraphCli.OneLine(e.Message)}");
                }
            }
            if (failures > 0)
            {
                await context.Error.WriteLineAsync($"nothing stored: {failures} input(s) could not be read");
                return ExitCodes.BadInput;
            }

            var store = services.GetRequiredService<IGraphStore>();
            await store.InitialiseAsync(ct);
            var ingestor = services.GetRequiredService<DocumentIngestor>();
            foreach (var document in documents)
            {
                var result = await ingestor.IngestAsync(document, ct);
                var what = result.AlreadyStored ? "unchanged" : "stored   ";
                var counts = result.AlreadyStored ? "" : $"  +{result.EntitiesCreated} entities, {result.ClaimsStored} claims" + (result.ClaimsRejected > 0 ? $" ({result.ClaimsRejected} rejected)" : "");
                await context.Out.WriteLineAsync($"{what} {result.ContentHash[..12]}  {document.Title ?? document.Url}{counts}");
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
