using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.Storage.SQLite;
using MarketGraph.Api.Composition;
using MarketGraph.Api.GraphQL;
using MarketGraph.Api.Sources;
using MarketGraph.Core.Documents;
using Microsoft.Extensions.Options;

namespace MarketGraph.Api.Jobs;

public static partial class JobsServices
{
    /// <summary>Hangfire with its storage (SQLite file beside the graph by default) and, when enabled, a job server.</summary>
    public static IServiceCollection AddMarketGraphJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JobsOptions>().BindConfiguration(JobsOptions.Section);
        var options = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        var dataDirectory = configuration.GetSection(GraphOptions.Section).Get<GraphOptions>()?.DataDirectory ?? new GraphOptions().DataDirectory;
        services.AddHangfire(cfg =>
        {
            cfg.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            switch (options.Storage.Trim().ToLowerInvariant())
            {
                case "sqlite":
                    Directory.CreateDirectory(dataDirectory);
                    cfg.UseSQLiteStorage(Path.Combine(dataDirectory, "hangfire.db"), new SQLiteStorageOptions());
                    break;
                case "memory":
                    cfg.UseInMemoryStorage();
                    break;
                case "postgresql":
                    var connection = options.ConnectionString ?? configuration.GetConnectionString("Hangfire")
                        ?? throw new InvalidInputException("Jobs:Storage is postgresql but neither Jobs:ConnectionString nor ConnectionStrings:Hangfire is set");
                    cfg.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connection));
                    break;
                default:
                    throw new InvalidInputException($"Jobs:Storage must be sqlite, memory or postgresql, not '{options.Storage}'");
            }
        });
        if (options.Enabled) services.AddHangfireServer(o => o.WorkerCount = Math.Max(1, options.WorkerCount));
        services.AddScoped<CrawlJob>();
        services.AddOptions<SourcesOptions>().BindConfiguration(SourcesOptions.Section);
        services.AddSingleton<SourceRegistry>();
        services.AddSingleton<ISourceControl, HangfireSourceControl>();
        return services;
    }

    /// <summary>The /jobs dashboard, and one recurring crawl per catalogue source on its schedule.</summary>
    public static void MapMarketGraphJobs(this WebApplication app)
    {
        var apiKeys = app.Configuration.GetSection("GraphQL:ApiKeys").Get<string[]>() ?? [];
        app.UseHangfireDashboard("/jobs", new DashboardOptions
        {
            Authorization = [new JobsDashboardAuthorization(apiKeys)],
            DashboardTitle = "MarketGraph jobs",
            AppPath = "/",
        });
        var options = app.Services.GetRequiredService<IOptions<JobsOptions>>().Value;
        if (!options.ScheduleSources) return;
        var manager = app.Services.GetRequiredService<IRecurringJobManager>();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("MarketGraph.Jobs");
        IReadOnlyList<Crawlers.Sources.CrawlSource> sources;
        try
        {
            sources = app.Services.GetRequiredService<SourceRegistry>().All();
        }
        catch (InvalidInputException e)
        {
            LogCatalogUnreadable(logger, e.Message);
            return;
        }
        foreach (var source in sources.Where(s => s.Schedule is not null))
        {
            Schedule(manager, source.Name, source.Schedule!);
            LogScheduled(logger, source.Name, source.Schedule!);
        }
    }

    public static void Schedule(IRecurringJobManager manager, string sourceName, string cron) =>
        manager.AddOrUpdate<CrawlJob>($"crawl:{sourceName}", job => job.RunAsync(sourceName, CancellationToken.None), cron);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Sources not scheduled: {Reason}")]
    private static partial void LogCatalogUnreadable(ILogger logger, string reason);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Scheduled source {Source} on '{Cron}'")]
    private static partial void LogScheduled(ILogger logger, string source, string cron);
}
