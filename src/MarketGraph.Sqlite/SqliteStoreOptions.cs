namespace MarketGraph.Sqlite;

public sealed class SqliteStoreOptions
{
    public const string Section = "Sqlite";

    /// <summary>The database file; created with its folder when missing.</summary>
    public string DatabasePath { get; set; } = Path.Combine("data", "marketgraph.db");
}
