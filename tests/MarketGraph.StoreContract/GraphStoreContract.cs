using MarketGraph.Core.Claims;
using MarketGraph.Core.Documents;
using MarketGraph.Core.Entities;
using MarketGraph.Core.Graph;
using MarketGraph.Core.Ontology;
using MarketGraph.Core.Ports;
using static MarketGraph.StoreContract.GraphFixtures;

namespace MarketGraph.StoreContract;

/// <summary>
/// What every graph store must do, written once against <see cref="IGraphStore"/>. A store's test class
/// derives from this and says how to make a fresh, empty store.
/// </summary>
public abstract partial class GraphStoreContract : IAsyncLifetime
{
    protected IGraphStore Store { get; private set; } = null!;

    protected abstract Task<IGraphStore> CreateStoreAsync();

    public async Task InitializeAsync()
    {
        Store = await CreateStoreAsync();
        await Store.InitialiseAsync();
    }

    public virtual async Task DisposeAsync() => await Store.DisposeAsync();

    private const string StakeText = "Selon le rapport, l'État détient 23 % d'Orange. Orange Business Services (OBS) exploite le cloud de l'opérateur.";

    private async Task<(Document Doc, IngestResult Result)> IngestStakeAsync()
    {
        var doc = Doc(StakeText, new DateOnly(2017, 2, 1));
        var result = await Store.IngestAsync(doc, With(
            Claim(doc, RelationType.OwnsStake, Body("l'État", "French State"), Org("Orange SA"), "détient 23 %", ClaimProps.Of(("percent", 23)))));
        return (doc, result);
    }

    [Fact]
    public async Task Ingested_claim_reads_back_as_an_edge_with_its_evidence()
    {
        var (doc, result) = await IngestStakeAsync();

        Assert.False(result.AlreadyStored);
        Assert.Equal((2, 1), (result.EntitiesCreated, result.ClaimsStored));
        var state = Assert.Single(await Store.FindEntitiesAsync("Etat"));
        Assert.Equal(EntityKind.PublicBody, state.Kind);
        Assert.Contains("French State", state.Aliases);

        var edges = await Store.QueryEdgesAsync(new EdgeQuery { EntityIds = [state.Id], Direction = Direction.Outgoing }, new Page());
        var edge = Assert.Single(edges.Items);
        Assert.Equal((RelationType.OwnsStake, state.Id, 1), (edge.Type, edge.FromId, edges.TotalCount));
        Assert.Equal(23.0, edge.Props.GetDouble("percent"));
        Assert.Equal(new DateOnly(2017, 2, 1), edge.FirstSeen);

        var claim = Assert.Single((await Store.GetClaimsForEdgesAsync([edge.Id]))[edge.Id]);
        Assert.Equal("Selon le rapport, l'État détient 23 % d'Orange.", claim.Evidence.Quote);
        Assert.Equal(claim.Evidence.Quote, doc.Text[claim.Evidence.Start..claim.Evidence.End]);
        Assert.Equal((ReviewStatus.Extracted, doc.ContentHash), (claim.Status, claim.DocumentHash));
        var info = (await Store.GetDocumentsAsync([doc.ContentHash]))[doc.ContentHash];
        Assert.Equal((doc.Url, doc.Title, 1), (info.Url, info.Title, info.ClaimCount));
        Assert.Equal(StakeText, await Store.GetDocumentTextAsync(doc.ContentHash));
    }

    [Fact]
    public async Task Ingesting_the_same_document_twice_changes_nothing()
    {
        await IngestStakeAsync();
        var before = await Store.CountsAsync();

        var (_, again) = await IngestStakeAsync();

        Assert.True(again.AlreadyStored);
        Assert.Equal(0, again.ClaimsStored);
        Assert.Equal(before, await Store.CountsAsync());
    }

    [Fact]
    public async Task A_mention_resolves_to_an_existing_entity_by_alias_and_by_identifier()
    {
        await IngestStakeAsync();
        var doc = Doc("The French State also holds a stake in Thales. Orange Société Anonyme buys Thales servers.");
        var orangeWithSiren = Org("Orange Société Anonyme") with { Identifiers = new Dictionary<string, string> { ["siren"] = "380 129 866" } };
        await Store.IngestAsync(doc, With(
            Claim(doc, RelationType.OwnsStake, Body("French State"), Org("Thales"), "holds a stake"),
            Claim(doc, RelationType.Supplies, Org("Thales"), orangeWithSiren, "buys Thales")));
        var doc2 = Doc("Le groupe 380129866 signe avec Capgemini.");
        await Store.IngestAsync(doc2, With(Claim(doc2, RelationType.PartnersWith, Org("Groupe X") with { Identifiers = new Dictionary<string, string> { ["siren"] = "380129866" } }, Org("Capgemini"), "signe avec")));

        var counts = await Store.CountsAsync();
        Assert.Equal(4, counts.Entities); // État, Orange, Thales, Capgemini
        var orange = Assert.Single(await Store.FindEntitiesAsync("380129866"));
        Assert.Equal("Orange SA", orange.Name);
        Assert.Contains("Groupe X", orange.Aliases);
        Assert.Equal("380129866", orange.Identifiers["siren"]);
    }

    [Fact]
    public async Task A_rejected_claim_stays_rejected_when_another_document_repeats_it()
    {
        var (doc, _) = await IngestStakeAsync();
        var edge = Assert.Single((await Store.QueryEdgesAsync(new EdgeQuery(), new Page())).Items);
        var claim = Assert.Single((await Store.GetClaimsForEdgesAsync([edge.Id]))[edge.Id]);

        var rejected = await Store.SetClaimStatusAsync(claim.Id, ReviewStatus.Rejected);

        Assert.Equal(ReviewStatus.Rejected, rejected!.Status);
        Assert.Equal(0, (await Store.QueryEdgesAsync(new EdgeQuery(), new Page())).TotalCount);

        var repost = Doc(StakeText + " Republished.", new DateOnly(2017, 3, 1));
        var result = await Store.IngestAsync(repost, With(
            Claim(repost, RelationType.OwnsStake, Body("l'État"), Org("Orange"), "détient 23 %", ClaimProps.Of(("percent", 23)))));

        Assert.Equal((1, 1), (result.ClaimsStored, result.ClaimsRejected));
        Assert.Equal(0, (await Store.QueryEdgesAsync(new EdgeQuery(), new Page())).TotalCount);
        Assert.Null(await Store.SetClaimStatusAsync("no-such-claim", ReviewStatus.Confirmed));

        await Store.SetClaimStatusAsync(claim.Id, ReviewStatus.Confirmed);
        var back = Assert.Single((await Store.QueryEdgesAsync(new EdgeQuery(), new Page())).Items);
        Assert.Equal(2, back.ClaimCount);
        _ = doc;
    }

    [Fact]
    public async Task Merge_folds_an_entity_in_and_split_restores_it_exactly()
    {
        var doc = Doc("OBS fournit VMware au ministère. Orange Business Services exploite Flexible Engine.");
        await Store.IngestAsync(doc, With(
            Claim(doc, RelationType.Supplies, Org("OBS"), Body("Ministère des Armées"), "fournit VMware", ClaimProps.Of(("technology", "VMware"))),
            Claim(doc, RelationType.Operates, Org("Orange Business Services"), new EntityMention("Flexible Engine", EntityKind.Offering), "exploite")));
        var obs = Assert.Single(await Store.FindEntitiesAsync("OBS"));
        var full = Assert.Single(await Store.FindEntitiesAsync("Orange Business Services"));
        var before = await SnapshotAsync();

        var record = await Store.MergeEntitiesAsync(full.Id, obs.Id, DateTimeOffset.UnixEpoch);

        var merged = (await Store.GetEntitiesAsync([full.Id, obs.Id]));
        Assert.Equal(full.Id, merged[obs.Id].Id);
        Assert.Contains("OBS", merged[full.Id].Aliases);
        Assert.Equal(2, (await Store.QueryEdgesAsync(new EdgeQuery { EntityIds = [full.Id], Direction = Direction.Outgoing }, new Page())).TotalCount);
        Assert.Equal(3, (await Store.CountsAsync()).Entities);

        Assert.True(await Store.SplitEntityAsync(record.Id));
        Assert.False(await Store.SplitEntityAsync(record.Id));
        Assert.Equal(before, await SnapshotAsync());
    }

    private async Task<string> SnapshotAsync()
    {
        var lines = new List<string>();
        await foreach (var e in Store.AllEntitiesAsync()) lines.Add($"{e.Id}|{e.Name}|{string.Join(',', e.Aliases)}|{string.Join(',', e.Identifiers)}");
        await foreach (var (edge, claims) in Store.AllEdgesAsync()) lines.Add($"{edge.Id}|{edge.ClaimCount}|{string.Join(',', claims.Select(c => c.Id))}");
        return string.Join('\n', lines);
    }

    [Fact]
    public async Task Search_is_accent_insensitive_and_matches_aliases_and_prefixes()
    {
        await IngestStakeAsync();

        Assert.Equal("l'État", Assert.Single((await Store.SearchEntitiesAsync("etat", null, new Page())).Items).Name);
        Assert.Single((await Store.SearchEntitiesAsync("french sta", null, new Page())).Items);
        Assert.Single((await Store.SearchEntitiesAsync("ORAN", [EntityKind.Organization], new Page())).Items);
        Assert.Empty((await Store.SearchEntitiesAsync("oran", [EntityKind.Person], new Page())).Items);
        Assert.Empty((await Store.SearchEntitiesAsync("\"AND (", null, new Page())).Items);
        Assert.Equal(1, (await Store.QueryDocumentsAsync(new DocumentQuery { Text = "operateur" }, new Page())).TotalCount);
    }

    private async Task IngestChainAsync()
    {
        // A —SUPPLIES→ B —PARTNERS_WITH— C —OWNS_STAKE→ D, and A —BUILT_ON→ T (2015)
        var doc = Doc("Alpha supplies Beta. Beta partners with Gamma. Gamma owns Delta. Alpha is built on Kubernetes.", new DateOnly(2020, 6, 1));
        await Store.IngestAsync(doc, With(
            Claim(doc, RelationType.Supplies, Org("Alpha"), Org("Beta"), "supplies Beta"),
            Claim(doc, RelationType.PartnersWith, Org("Gamma"), Org("Beta"), "partners with"),
            Claim(doc, RelationType.OwnsStake, Org("Gamma"), Org("Delta"), "owns Delta", ClaimProps.Of(("percent", 40))),
            Claim(doc, RelationType.BuiltOn, Org("Alpha"), Tech("Kubernetes"), "built on", ClaimProps.Of(("date", "2015-01-01")))));
    }

    [Fact]
    public async Task Neighbourhood_grows_with_depth_and_honours_type_and_date_filters()
    {
        await IngestChainAsync();
        var alpha = EntityId.For(EntityKind.Organization, "Alpha");

        Assert.Equal(3, (await Store.NeighbourhoodAsync(alpha, 1, null, null, 100)).Entities.Count);
        var two = await Store.NeighbourhoodAsync(alpha, 2, null, null, 100);
        Assert.Equal(4, two.Entities.Count);
        Assert.Equal(3, two.Edges.Count);
        Assert.Equal(2, (await Store.NeighbourhoodAsync(alpha, 2, [RelationType.Supplies], null, 100)).Entities.Count);
        Assert.Equal(2, (await Store.NeighbourhoodAsync(alpha, 1, null, new DateOnly(2016, 1, 1), 100)).Entities.Count);
        Assert.Equal(2, (await Store.NeighbourhoodAsync(alpha, 3, null, null, 2)).Entities.Count);
        Assert.Empty((await Store.NeighbourhoodAsync("org:nobody", 1, null, null, 10)).Entities);
    }

    [Fact]
    public async Task Shortest_path_walks_edges_either_way_within_the_hop_bound()
    {
        await IngestChainAsync();
        var alpha = EntityId.For(EntityKind.Organization, "Alpha");
        var delta = EntityId.For(EntityKind.Organization, "Delta");

        var path = Assert.Single(await Store.ShortestPathsAsync(alpha, delta, 4, null, 5));

        Assert.Equal([alpha, "org:beta", "org:gamma", delta], path.EntityIds);
        Assert.Equal([RelationType.Supplies, RelationType.PartnersWith, RelationType.OwnsStake], path.Edges.Select(e => e.Type));
        Assert.Empty(await Store.ShortestPathsAsync(alpha, delta, 2, null, 5));
        Assert.Empty(await Store.ShortestPathsAsync(alpha, delta, 4, [RelationType.Supplies, RelationType.OwnsStake], 5));
    }

    [Fact]
    public async Task Edge_queries_filter_by_type_date_property_and_page_with_totals()
    {
        await IngestChainAsync();

        Assert.Equal(4, (await Store.QueryEdgesAsync(new EdgeQuery(), new Page(0, 2))).TotalCount);
        Assert.Equal(2, (await Store.QueryEdgesAsync(new EdgeQuery(), new Page(2, 2))).Items.Count);
        Assert.Single((await Store.QueryEdgesAsync(new EdgeQuery { Types = [RelationType.OwnsStake] }, new Page())).Items);
        Assert.Single((await Store.QueryEdgesAsync(new EdgeQuery { AsOf = new DateOnly(2016, 1, 1) }, new Page())).Items);
        Assert.Single((await Store.QueryEdgesAsync(new EdgeQuery { PropEquals = new Dictionary<string, string> { ["percent"] = "40" } }, new Page())).Items);
        var beta = EntityId.For(EntityKind.Organization, "Beta");
        // PARTNERS_WITH is symmetric: it leaves Beta even though it was said the other way round
        Assert.Equal(1, (await Store.QueryEdgesAsync(new EdgeQuery { EntityIds = [beta], Direction = Direction.Outgoing }, new Page())).TotalCount);
        Assert.Equal(2, (await Store.QueryEdgesAsync(new EdgeQuery { EntityIds = [beta], Direction = Direction.Incoming }, new Page())).TotalCount);
    }

    [Fact]
    public async Task Documents_query_and_export_enumerations_cover_everything()
    {
        await IngestStakeAsync();
        await IngestChainAsync();

        var docs = await Store.QueryDocumentsAsync(new DocumentQuery(), new Page());
        Assert.Equal(2, docs.TotalCount);
        Assert.Equal(new DateOnly(2020, 6, 1), docs.Items[0].Published);
        Assert.Equal(1, (await Store.QueryDocumentsAsync(new DocumentQuery { PublishedTo = new DateOnly(2018, 1, 1) }, new Page())).TotalCount);

        var entities = new List<Entity>();
        await foreach (var e in Store.AllEntitiesAsync()) entities.Add(e);
        var edges = new List<(Edge, IReadOnlyList<StoredClaim>)>();
        await foreach (var e in Store.AllEdgesAsync()) edges.Add(e);
        var counts = await Store.CountsAsync();
        Assert.Equal((counts.Entities, counts.Edges, counts.Claims), (entities.Count, edges.Count, edges.Sum(e => e.Item2.Count)));
        Assert.Equal((2, 7, 5), (counts.Documents, counts.Entities, counts.Edges));
    }

    [Fact]
    public async Task Fetch_state_and_source_runs_round_trip()
    {
        var at = new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
        await Store.SaveFetchStateAsync(new FetchState("https://example.org/feed", "\"v1\"", "Sun, 01 Nov 2026 08:00:00 GMT", "abc", at));
        await Store.SaveFetchStateAsync(new FetchState("https://example.org/feed", "\"v2\"", null, "def", at.AddHours(1)));
        Assert.Equal(new FetchState("https://example.org/feed", "\"v2\"", null, "def", at.AddHours(1)), await Store.GetFetchStateAsync("https://example.org/feed"));
        Assert.Null(await Store.GetFetchStateAsync("https://example.org/other"));

        await Store.RecordSourceRunAsync(new SourceRun("ted", at, at.AddMinutes(1)) { Fetched = 3 });
        await Store.RecordSourceRunAsync(new SourceRun("ted", at.AddDays(1), at.AddDays(1).AddMinutes(1)) { Fetched = 5, Errors = 1, ErrorMessages = ["x.xml: malformed XML"] });
        await Store.RecordSourceRunAsync(new SourceRun("boamp", at, at) { NewDocuments = 2 });

        var runs = await Store.LatestSourceRunsAsync();
        Assert.Equal(["boamp", "ted"], runs.Select(r => r.SourceName));
        Assert.Equal((5, 1, "x.xml: malformed XML"), (runs[1].Fetched, runs[1].Errors, runs[1].ErrorMessages.Single()));
    }

    [Fact]
    public async Task A_document_with_a_bad_claim_stores_nothing_of_itself()
    {
        await IngestStakeAsync();
        var before = await Store.CountsAsync();
        var doc = Doc("Alpha supplies Beta. Beta partners with Gamma.");
        var good = Claim(doc, RelationType.Supplies, Org("Alpha"), Org("Beta"), "supplies Beta");
        var bad = good with { Evidence = new Evidence("not in the text", 0, 15) };

        await Assert.ThrowsAnyAsync<Exception>(() => Store.IngestAsync(doc, With(good, bad)));

        Assert.Equal(before, await Store.CountsAsync());
        Assert.Empty(await Store.FindEntitiesAsync("Alpha"));
    }
}
