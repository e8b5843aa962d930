using GraphQL.Types;
using MarketGraph.Core.Entities;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Api.GraphQL.Types;

public sealed class EntityInterface : InterfaceGraphType<Entity>
{
    public EntityInterface()
    {
        Name = "Entity";
        Description = "A node of the market graph: an organisation, public body, person, technology, offering, country…";
        EntityFields.AddTo(this);
        // the shared definitions carry resolvers for the object types; an interface must not have them
        foreach (var field in Fields) field.Resolver = null;
    }
}

/// <summary>One object type per entity kind; each implements Entity and claims the entities of its kinds.</summary>
public abstract class EntityObjectType : ObjectGraphType<Entity>
{
    protected EntityObjectType(string name, string description, params EntityKind[] kinds)
    {
        Name = name;
        Description = description;
        EntityFields.AddTo(this);
        Interface<EntityInterface>();
        IsTypeOf = o => o is Entity e && kinds.Contains(e.Kind);
    }
}

public sealed class OrganizationGraphType() : EntityObjectType("Organization", "A company or group.", EntityKind.Organization);

public sealed class PublicBodyGraphType() : EntityObjectType("PublicBody", "A state, ministry, agency or local authority (also a public buyer).", EntityKind.PublicBody);

public sealed class PersonGraphType() : EntityObjectType("Person", "A person holding roles in organisations.", EntityKind.Person);

public sealed class TechnologyGraphType() : EntityObjectType("Technology", "A technology stack, product or certification (OpenStack, SecNumCloud…).", EntityKind.Technology);

public sealed class OfferingGraphType() : EntityObjectType("Offering", "A commercial offering or service (a cloud platform…).", EntityKind.Offering);

public sealed class CountryGraphType() : EntityObjectType("Country", "A country.", EntityKind.Country);

public sealed class OtherEntityGraphType() : EntityObjectType("OtherEntity", "An entity of a kind without a type of its own (a contract or document named as an entity).", EntityKind.Contract, EntityKind.Document);
