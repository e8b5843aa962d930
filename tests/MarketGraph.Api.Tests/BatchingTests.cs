using System.Text;
using MarketGraph.Core.Claims;
using MarketGraph.Core.Entities;
using MarketGraph.Core.Ontology;
using MarketGraph.Core.Ports;
using ExtractionResult = MarketGraph.Core.Ports.Extraction;

namespace MarketGraph.Api.Tests;

public sealed class BatchingTests
{
    /// <summary>One supplier with 100 customers, each supply asserted by its own sentence.</summary>
    private static async Task SeedHubAsync(IGraphStore store)
    {
        var hub = new EntityMention("Hubcloud", EntityKind.Organization);
        var text = new StringBuilder();
        var sentences = new List<(EntityMention Customer, string Sentence)>();
        for (var i = 1; i <= 100; i++)
        {
            var customer = new EntityMention($"Client {i:000}", EntityKind.PublicBody);
            var sentence = $"Hubcloud fournit Client {i:000} en OpenStack.";
            text.Append(sentence).Append(' ');
            sentences.Add((customer, sentence));
        }
        var body = text.ToString();
        var doc = SampleGraph.Doc(body, "Hubcloud et ses clients", "https://example.org/hubcloud", new DateOnly(2020, 1, 1));
        var claims = sentences.Select(s => SampleGraph.Claim(RelationType.Supplies, hub, s.Customer, body, s.Sentence, 0.8, ("technology", "OpenStack"))).ToList();
        await store.IngestAsync(doc, new ExtractionResult([hub, .. sentences.Select(s => s.Customer)], claims));
    }

    [Fact]
    public async Task Listing_100_relations_with_entities_and_evidence_makes_a_bounded_number_of_store_calls()
    {
        using var app = new ApiApp();
        var store = app.Store;
        await SeedHubAsync(store);
        store.Reset();

        var (status, json) = await app.PostAsync("""
            { entity(id: "org:hubcloud") { relations(first: 100) { totalCount edges { node {
                type from { name } to { name country }
                evidence { quote confidence document { title url published } } } } } } }
            """);

        Assert.Equal(200, status);
        var edges = System.Text.Json.Nodes.JsonNode.Parse(json)!["data"]!["entity"]!["relations"]!["edges"]!.AsArray();
        Assert.Equal(100, edges.Count);
        Assert.All(edges, e => Assert.Equal("Hubcloud et ses clients", e!["node"]!["evidence"]![0]!["document"]!["title"]!.GetValue<string>()));
        // one call each: the entity, its relations, their 101 end entities, their 100 claims lists, the one document
        Assert.Equal(1, store.Calls.GetValueOrDefault(nameof(IGraphStore.GetEntityAsync)));
        Assert.Equal(1, store.Calls.GetValueOrDefault(nameof(IGraphStore.QueryEdgesAsync)));
        Assert.Equal(1, store.Calls.GetValueOrDefault(nameof(IGraphStore.GetEntitiesAsync)));
        Assert.Equal(1, store.Calls.GetValueOrDefault(nameof(IGraphStore.GetClaimsForEdgesAsync)));
        Assert.Equal(1, store.Calls.GetValueOrDefault(nameof(IGraphStore.GetDocumentsAsync)));
        Assert.Equal(5, store.Total);
    }

    [Fact]
    public async Task Suppliers_page_batches_its_entities_claims_and_documents_too()
    {
        using var app = new ApiApp();
        var store = app.Store;
        await SeedHubAsync(store);
        store.Reset();

        var data = await app.DataAsync("""
            { suppliers(technology: "OpenStack", first: 100) { edges { node { supplier { name } customer { name } technology { name } evidence { quote document { title } } } } } }
            """);

        Assert.Contains("Client 100", data);
        // the technology entity's id joins the same entity batch as suppliers and customers
        Assert.Equal(1, store.Calls.GetValueOrDefault(nameof(IGraphStore.GetEntitiesAsync)));
        Assert.Equal(4, store.Total);
    }
}
