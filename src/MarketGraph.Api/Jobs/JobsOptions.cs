namespace MarketGraph.Api.Jobs;

/// <summary>Hangfire settings ("Jobs" section).</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Run the job server in this process (scheduled crawls). Off: only the dashboard and enqueueing.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>"sqlite" (a file in the data folder, default), "memory", or "postgresql" (shared by several workers).</summary>
    public string Storage { get; set; } = "sqlite";

    /// <summary>For postgresql: the connection string (else ConnectionStrings:Hangfire).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Register one recurring crawl per source of the catalogue, on its cron schedule.</summary>
    public bool ScheduleSources { get; set; } = true;

    public int WorkerCount { get; set; } = 2;
}
