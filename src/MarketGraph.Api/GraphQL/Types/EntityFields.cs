using GraphQL;
using GraphQL.Types;
using MarketGraph.Api.GraphQL.Relay;
using MarketGraph.Core.Entities;
using MarketGraph.Core.Graph;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Api.GraphQL.Types;

// GQL012 flags resolvers on a ComplexGraphType; the interface ignores them and the object types use them.
#pragma warning disable GQL012

/// <summary>The fields every entity has, shared by the Entity interface and each kind's object type.</summary>
internal static class EntityFields
{
    public const int MaxNeighbourDepth = 4;

    public static void AddTo(ComplexGraphType<Entity> type)
    {
        type.Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        type.Field<NonNullGraphType<StringGraphType>>("name").Description("Canonical name").Resolve(c => c.Source.Name);
        type.Field<NonNullGraphType<EntityKindEnum>>("kind").Resolve(c => c.Source.Kind);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases").Resolve(c => c.Source.Aliases);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdentifierGraphType>>>>("identifiers")
            .Resolve(c => c.Source.Identifiers.OrderBy(i => i.Key, StringComparer.Ordinal).Select(i => new KeyValue(i.Key, i.Value)).ToList());
        type.Field<StringGraphType>("country").Description("ISO 3166-1 alpha-2 code").Resolve(c => c.Source.Country);

        var relations = type.Field<NonNullGraphType<RelationConnectionType>>("relations")
            .Description("The entity's relations, most recently seen first")
            .Argument<ListGraphType<NonNullGraphType<RelationTypeEnum>>>("types", "Only these relation types")
            .Argument<DirectionEnum>("direction", "OUTGOING, INCOMING or BOTH (default)")
            .Argument<DateScalar>("asOf", "Only relations live on that date")
            .ResolveAsync(async c =>
            {
                var page = c.PageOf();
                var query = new EdgeQuery
                {
                    EntityIds = [c.Source.Id],
                    Direction = c.GetArgument("direction", Direction.Both),
                    Types = c.GetArgument<List<RelationType>?>("types"),
                    AsOf = c.GetArgument<DateOnly?>("asOf"),
                };
                return (await c.Store().QueryEdgesAsync(query, page, c.CancellationToken)).ToConnection(page);
            });
        relations.FieldType.AddPagingArguments();

        type.Field<NonNullGraphType<NeighbourhoodGraphType>>("neighbours")
            .Description($"Entities within depth hops (at most {MaxNeighbourDepth}) and the relations among them")
            .Argument<IntGraphType>("depth", "Hops, 1 by default", a => a.DefaultValue = 1)
            .Argument<ListGraphType<NonNullGraphType<RelationTypeEnum>>>("types", "Only walk these relation types")
            .Argument<DateScalar>("asOf", "Only relations live on that date")
            .Argument<IntGraphType>("maxEntities", "Stop after this many entities (at most 500)", a => a.DefaultValue = 200)
            .ResolveAsync(async c =>
            {
                var depth = c.GetArgument("depth", 1);
                if (depth is < 0 or > MaxNeighbourDepth) throw new ExecutionError($"depth must be between 0 and {MaxNeighbourDepth}") { Code = "BAD_ARGUMENT" };
                var max = Math.Clamp(c.GetArgument("maxEntities", 200), 1, 500);
                return await c.Store().NeighbourhoodAsync(c.Source.Id, depth, c.GetArgument<List<RelationType>?>("types"), c.GetArgument<DateOnly?>("asOf"), max, c.CancellationToken);
            });
    }
}
