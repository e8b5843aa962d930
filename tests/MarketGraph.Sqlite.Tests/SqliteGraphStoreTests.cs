using MarketGraph.Core.Ports;
using MarketGraph.Sqlite;
using MarketGraph.StoreContract;

namespace MarketGraph.Sqlite.Tests;

/// <summary>The store contract on a real SQLite file per test.</summary>
public sealed class SqliteGraphStoreTests : GraphStoreContract
{
    private readonly TempFolder _folder = new();

    protected override Task<IGraphStore> CreateStoreAsync() =>
        Task.FromResult<IGraphStore>(new SqliteGraphStore(new SqliteStoreOptions { DatabasePath = _folder.File("graph.db") }, TimeProvider.System));

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Dispose();
    }
}
