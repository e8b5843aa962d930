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
