namespace MarketGraph.Neo4j;

/// <summary>What <see cref="Neo4jSync.PushAsync"/> sent: rows per kind and the number of statements.</summary>
public sealed record SyncReport(int Entities, int Documents, int Claims, int Edges, int Statements);
