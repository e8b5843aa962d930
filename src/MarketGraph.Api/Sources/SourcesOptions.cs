namespace MarketGraph.Api.Sources;

/// <summary>Where the source catalogue lives ("Sources" section).</summary>
public sealed class SourcesOptions
{
    public const string Section = "Sources";

    /// <summary>The catalogue file; a relative path is looked up from the app's folder and the current one, upwards.</summary>
    public string CatalogPath { get; set; } = "crawlers/sources.json";
}
