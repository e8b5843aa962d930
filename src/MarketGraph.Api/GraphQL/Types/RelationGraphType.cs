using System.Globalization;
using GraphQL;
using GraphQL.Types;
using MarketGraph.Api.GraphQL.Loaders;
using MarketGraph.Core.Claims;
using MarketGraph.Core.Graph;

namespace MarketGraph.Api.GraphQL.Types;

public sealed class RelationGraphType : ObjectGraphType<Edge>
{
    public RelationGraphType()
    {
        Name = "Relation";
        Description = "A directed relation between two entities: the claims of one or more documents that agree on it.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<RelationTypeEnum>>("type").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<EntityInterface>>("from").Resolve(c => c.Loaders().Entity(c.Source.FromId));
        Field<NonNullGraphType<EntityInterface>>("to").Resolve(c => c.Loaders().Entity(c.Source.ToId));
        Field<NonNullGraphType<JsonScalar>>("properties").Description("percent, date, technology, value… as a JSON object").Resolve(c => c.Source.Props);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PropertyGraphType>>>>("propertyList")
            .Description("The same properties as key/value pairs").Resolve(c => PropertyList(c.Source.Props));
        Field<DateScalar>("firstSeen").Resolve(c => c.Source.FirstSeen);
        Field<DateScalar>("lastSeen").Resolve(c => c.Source.LastSeen);
        Field<NonNullGraphType<FloatGraphType>>("confidence").Description("Highest confidence among its live claims").Resolve(c => c.Source.Confidence);
        Field<NonNullGraphType<IntGraphType>>("claimCount").Resolve(c => c.Source.ClaimCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceGraphType>>>>("evidence")
            .Description("The claims behind the relation, each with its quote and document; rejected ones only when asked")
            .Argument<BooleanGraphType>("includeRejected", "Also list claims an analyst rejected", a => a.DefaultValue = false)
            .Resolve(c =>
            {
                var includeRejected = c.GetArgument("includeRejected", false);
                return c.Loaders().Claims(c.Source.Id).Then(claims => includeRejected ? claims : claims.Where(x => x.Status != ReviewStatus.Rejected).ToList());
            });
    }

    internal static List<KeyValue> PropertyList(ClaimProps props) =>
        props.Select(p => new KeyValue(p.Key, p.Value switch
        {
            bool b => b ? "true" : "false",
            _ => Convert.ToString(p.Value, CultureInfo.InvariantCulture) ?? "",
        })).ToList();
}
