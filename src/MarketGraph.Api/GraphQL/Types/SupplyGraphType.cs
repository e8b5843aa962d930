using GraphQL;
using GraphQL.Types;
using MarketGraph.Api.GraphQL.Loaders;
using MarketGraph.Core.Entities;
using MarketGraph.Core.Graph;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Api.GraphQL.Types;

/// <summary>A SUPPLIES relation read as "supplier supplies technology to customer".</summary>
public sealed class SupplyGraphType : ObjectGraphType<Edge>
{
    public SupplyGraphType()
    {
        Name = "Supply";
        Description = "Who supplies which technology (stack, hardware, software, offering) to whom, with the evidence.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<EntityInterface>>("supplier").Resolve(c => c.Loaders().Entity(c.Source.FromId));
        Field<NonNullGraphType<EntityInterface>>("customer").Resolve(c => c.Loaders().Entity(c.Source.ToId));
        Field<EntityInterface>("technology")
            .Description("The technology supplied: the graph's Technology entity of that name, else one named by the claim")
            .Resolve(c =>
            {
                if (c.Source.Props.GetString("technology") is not { Length: > 0 } name) return null;
                var id = EntityId.For(EntityKind.Technology, name);
                return c.Loaders().Entity(id).Then(e => e ?? new Entity(id, name, EntityKind.Technology));
            });
        Field<DateScalar>("firstSeen").Resolve(c => c.Source.FirstSeen);
        Field<DateScalar>("lastSeen").Resolve(c => c.Source.LastSeen);
        Field<NonNullGraphType<FloatGraphType>>("confidence").Resolve(c => c.Source.Confidence);
        Field<NonNullGraphType<RelationGraphType>>("relation").Resolve(c => c.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceGraphType>>>>("evidence")
            .Resolve(c => c.Loaders().Claims(c.Source.Id).Then(claims => claims.Where(x => x.Status != Core.Claims.ReviewStatus.Rejected).ToList()));
    }
}
