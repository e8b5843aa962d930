using MarketGraph.Core.Claims;
using MarketGraph.Core.Ontology;
using MarketGraph.Core.Ports;
using Microsoft.Data.Sqlite;
using static MarketGraph.StoreContract.GraphFixtures;

namespace MarketGraph.Sqlite.Tests;

/// <summary>What only the SQLite file can show: its journal mode, in-place upgrades, concurrency.</summary>
public sealed class SqliteFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static async Task<T> ScalarAsync<T>(string path, string sql)
    {
        await using var c = new SqliteConnection($"Data Source={path}");
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return (T)Convert.ChangeType((await cmd.ExecuteScalarAsync())!, typeof(T));
    }

    [Fact]
    public async Task The_file_is_in_WAL_mode_at_the_current_schema_version()
    {
        var path = _folder.File("g.db");
        await using var store = await SqliteGraphStore.OpenAsync(path);

        Assert.Equal("wal", await ScalarAsync<string>(path, "PRAGMA journal_mode;"));
        Assert.Equal(Migrations.CurrentVersion, await ScalarAsync<int>(path, "PRAGMA user_version;"));
    }

    [Fact]
    public async Task An_older_file_is_upgraded_in_place_keeping_its_data()
    {
        var path = _folder.File("old.db");
        await using (var c = new SqliteConnection($"Data Source={path}"))
        {
            await c.OpenAsync();
            await Migrations.ApplyAsync(c, target: 1);
            await using var cmd = c.CreateCommand();
            cmd.CommandText = """
                INSERT INTO entities (id, name, kind, canonical_id) VALUES ('org:orange', 'Orange', 'Organization', 'org:orange');
                INSERT INTO entity_names (entity_id, key, name) VALUES ('org:orange', 'orange', 'Orange');
                INSERT INTO entity_fts (entity_id, names) VALUES ('org:orange', 'Orange');
                """;
            await cmd.ExecuteNonQueryAsync();
        }
        Assert.Equal(1, await ScalarAsync<int>(path, "PRAGMA user_version;"));

        await using var store = await SqliteGraphStore.OpenAsync(path);

        Assert.Equal(Migrations.CurrentVersion, await ScalarAsync<int>(path, "PRAGMA user_version;"));
        Assert.Equal("Orange", (await store.GetEntityAsync("org:orange"))!.Name);
        await store.RecordSourceRunAsync(new Core.Graph.SourceRun("s", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch)); // a table of step 2
        Assert.Single(await store.LatestSourceRunsAsync());
    }

    [Fact]
    public async Task Entities_of_an_upgraded_file_stay_searchable_and_take_new_aliases()
    {
        var path = _folder.File("v2.db");
        await using (var c = new SqliteConnection($"Data Source={path}"))
        {
            await c.OpenAsync();
            await Migrations.ApplyAsync(c, target: 2);
            await using var cmd = c.CreateCommand();
            cmd.CommandText = """
                INSERT INTO entities (id, name, kind, canonical_id) VALUES ('org:numspot', 'NumSpot', 'Organization', 'org:numspot');
                INSERT INTO entity_names (entity_id, key, name) VALUES ('org:numspot', 'numspot', 'NumSpot');
                INSERT INTO entity_fts (entity_id, names) VALUES ('org:numspot', 'NumSpot');
                """;
            await cmd.ExecuteNonQueryAsync();
        }

        await using var store = await SqliteGraphStore.OpenAsync(path);
        Assert.Single((await store.SearchEntitiesAsync("numspot", null, new Core.Graph.Page())).Items);
        var doc = Doc("La coentreprise souveraine NumSpot travaille avec Docaposte.");
        await store.IngestAsync(doc, With(Claim(doc, RelationType.PartnersWith, Org("NumSpot", "Coentreprise souveraine"), Org("Docaposte"), "travaille avec")));

        var found = Assert.Single((await store.SearchEntitiesAsync("coentreprise souv", null, new Core.Graph.Page())).Items);
        Assert.Equal("org:numspot", found.Id);
        Assert.Single((await store.SearchEntitiesAsync("docaposte", null, new Core.Graph.Page())).Items);
        Assert.Equal(2, await ScalarAsync<int>(path, "SELECT COUNT(*) FROM entity_fts"));
        Assert.Equal(0, await ScalarAsync<int>(path, "SELECT COUNT(*) FROM entities WHERE fts_rowid IS NULL"));
    }

    [Fact]
    public async Task Edges_of_an_upgraded_file_answer_property_filters()
    {
        var path = _folder.File("v3.db");
        await using (var c = new SqliteConnection($"Data Source={path}"))
        {
            await c.OpenAsync();
            await Migrations.ApplyAsync(c, target: 3);
            await using var cmd = c.CreateCommand();
            cmd.CommandText = """
                INSERT INTO edges (id, type, from_id, to_id, props, first_seen, last_seen, confidence, claim_count, ended)
                VALUES ('SUPPLIES|org:a|org:b', 'SUPPLIES', 'org:a', 'org:b', '{"current":false,"percent":12.5,"technology":"OpenStack Élevé"}',
                        '2020-01-01', '2020-01-01', 0.9, 1, 1);
                """;
            await cmd.ExecuteNonQueryAsync();
        }

        await using var store = await SqliteGraphStore.OpenAsync(path);

        async Task<int> Count(string key, string value) => (await store.QueryEdgesAsync(
            new Core.Graph.EdgeQuery { PropEquals = new Dictionary<string, string> { [key] = value } }, new Core.Graph.Page())).TotalCount;
        Assert.Equal((1, 1, 1), (await Count("technology", "openstack eleve"), await Count("current", "false"), await Count("percent", "12.5")));
        Assert.Equal((0, 0), (await Count("technology", "openstack"), await Count("current", "true")));
    }

    [Fact]
    public async Task A_file_from_a_newer_version_is_refused_clearly()
    {
        var path = _folder.File("new.db");
        await using (var c = new SqliteConnection($"Data Source={path}"))
        {
            await c.OpenAsync();
            await using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA user_version = 99;";
            await cmd.ExecuteNonQueryAsync();
        }
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => SqliteGraphStore.OpenAsync(path));
        Assert.Contains("newer", e.Message);
    }

    [Fact]
    public async Task Readers_run_while_documents_are_being_written()
    {
        await using var store = await SqliteGraphStore.OpenAsync(_folder.File("c.db"));
        var writes = Task.Run(async () =>
        {
            for (var i = 0; i < 40; i++)
            {
                var doc = Doc($"Vendor{i} supplies Buyer{i}.");
                await store.IngestAsync(doc, With(Claim(doc, RelationType.Supplies, Org($"Vendor{i}"), Org($"Buyer{i}"), "supplies")));
            }
        });
        var reads = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            var seen = 0;
            while (!writes.IsCompleted)
            {
                var counts = await store.CountsAsync();
                Assert.True(counts.Edges >= seen, "edge count never goes back");
                Assert.Equal(counts.Edges, counts.Claims);
                seen = counts.Edges;
                await store.SearchEntitiesAsync("vendor", null, new Core.Graph.Page());
            }
        })).ToList();
        await Task.WhenAll(reads.Append(writes));
        Assert.Equal(40, (await store.CountsAsync()).Edges);
    }

    [Fact]
    public async Task A_cancelled_ingest_leaves_nothing_behind()
    {
        await using var store = await SqliteGraphStore.OpenAsync(_folder.File("x.db"));
        var text = string.Join(' ', Enumerable.Range(0, 200).Select(i => $"Vendor{i} supplies Buyer{i}."));
        var doc = Doc(text);
        var claims = Enumerable.Range(0, 200).Select(i => Claim(doc, RelationType.Supplies, Org($"Vendor{i}"), Org($"Buyer{i}"), $"Vendor{i} supplies")).ToArray();
        using var cts = new CancellationTokenSource();
        var extraction = new Extraction(claims.SelectMany(c => new[] { c.Subject, c.Object }).ToList(), claims);
        cts.CancelAfter(TimeSpan.FromMilliseconds(5));

        try
        {
            await store.IngestAsync(doc, extraction, cts.Token);
        }
        catch (OperationCanceledException)
        {
        }

        var counts = await store.CountsAsync();
        // all or nothing: either the whole document is in, or none of it
        Assert.True(counts is { Documents: 0, Entities: 0, Claims: 0 } or { Documents: 1, Entities: 400, Claims: 200 }, counts.ToString());
    }

    public void Dispose() => _folder.Dispose();
}
