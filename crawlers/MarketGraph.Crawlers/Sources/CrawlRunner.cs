using MarketGraph.Core.Documents;
using MarketGraph.Core.Graph;
using MarketGraph.Core.Ingestion;
using MarketGraph.Core.Ports;
using MarketGraph.Crawlers.Fetching;
using MarketGraph.Crawlers.Notices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace MarketGraph.Crawlers.Sources;

/// <summary>
/// Runs sources: adapter → fetcher → reader → extractors → store. A bad document is an error line in the
/// report and the crawl goes on. Each source's run is recorded with <see cref="IGraphStore.RecordSourceRunAsync"/>.
/// </summary>
public sealed partial class CrawlRunner(
    IEnumerable<ISourceAdapter> adapters, PoliteFetcher fetcher, DocumentReaders readers, DocumentIngestor ingestor,
    IGraphStore store, IOptions<CrawlerOptions> options, TimeProvider time, ILogger<CrawlRunner> logger)
{
    private const int MaxErrorMessages = 20;
    private readonly IReadOnlyList<ISourceAdapter> _adapters = adapters.ToList();

    public async Task<IReadOnlyList<SourceReport>> RunAsync(IEnumerable<CrawlSource> sources, IProgress<CrawlProgress>? progress = null, CancellationToken ct = default)
    {
        var reports = new List<SourceReport>();
        foreach (var source in sources)
        {
            ct.ThrowIfCancellationRequested();
            reports.Add(await RunSourceAsync(source, progress, ct));
        }
        return reports;
    }

    public async Task<SourceReport> RunSourceAsync(CrawlSource source, IProgress<CrawlProgress>? progress = null, CancellationToken ct = default)
    {
        var started = time.GetUtcNow();
        var report = new SourceReport(source.Name);
        var adapter = _adapters.FirstOrDefault(a => a.Handles(source.Kind));
        if (adapter is null)
        {
            report.ErrorMessages.Add($"{source.Name}: no adapter for kind \"{source.Kind}\"");
        }
        else
        {
            var session = new CrawlSession(source, fetcher, store, options.Value);
            await foreach (var item in adapter.ItemsAsync(session, ct))
            {
                var outcome = await HandleAsync(source, item, report, ct);
                progress?.Report(new CrawlProgress(source.Name, item.Url, outcome, report.Fetched, report.Errors));
            }
        }
        LogSource(logger, source.Name, report.Fetched, report.Unchanged, report.NewDocuments, report.Claims, report.Errors);
        await store.RecordSourceRunAsync(new SourceRun(source.Name, started, time.GetUtcNow())
        {
            Fetched = report.Fetched,
            Unchanged = report.Unchanged,
            NewDocuments = report.NewDocuments,
            Claims = report.Claims,
            Errors = report.Errors,
            ErrorMessages = report.ErrorMessages.Take(MaxErrorMessages).ToList(),
        }, ct);
        return report;
    }

    private async Task<string> HandleAsync(CrawlSource source, CrawlItem item, SourceReport report, CancellationToken ct)
    {
        switch (item)
        {
            case FailedItem failed:
                report.ErrorMessages.Add(failed.Error);
                return "error: " + failed.Error;
            case UnchangedItem:
                report.Unchanged++;
                return "unchanged (304)";
            case FetchedItem fetched:
                report.Fetched++;
                var url = fetched.Url.AbsoluteUri;
                try
                {
                    var previous = await store.GetFetchStateAsync(url, ct);
                    var hash = fetched.Content.Hash;
                    if (previous?.ContentHash == hash)
                    {
                        report.Unchanged++;
                        await SaveStateAsync(url, fetched, hash, ct);
                        return "unchanged (same content)";
                    }
                    var document = readers.Read(fetched.Content);
                    if (source.CloudFilter != CloudFilterMode.None && !IsCloud(document, source.CloudFilter))
                    {
                        report.Skipped++;
                        await SaveStateAsync(url, fetched, hash, ct);
                        return "skipped (CPV not cloud)";
                    }
                    var result = await ingestor.IngestAsync(document, ct);
                    await SaveStateAsync(url, fetched, hash, ct);
                    if (result.AlreadyStored)
                    {
                        report.Unchanged++;
                        return "unchanged (already stored)";
                    }
                    report.NewDocuments++;
                    report.Claims += result.ClaimsStored;
                    return $"new, {result.ClaimsStored} claims";
                }
                catch (InvalidInputException e)
                {
                    var message = e.Message.StartsWith(url, StringComparison.Ordinal) ? e.Message : $"{url}: {e.Message}";
                    report.ErrorMessages.Add(message);
                    return "error: " + message;
                }
            default:
                return "";
        }
    }

    /// <summary>
    /// Decided per document: a file of several notices (DECP, BOAMP open data) is kept when any of its notices has
    /// a CPV code on the list, or, with <see cref="CloudFilterMode.CpvWhenPresent"/>, has no CPV code at all.
    /// </summary>
    private static bool IsCloud(Document document, CloudFilterMode mode)
    {
        var format = CrawlerReaders.NoticeFormats.FirstOrDefault(f => f.MediaType == document.MediaType);
        if (format is null) return true;
        var notice = format.Parse(document.Text, document.Url ?? "notice");
        if (mode == CloudFilterMode.CpvWhenPresent && (notice.Records.Count > 0 ? notice.Records : [notice]).Any(n => n.Cpv.Count == 0)) return true;
        return CloudCpvFilter.Default.Matches(notice.Cpv);
    }

    private Task SaveStateAsync(string url, FetchedItem fetched, string hash, CancellationToken ct) =>
        store.SaveFetchStateAsync(new FetchState(url, fetched.Result.ETag, fetched.Result.LastModified, hash, fetched.Content.FetchedAt == default ? time.GetUtcNow() : fetched.Content.FetchedAt), ct);

    [LoggerMessage(EventId = 4201, Level = LogLevel.Information, Message = "source {Source}: {Fetched} fetched, {Unchanged} unchanged, {New} new documents, {Claims} claims, {Errors} errors")]
    private static partial void LogSource(ILogger logger, string source, int fetched, int unchanged, int @new, int claims, int errors);
}
