using GraphQL;
using GraphQL.Types;
using MarketGraph.Api.GraphQL.Loaders;
using MarketGraph.Core.Graph;

namespace MarketGraph.Api.GraphQL.Types;

/// <summary>An AWARDED_CONTRACT relation read as a contract award: buyer, supplier, subject, value, date, CPV.</summary>
public sealed class ContractGraphType : ObjectGraphType<Edge>
{
    public ContractGraphType()
    {
        Name = "Contract";
        Description = "A public contract awarded by a public buyer to a supplier.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The relation id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<EntityInterface>>("buyer").Resolve(c => c.Loaders().Entity(c.Source.FromId));
        Field<NonNullGraphType<EntityInterface>>("supplier").Resolve(c => c.Loaders().Entity(c.Source.ToId));
        Field<StringGraphType>("subject").Resolve(c => c.Source.Props.GetString("subject"));
        Field<FloatGraphType>("value").Resolve(c => c.Source.Props.GetDouble("value"));
        Field<StringGraphType>("currency").Resolve(c => c.Source.Props.GetString("currency"));
        Field<StringGraphType>("date").Description("Award date as the notice gives it (ISO-8601)").Resolve(c => c.Source.Props.GetString("date"));
        Field<StringGraphType>("contractId").Resolve(c => c.Source.Props.GetString("contractId"));
        Field<StringGraphType>("cpv").Description("Common Procurement Vocabulary code").Resolve(c => c.Source.Props.GetString("cpv"));
        Field<DateScalar>("firstSeen").Resolve(c => c.Source.FirstSeen);
        Field<DateScalar>("lastSeen").Resolve(c => c.Source.LastSeen);
        Field<NonNullGraphType<RelationGraphType>>("relation").Resolve(c => c.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceGraphType>>>>("evidence")
            .Resolve(c => c.Loaders().Claims(c.Source.Id).Then(claims => claims.Where(x => x.Status != Core.Claims.ReviewStatus.Rejected).ToList()));
    }
}
