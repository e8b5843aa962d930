using System.CommandLine;
using MarketGraph.Api.Composition;
using MarketGraph.Api.Sources;
using MarketGraph.Core.Documents;
using MarketGraph.Core.Ports;
using MarketGraph.Crawlers.Sources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MarketGraph.Cli.Commands;

/// <summary>crawl [SOURCE...|--all] [--sources FILE]: runs sources now, a progress line per item, then a report per source.</summary>
public static class CrawlCommand
{
    public static Command Create(CliContext context)
    {
        var names = new Argument<string[]>("sources") { Description = "Names of catalogue sources", Arity = ArgumentArity.ZeroOrMore };
        var all = new Option<bool>("--all") { Description = "Crawl every source of the catalogue" };
        var catalog = new Option<string?>("--sources") { Description = "A catalogue file instead of crawlers/sources.json" };
        var command = new Command("crawl", "Run crawlers now, with progress") { names, all, catalog };
        command.SetAction(async (parse, ct) =>
        {
            var requested = parse.GetValue(names) ?? [];
            if (requested.Length == 0 && !parse.GetValue(all)) throw new InvalidInputException("name the sources to crawl, or pass --all");
            var data = CliContext.ResolveDataDirectory(parse.GetValue(MarketGraphCli.DataOption));
            await using var services = CliContext.BuildServices(data, parse.GetValue(MarketGraphCli.VerboseOption));
            var file = parse.GetValue(catalog);
            if (file is not null && !File.Exists(file)) throw new InvalidInputException($"{file}: source catalogue not found");
            var registry = new SourceRegistry(Options.Create(new SourcesOptions()), services.GetRequiredService<IOptions<GraphOptions>>());
            var available = registry.All(file);
            var unknown = requested.Where(n => available.All(s => !s.Name.Equals(n, StringComparison.OrdinalIgnoreCase))).ToList();
            if (unknown.Count > 0) throw new InvalidInputException($"unknown source(s): {string.Join(", ", unknown)} (known: {string.Join(", ", available.Select(s => s.Name))})");
            var selected = requested.Length == 0 ? available : available.Where(s => requested.Contains(s.Name, StringComparer.OrdinalIgnoreCase)).ToList();

            await services.GetRequiredService<IGraphStore>().InitialiseAsync(ct);
            var progress = new SynchronousProgress<CrawlProgress>(p =>
                context.Error.WriteLine($"  {p.SourceName,-28} {Truncate(p.Outcome, 40),-40} {p.Url}"));
            var reports = await services.GetRequiredService<CrawlRunner>().RunAsync(selected, progress, ct);

            await context.Out.WriteLineAsync($"{"source",-32} {"fetched",8} {"unchanged",10} {"new docs",9} {"claims",7} {"errors",7}");
            foreach (var r in reports)
                await context.Out.WriteLineAsync($"{r.SourceName,-32} {r.Fetched,8} {r.Unchanged,10} {r.NewDocuments,9} {r.Claims,7} {r.Errors,7}");
            foreach (var r in reports)
            {
                foreach (var message in r.ErrorMessages.Take(10)) await context.Out.WriteLineAsync($"error: {r.SourceName}: {MarketGraphCli.OneLine(message)}");
            }
            // per-document errors are reported, not fatal; a crawl where nothing at all could be fetched failed
            var nothingWorked = reports.Count > 0 && reports.All(r => r.Fetched == 0 && r.Unchanged == 0 && r.Errors > 0);
            return nothingWorked ? ExitCodes.Failure : ExitCodes.Success;
        });
        return command;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    /// <summary>Progress reported on the crawling thread, so lines come out in order.</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
