namespace MarketGraph.Api.Tests;

public sealed class QueryTests
{
    [Fact]
    public async Task Suppliers_of_a_technology_with_evidence()
    {
        using var app = new ApiApp();
        await app.SeedAsync();
        var data = await app.DataAsync("""
            { suppliers(technology: "openstack") { totalCount edges { node {
                supplier { name } customer { name } technology { id name kind }
                evidence { quote document { title url } } } } } }
            """);
        Json.Equal("""
            {"suppliers": {"totalCount": 2, "edges": [
              {"node": {"supplier": {"name": "Huawei"}, "customer": {"name": "Deutsche Telekom"},
                "technology": {"id": "tech:openstack", "name": "OpenStack", "kind": "TECHNOLOGY"},
                "evidence": [{"quote": "Huawei équipe aussi Deutsche Telekom en OpenStack.",
                              "document": {"title": "Marché IaaS de la DINSIC", "url": "https://example.org/dinsic-iaas"}}]}},
              {"node": {"supplier": {"name": "Huawei"}, "customer": {"name": "Orange"},
                "technology": {"id": "tech:openstack", "name": "OpenStack", "kind": "TECHNOLOGY"},
                "evidence": [{"quote": "Huawei fournit à Orange une pile OpenStack pour son cloud public.",
                              "document": {"title": "Orange, l'État et Huawei", "url": "https://example.org/orange-2017"}}]}}
            ]}}
            """, data);
    }
}

public sealed class EntityQueryTests
{
    [Fact]
    public async Task Entity_by_name_with_relations_and_evidence()
    {
        using var app = new ApiApp();
        await app.SeedAsync();
        var data = await app.DataAsync("""
            query ($name: String!) { entity(name: $name) {
              __typename id name kind country aliases identifiers { scheme value }
              relations(types: [OWNS_STAKE], direction: INCOMING) { totalCount edges { node {
                id type from { name } to { name } properties propertyList { key value } firstSeen lastSeen confidence
                evidence { quote start end extractor confidence status document { title publisher published } } } } } } }
            """, new { name = "orange" });
        Json.Equal("""
            {"entity": {"__typename": "Organization", "id": "org:orange", "name": "Orange", "kind": "ORGANIZATION", "country": "FR",
              "aliases": [], "identifiers": [{"scheme": "siren", "value": "380129866"}],
              "relations": {"totalCount": 1, "edges": [{"node": {
                "id": "OWNS_STAKE|pub:etat|org:orange", "type": "OWNS_STAKE", "from": {"name": "État"}, "to": {"name": "Orange"},
                "properties": {"percent": 23}, "propertyList": [{"key": "percent", "value": "23"}],
                "firstSeen": "2017-02-01", "lastSeen": "2017-02-01", "confidence": 0.9,
                "evidence": [{"quote": "L'État détient 23 % d'Orange.", "start": 0, "end": 29, "extractor": "api-test-seed/1",
                  "confidence": 0.9, "status": "EXTRACTED",
                  "document": {"title": "Orange, l'État et Huawei", "publisher": "MarketGraph tests", "published": "2017-02-01"}}]}}]}}}
            """, data);
    }

    [Fact]
    public async Task Relations_are_a_relay_connection_most_recent_first()
    {
        using var app = new ApiApp();
        await app.SeedAsync();
        const string query = """
            query ($after: String) { entity(id: "org:orange") { relations(first: 2, after: $after) {
              totalCount pageInfo { hasNextPage hasPreviousPage } edges { node { id } } } } }
            """;
        var first = await app.DataAsync(query);
        Json.Equal("""
            {"entity": {"relations": {"totalCount": 4, "pageInfo": {"hasNextPage": true, "hasPreviousPage": false}, "edges": [
              {"node": {"id": "SUBSIDIARY_OF|org:orange-business-services|org:orange"}},
              {"node": {"id": "OWNS_STAKE|org:orange|org:cloudwatt"}}]}}}
            """, first);
        var (_, raw) = await app.PostAsync("""{ entity(id: "org:orange") { relations(first: 2) { pageInfo { endCursor } } } }""");
        var cursor = System.Text.Json.Nodes.JsonNode.Parse(raw)!["data"]!["entity"]!["relations"]!["pageInfo"]!["endCursor"]!.GetValue<string>();
        var second = await app.DataAsync(query, new { after = cursor });
        Json.Equal("""
            {"entity": {"relations": {"totalCount": 4, "pageInfo": {"hasNextPage": false, "hasPreviousPage": true}, "edges": [
              {"node": {"id": "OWNS_STAKE|pub:etat|org:orange"}},
              {"node": {"id": "SUPPLIES|org:huawei|org:orange"}}]}}}
            """, second);
    }

    [Fact]
    public async Task Relations_as_of_a_date_leave_out_later_ones()
    {
        using var app = new ApiApp();
        await app.SeedAsync();
        var data = await app.DataAsync("""{ entity(id: "org:orange") { relations(asOf: "2017-06-01") { totalCount edges { node { type } } } } }""");
        Json.Equal("""
            {"entity": {"relations": {"totalCount": 3, "edges": [
              {"node": {"type": "OWNS_STAKE"}}, {"node": {"type": "OWNS_STAKE"}}, {"node": {"type": "SUPPLIES"}}]}}}
            """, data);
    }

    [Fact]
    public async Task Search_is_accent_insensitive_and_filters_by_kind()
    {
        using var app = new ApiApp();
        await app.SeedAsync();
        var data = await app.DataAsync("""
            { etat: search(text: "etat") { totalCount edges { node { id name kind } } }
              orange: search(text: "orange", kinds: [PUBLIC_BODY]) { totalCount } }
            """);
        Json.Equal("""
            {"etat": {"totalCount": 1, "edges": [{"node": {"id": "pub:etat", "name": "État", "kind": "PUBLIC_BODY"}}]},
             "orange": {"totalCount": 0}}
            """, data);
    }

    [Fact]
    public async Task Neighbours_and_relation_by_id_answer_the_explorer()
    {
        using var app = new ApiApp();
        await app.SeedAsync();
        var data = await app.DataAsync("""
            query ($id: ID!, $depth: Int!, $types: [RelationType!], $asOf: Date) {
              entity(id: $id) { id name kind neighbours(depth: $depth, types: $types, asOf: $asOf) {
                entities { id } relations { id type from { id } to { id } confidence } } }
              relation(id: "BUILT_ON|org:cloudwatt|tech:openstack") { type from { name } to { __typename name } properties } }
            """, new { id = "org:cloudwatt", depth = 1, types = new[] { "OWNS_STAKE", "BUILT_ON" } });
        Json.Equal("""
            {"entity": {"id": "org:cloudwatt", "name": "Cloudwatt", "kind": "ORGANIZATION", "neighbours": {
               "entities": [{"id": "org:cloudwatt"}, {"id": "org:orange"}, {"id": "tech:openstack"}],
               "relations": [
                 {"id": "OWNS_STAKE|org:orange|org:cloudwatt", "type": "OWNS_STAKE", "from": {"id": "org:orange"}, "to": {"id": "org:cloudwatt"}, "confidence": 0.9},
                 {"id": "BUILT_ON|org:cloudwatt|tech:openstack", "type": "BUILT_ON", "from": {"id": "org:cloudwatt"}, "to": {"id": "tech:openstack"}, "confidence": 0.8}]}},
             "relation": {"type": "BUILT_ON", "from": {"name": "Cloudwatt"}, "to": {"__typename": "Technology", "name": "OpenStack"}, "properties": {}}}
            """, data);
    }
}

public sealed class GraphQueryTests
{
    [Fact]
    public async Task Ownership_multiplies_stakes_up_the_chain()
    {
        using var app = new ApiApp();
        await app.SeedAsync();
        var data = await app.DataAsync("""
            { cloudwatt: ownership(entity: "Cloudwatt") { depth owner { name } owned { name } percent effectivePercent path { type } }
              obs: ownership(entity: "org:orange-business-services", depth: 2) { depth owner { name } percent effectivePercent } }
            """);
        Json.Equal("""
            {"cloudwatt": [
               {"depth": 1, "owner": {"name": "Orange"}, "owned": {"name": "Cloudwatt"}, "percent": 100, "effectivePercent": 100, "path": [{"type": "OWNS_STAKE"}]},
               {"depth": 2, "owner": {"name": "État"}, "owned": {"name": "Orange"}, "percent": 23, "effectivePercent": 23, "path": [{"type": "OWNS_STAKE"}, {"type": "OWNS_STAKE"}]}],
             "obs": [
               {"depth": 1, "owner": {"name": "Orange"}, "percent": null, "effectivePercent": null},
               {"depth": 2, "owner": {"name": "État"}, "percent": 23, "effectivePercent": null}]}
            """, data);
    }

    [Fact]
    public async Task Paths_between_two_entities_by_name()
    {
        using var app = new ApiApp();
        await app.SeedAsync();
        var data = await app.DataAsync("""
            { paths(from: "Huawei", to: "Cloudwatt", maxHops: 3) { length entities { name } relations { type } } }
            """);
        Json.Equal("""
            {"paths": [{"length": 2, "entities": [{"name": "Huawei"}, {"name": "Orange"}, {"name": "Cloudwatt"}],
                        "relations": [{"type": "SUPPLIES"}, {"type": "OWNS_STAKE"}]}]}
            """, data);
    }

    [Fact]
    public async Task Contracts_filter_by_buyer_cpv_and_date()
    {
        using var app = new ApiApp();
        await app.SeedAsync();
        var data = await app.DataAsync("""
            { hit: contracts(buyer: "DINSIC", cpv: "72000000", from: "2018-01-01", to: "2018-12-31") { totalCount edges { node {
                buyer { name } supplier { name } subject value currency date contractId cpv evidence { quote } } } }
              missBuyer: contracts(buyer: "Nobody at all") { totalCount }
              missDate: contracts(to: "2017-12-31") { totalCount } }
            """);
        Json.Equal("""
            {"hit": {"totalCount": 1, "edges": [{"node": {"buyer": {"name": "DINSIC"}, "supplier": {"name": "Orange Business Services"},
               "subject": "IaaS", "value": 1200000, "currency": "EUR", "date": "2018-04-15", "contractId": null, "cpv": "72000000",
               "evidence": [{"quote": "La DINSIC a attribué à Orange Business Services un marché IaaS."}]}}]},
             "missBuyer": {"totalCount": 0}, "missDate": {"totalCount": 0}}
            """, data);
    }

    [Fact]
    public async Task Documents_with_total_count_and_sources()
    {
        using var app = new ApiApp();
        await app.SeedAsync();
        var data = await app.DataAsync("""
            { documents(first: 1) { totalCount pageInfo { hasNextPage } edges { node { title url published language claimCount } } }
              sources { name } }
            """);
        Json.Equal("""
            {"documents": {"totalCount": 2, "pageInfo": {"hasNextPage": true}, "edges": [{"node": {
               "title": "Marché IaaS de la DINSIC", "url": "https://example.org/dinsic-iaas", "published": "2018-05-01", "language": "fr", "claimCount": 3}}]},
             "sources": []}
            """, data);
    }
}
