using MarketGraph.Core.Claims;
using MarketGraph.Core.Entities;
using MarketGraph.Core.Graph;
using MarketGraph.Core.Ontology;
using static MarketGraph.StoreContract.GraphFixtures;

namespace MarketGraph.StoreContract;

/// <summary>Edge cases of the contract: reviews across merges, property filters, walks with ties, paging.</summary>
public abstract partial class GraphStoreContract
{
    private const string SupplyText = "OBS fournit VMware au ministère. Orange Business Services exploite Flexible Engine.";

    private async Task<(Entity Obs, Entity Full)> IngestSupplyAsync()
    {
        var doc = Doc(SupplyText, new DateOnly(2019, 5, 1));
        await Store.IngestAsync(doc, With(
            Claim(doc, RelationType.Supplies, Org("OBS"), Body("Ministère des Armées"), "fournit VMware", ClaimProps.Of(("technology", "VMware"))),
            Claim(doc, RelationType.Operates, Org("Orange Business Services"), new EntityMention("Flexible Engine", EntityKind.Offering), "exploite")));
        return (Assert.Single(await Store.FindEntitiesAsync("OBS")), Assert.Single(await Store.FindEntitiesAsync("Orange Business Services")));
    }

    [Fact]
    public async Task A_rejection_made_before_a_merge_still_holds_for_documents_ingested_after_it()
    {
        var (obs, full) = await IngestSupplyAsync();
        var supply = Assert.Single((await Store.QueryEdgesAsync(new EdgeQuery { Types = [RelationType.Supplies] }, new Page())).Items);
        var claim = Assert.Single((await Store.GetClaimsForEdgesAsync([supply.Id]))[supply.Id]);
        await Store.SetClaimStatusAsync(claim.Id, ReviewStatus.Rejected);
        await Store.MergeEntitiesAsync(full.Id, obs.Id, DateTimeOffset.UnixEpoch);

        var repost = Doc(SupplyText + " Mis à jour.", new DateOnly(2019, 6, 1));
        var result = await Store.IngestAsync(repost, With(
            Claim(repost, RelationType.Supplies, Org("OBS"), Body("Ministère des Armées"), "fournit VMware", ClaimProps.Of(("technology", "VMware")))));

        Assert.Equal((1, 1), (result.ClaimsStored, result.ClaimsRejected));
        Assert.Equal(0, (await Store.QueryEdgesAsync(new EdgeQuery { Types = [RelationType.Supplies] }, new Page())).TotalCount);
    }

    [Fact]
    public async Task Claims_ingested_while_merged_follow_the_entity_they_named_when_split()
    {
        var (obs, full) = await IngestSupplyAsync();
        var record = await Store.MergeEntitiesAsync(full.Id, obs.Id, DateTimeOffset.UnixEpoch);
        var later = Doc("OBS a choisi Outscale comme partenaire souverain.", new DateOnly(2021, 1, 1));
        await Store.IngestAsync(later, With(Claim(later, RelationType.PartnersWith, Org("OBS"), Org("Outscale"), "choisi Outscale")));
        var outscale = EntityId.For(EntityKind.Organization, "Outscale");
        var whileMerged = Assert.Single((await Store.QueryEdgesAsync(new EdgeQuery { EntityIds = [outscale] }, new Page())).Items);
        Assert.Equal(Edge.IdFor(RelationType.PartnersWith, full.Id, outscale), whileMerged.Id);

        Assert.True(await Store.SplitEntityAsync(record.Id));

        var partner = Assert.Single((await Store.QueryEdgesAsync(new EdgeQuery { EntityIds = [outscale] }, new Page())).Items);
        Assert.Contains(obs.Id, new[] { partner.FromId, partner.ToId });
        Assert.Equal(Edge.IdFor(RelationType.PartnersWith, obs.Id, outscale), partner.Id);
        Assert.Equal(0, (await Store.QueryEdgesAsync(new EdgeQuery { EntityIds = [full.Id], Types = [RelationType.PartnersWith] }, new Page())).TotalCount);
        Assert.Equal(obs.Id, (await Store.GetEntityAsync(obs.Id))!.Id);
    }

    [Fact]
    public async Task Property_filters_compare_normalised_text_numbers_and_booleans()
    {
        var doc = Doc("Acme a quitté le partenariat avec Globex. Initech héberge OpenStack pour Globex.", new DateOnly(2022, 3, 1));
        await Store.IngestAsync(doc, With(
            Claim(doc, RelationType.PartnersWith, Org("Acme"), Org("Globex"), "quitté", ClaimProps.Of(("current", false), ("topic", "cloud"))),
            Claim(doc, RelationType.Supplies, Org("Initech"), Org("Globex"), "héberge", ClaimProps.Of(("technology", "OpenStack"), ("percent", 12.5)))));

        async Task<int> Count(string key, string value) =>
            (await Store.QueryEdgesAsync(new EdgeQuery { PropEquals = new Dictionary<string, string> { [key] = value } }, new Page())).TotalCount;

        Assert.Equal(1, await Count("technology", "openstack"));
        Assert.Equal(1, await Count("technology", " OPENSTACK "));
        Assert.Equal(0, await Count("technology", "vmware"));
        Assert.Equal(1, await Count("current", "false"));
        Assert.Equal(0, await Count("current", "true"));
        Assert.Equal(1, await Count("percent", "12.5"));
        Assert.Equal(0, await Count("nosuchkey", "cloud"));
    }

    [Fact]
    public async Task An_ended_relation_is_live_until_it_was_last_seen()
    {
        var doc = Doc("Acme a quitté le partenariat avec Globex.", new DateOnly(2022, 3, 1));
        await Store.IngestAsync(doc, With(
            Claim(doc, RelationType.PartnersWith, Org("Acme"), Org("Globex"), "quitté", ClaimProps.Of(("current", false), ("date", "2020-01-01")))));

        async Task<int> AsOf(int year) => (await Store.QueryEdgesAsync(new EdgeQuery { AsOf = new DateOnly(year, 1, 1) }, new Page())).TotalCount;

        Assert.Equal((0, 1, 0), (await AsOf(2019), await AsOf(2020), await AsOf(2021)));
    }

    [Fact]
    public async Task A_neighbourhood_includes_the_edges_among_its_outer_entities()
    {
        // Alpha — Beta, Alpha — Gamma, Beta — Gamma: at depth 1 all three edges are among the entities shown
        var doc = Doc("Alpha supplies Beta. Alpha supplies Gamma. Beta partners with Gamma.");
        await Store.IngestAsync(doc, With(
            Claim(doc, RelationType.Supplies, Org("Alpha"), Org("Beta"), "supplies Beta"),
            Claim(doc, RelationType.Supplies, Org("Alpha"), Org("Gamma"), "supplies Gamma"),
            Claim(doc, RelationType.PartnersWith, Org("Beta"), Org("Gamma"), "partners with")));

        var one = await Store.NeighbourhoodAsync(EntityId.For(EntityKind.Organization, "Alpha"), 1, null, null, 100);

        Assert.Equal(3, one.Entities.Count);
        Assert.Equal(3, one.Edges.Count);
        Assert.Equal(2, (await Store.NeighbourhoodAsync(EntityId.For(EntityKind.Organization, "Alpha"), 1, [RelationType.Supplies], null, 100)).Edges.Count);
    }

    [Fact]
    public async Task Shortest_paths_returns_every_tie_up_to_the_limit_and_no_longer_path()
    {
        // two paths of length 2 from Alpha to Delta (via Beta, via Gamma), and one of length 3 via Epsilon and Zeta
        var doc = Doc("Alpha supplies Beta. Beta supplies Delta. Gamma supplies Alpha. Delta owns Gamma. Alpha owns Epsilon. Epsilon owns Zeta. Zeta owns Delta.");
        await Store.IngestAsync(doc, With(
            Claim(doc, RelationType.Supplies, Org("Alpha"), Org("Beta"), "Alpha supplies Beta"),
            Claim(doc, RelationType.Supplies, Org("Beta"), Org("Delta"), "Beta supplies Delta"),
            Claim(doc, RelationType.Supplies, Org("Gamma"), Org("Alpha"), "Gamma supplies Alpha"),
            Claim(doc, RelationType.OwnsStake, Org("Delta"), Org("Gamma"), "Delta owns Gamma"),
            Claim(doc, RelationType.OwnsStake, Org("Alpha"), Org("Epsilon"), "Alpha owns Epsilon"),
            Claim(doc, RelationType.OwnsStake, Org("Epsilon"), Org("Zeta"), "Epsilon owns Zeta"),
            Claim(doc, RelationType.OwnsStake, Org("Zeta"), Org("Delta"), "Zeta owns Delta")));
        var alpha = EntityId.For(EntityKind.Organization, "Alpha");
        var delta = EntityId.For(EntityKind.Organization, "Delta");

        var paths = await Store.ShortestPathsAsync(alpha, delta, 5, null, 10);

        Assert.Equal(2, paths.Count);
        Assert.All(paths, p => Assert.Equal((3, 2), (p.EntityIds.Count, p.Edges.Count)));
        Assert.Equal(["org:beta", "org:gamma"], paths.Select(p => p.EntityIds[1]).Order(StringComparer.Ordinal));
        foreach (var p in paths)
        {
            for (var i = 0; i < p.Edges.Count; i++)
                Assert.Equal(new[] { p.EntityIds[i], p.EntityIds[i + 1] }.Order(), new[] { p.Edges[i].FromId, p.Edges[i].ToId }.Order());
        }
        Assert.Single(await Store.ShortestPathsAsync(alpha, delta, 5, null, 1));
        var viaOwnership = Assert.Single(await Store.ShortestPathsAsync(alpha, delta, 5, [RelationType.OwnsStake], 10));
        Assert.Equal(3, viaOwnership.Edges.Count);
        Assert.Empty(await Store.ShortestPathsAsync(alpha, delta, 2, [RelationType.OwnsStake], 10));
    }

    [Fact]
    public async Task A_path_exactly_as_long_as_the_hop_bound_is_found_with_its_ties()
    {
        // Alpha - Beta - Gamma - (Delta | Xenon) - Epsilon - Zeta: two paths of five hops
        var doc = Doc("Alpha supplies Beta. Beta supplies Gamma. Gamma supplies Delta. Delta supplies Epsilon. Epsilon supplies Zeta. Xenon supplies Gamma. Epsilon supplies Xenon.");
        string[] pairs = ["Alpha supplies Beta", "Beta supplies Gamma", "Gamma supplies Delta", "Delta supplies Epsilon", "Epsilon supplies Zeta", "Xenon supplies Gamma", "Epsilon supplies Xenon"];
        await Store.IngestAsync(doc, With(pairs.Select(s => s.Split(" supplies "))
            .Select((n, i) => Claim(doc, RelationType.Supplies, Org(n[0]), Org(n[1]), pairs[i])).ToArray()));
        var alpha = EntityId.For(EntityKind.Organization, "Alpha");
        var zeta = EntityId.For(EntityKind.Organization, "Zeta");

        var paths = await Store.ShortestPathsAsync(alpha, zeta, 5, null, 10);

        Assert.Equal(2, paths.Count);
        Assert.Equal(["org:delta", "org:xenon"], paths.Select(p => p.EntityIds[3]).Order(StringComparer.Ordinal));
        Assert.All(paths, p => Assert.Equal((6, "org:epsilon"), (p.EntityIds.Count, p.EntityIds[4])));
        Assert.Empty(await Store.ShortestPathsAsync(alpha, zeta, 4, null, 10));
        Assert.Equal(2, (await Store.ShortestPathsAsync(zeta, alpha, 6, null, 10)).Count);
    }

    [Fact]
    public async Task Search_and_document_queries_page_with_stable_totals()
    {
        var doc = Doc("Cloudwatt, Cloud Temple et Cloudflare vendent du cloud. NumSpot aussi.", new DateOnly(2023, 1, 1));
        await Store.IngestAsync(doc, With(
            Claim(doc, RelationType.PartnersWith, Org("Cloudwatt"), Org("Cloud Temple"), "Cloudwatt"),
            Claim(doc, RelationType.PartnersWith, Org("Cloudflare"), Org("NumSpot"), "NumSpot")));
        for (var i = 0; i < 3; i++) await Store.IngestAsync(Doc($"Note {i} sur le cloud souverain.", new DateOnly(2023, 2, i + 1)), With());

        var first = await Store.SearchEntitiesAsync("cloud", null, new Page(0, 2));
        var second = await Store.SearchEntitiesAsync("cloud", null, new Page(2, 2));
        Assert.Equal((3, 3), (first.TotalCount, second.TotalCount));
        Assert.Equal((2, 1), (first.Items.Count, second.Items.Count));
        Assert.Empty(first.Items.Select(e => e.Id).Intersect(second.Items.Select(e => e.Id)));

        var docs = await Store.QueryDocumentsAsync(new DocumentQuery { Text = "souverain" }, new Page(1, 1));
        Assert.Equal(3, docs.TotalCount);
        Assert.Equal(new DateOnly(2023, 2, 2), Assert.Single(docs.Items).Published);
        Assert.Equal(4, (await Store.QueryDocumentsAsync(new DocumentQuery { Text = "cloud" }, new Page(0, 1))).TotalCount);
        Assert.Empty((await Store.QueryDocumentsAsync(new DocumentQuery { Text = "cloud" }, new Page(10, 5))).Items);
    }
}
