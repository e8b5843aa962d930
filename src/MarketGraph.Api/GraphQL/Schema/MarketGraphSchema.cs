using MarketGraph.Api.GraphQL.Types;

namespace MarketGraph.Api.GraphQL.Schema;

public sealed class MarketGraphSchema : global::GraphQL.Types.Schema
{
    public MarketGraphSchema(IServiceProvider services, QueryType query, MutationType mutation) : base(services)
    {
        Description = "MarketGraph: the public-sector cloud market as a knowledge graph, every fact with its evidence.";
        Query = query;
        Mutation = mutation;
        // entity kinds are only reached through the Entity interface: register them so it can resolve to them
        RegisterType(typeof(OrganizationGraphType));
        RegisterType(typeof(PublicBodyGraphType));
        RegisterType(typeof(PersonGraphType));
        RegisterType(typeof(TechnologyGraphType));
        RegisterType(typeof(OfferingGraphType));
        RegisterType(typeof(CountryGraphType));
        RegisterType(typeof(OtherEntityGraphType));
    }
}
