using MarketGraph.Core.Documents;
using MarketGraph.Core.Ingestion;
using MarketGraph.Core.Ports;
using MarketGraph.Crawlers;
using Microsoft.Extensions.Options;

namespace MarketGraph.Api.Composition;

public static partial class Startup
{
    /// <summary>Creates or upgrades the store's schema, then loads the bundled sample into an empty graph.</summary>
    public static void UseMarketGraphStartup(this WebApplication app)
    {
        var store = app.Services.GetRequiredService<IGraphStore>();
        store.InitialiseAsync().GetAwaiter().GetResult();
        var options = app.Services.GetRequiredService<IOptions<GraphOptions>>().Value;
        if (!options.LoadSampleWhenEmpty) return;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("MarketGraph.Startup");
        var loaded = LoadSampleIfEmptyAsync(store, app.Services.GetRequiredService<DocumentIngestor>(), options, logger).GetAwaiter().GetResult();
        if (loaded > 0) LogSampleLoaded(logger, loaded);
    }

    public static async Task<int> LoadSampleIfEmptyAsync(IGraphStore store, DocumentIngestor ingestor, GraphOptions options, ILogger logger, CancellationToken ct = default)
    {
        if ((await store.CountsAsync(ct)).Documents > 0) return 0;
        var folder = ResolveSampleDirectory(options.SampleDirectory);
        if (folder is null)
        {
            LogSampleMissing(logger, options.SampleDirectory);
            return 0;
        }
        var loaded = 0;
        foreach (var raw in BundledSample.Load(folder))
        {
            try
            {
                if (!(await ingestor.IngestAsync(raw, ct)).AlreadyStored) loaded++;
            }
            catch (InvalidInputException e)
            {
                LogSampleFileSkipped(logger, e.Message);
            }
        }
        return loaded;
    }

    internal static string? ResolveSampleDirectory(string configured) => Resolve(configured, Directory.Exists);

    /// <summary>A file shipped with MarketGraph (the source catalogue): absolute, or found upwards from the app's folder or the current one.</summary>
    public static string? ResolveFile(string configured) => Resolve(configured, File.Exists);

    private static string? Resolve(string configured, Func<string, bool> exists)
    {
        if (Path.IsPathRooted(configured)) return exists(configured) ? configured : null;
        foreach (var root in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(root); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, configured);
                if (exists(candidate)) return candidate;
            }
        }
        return null;
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Loaded {Count} documents of the bundled sample into the empty graph")]
    private static partial void LogSampleLoaded(ILogger logger, int count);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Warning, Message = "Bundled sample folder '{Folder}' not found; the graph starts empty")]
    private static partial void LogSampleMissing(ILogger logger, string folder);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Sample file skipped: {Reason}")]
    private static partial void LogSampleFileSkipped(ILogger logger, string reason);
}
