using Hangfire;
using MarketGraph.Api.GraphQL;
using MarketGraph.Api.Sources;
using MarketGraph.Core.Documents;

namespace MarketGraph.Api.Jobs;

/// <summary>The API's addSource / crawlNow / sources, over the source registry and Hangfire's queue.</summary>
public sealed class HangfireSourceControl(SourceRegistry registry, IBackgroundJobClient jobs, IRecurringJobManager recurring) : ISourceControl
{
    public Task<IReadOnlyList<SourceDefinition>> ListAsync(CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<SourceDefinition>>(registry.All()
            .Select(s => new SourceDefinition(s.Name, s.Kind, s.Url.ToString()) { Schedule = s.Schedule, Local = s.Local })
            .ToList());

    public Task<SourceCommandResult> AddSourceAsync(SourceDefinition source, CancellationToken ct)
    {
        try
        {
            var added = registry.Add(source.Name, source.Kind, source.Url, source.Schedule, source.Local);
            if (added.Schedule is not null) JobsServices.Schedule(recurring, added.Name, added.Schedule);
            return Task.FromResult(new SourceCommandResult(true, $"source '{added.Name}' added"));
        }
        catch (InvalidInputException e)
        {
            return Task.FromResult(new SourceCommandResult(false, e.Message));
        }
    }

    public Task<SourceCommandResult> CrawlNowAsync(IReadOnlyList<string> sourceNames, CancellationToken ct)
    {
        var all = registry.All();
        var unknown = sourceNames.Where(n => all.All(s => !s.Name.Equals(n, StringComparison.OrdinalIgnoreCase))).ToList();
        if (unknown.Count > 0) return Task.FromResult(new SourceCommandResult(false, $"unknown source(s): {string.Join(", ", unknown)}"));
        var names = sourceNames.Count > 0 ? sourceNames : all.Select(s => s.Name).ToList();
        foreach (var name in names) jobs.Enqueue<CrawlJob>(job => job.RunAsync(name, CancellationToken.None));
        return Task.FromResult(new SourceCommandResult(true, $"queued {names.Count} source(s): {string.Join(", ", names)}"));
    }
}
