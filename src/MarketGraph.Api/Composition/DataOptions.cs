namespace MarketGraph.Api.Composition;

/// <summary>Where MarketGraph keeps its files and which graph store it uses ("Graph" section).</summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";

    /// <summary>"sqlite" (embedded, default) or "neo4j".</summary>
    public string Store { get; set; } = "sqlite";

    /// <summary>Data folder: --data, else $MARKETGRAPH_DATA, else ./data (the CLI resolves it).</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>Load the bundled sample into an empty graph at start-up (serve).</summary>
    public bool LoadSampleWhenEmpty { get; set; } = true;

    /// <summary>Folder of the bundled sample; relative paths are resolved against the app's base folder, then the current one.</summary>
    public string SampleDirectory { get; set; } = "crawlers/sample";

    public string SqlitePath => Path.Combine(DataDirectory, "marketgraph.db");
}
