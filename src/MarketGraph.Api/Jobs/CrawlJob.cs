using Hangfire;
using MarketGraph.Api.Sources;
using MarketGraph.Crawlers.Sources;

namespace MarketGraph.Api.Jobs;

/// <summary>The Hangfire job that crawls one source by name (looked up when it runs, so catalogue edits apply).</summary>
public sealed partial class CrawlJob(SourceRegistry registry, CrawlRunner runner, ILogger<CrawlJob> logger)
{
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(string sourceName, CancellationToken ct)
    {
        var source = registry.Find(sourceName);
        if (source is null)
        {
            LogUnknown(logger, sourceName);
            return;
        }
        var report = await runner.RunSourceAsync(source, ct: ct);
        LogDone(logger, sourceName, report.Fetched, report.NewDocuments, report.Claims, report.Errors);
    }

    [LoggerMessage(EventId = 1110, Level = LogLevel.Warning, Message = "Scheduled source {Source} is no longer in the catalogue")]
    private static partial void LogUnknown(ILogger logger, string source);

    [LoggerMessage(EventId = 1111, Level = LogLevel.Information, Message = "Crawled {Source}: {Fetched} fetched, {New} new documents, {Claims} claims, {Errors} errors")]
    private static partial void LogDone(ILogger logger, string source, int fetched, int @new, int claims, int errors);
}
