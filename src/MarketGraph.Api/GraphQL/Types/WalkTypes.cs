using GraphQL.Types;
using MarketGraph.Core.Graph;

namespace MarketGraph.Api.GraphQL.Types;

public sealed class NeighbourhoodGraphType : ObjectGraphType<Subgraph>
{
    public NeighbourhoodGraphType()
    {
        Name = "Neighbourhood";
        Description = "Entities around a start entity and the relations among them.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("entities").Resolve(c => c.Source.Entities);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("relations").Resolve(c => c.Source.Edges);
    }
}

public sealed class PathGraphType : ObjectGraphType<GraphPath>
{
    public PathGraphType()
    {
        Name = "Path";
        Description = "A shortest path: entities in order and the relations between consecutive ones (walked either way).";
        Field<NonNullGraphType<IntGraphType>>("length").Description("Number of relations").Resolve(c => c.Source.Edges.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("entities").Resolve(c => c.Loaders().Entities(c.Source.EntityIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("relations").Resolve(c => c.Source.Edges);
    }
}

/// <summary>One owner up an ownership chain.</summary>
public sealed record OwnershipStake(string OwnerId, string OwnedId, int Depth, double? Percent, double? EffectivePercent, IReadOnlyList<Edge> Path)
{
    public Edge Relation => Path[^1];
}

public sealed class OwnershipStakeGraphType : ObjectGraphType<OwnershipStake>
{
    public OwnershipStakeGraphType()
    {
        Name = "OwnershipStake";
        Description = "An owner of the entity, directly (depth 1) or up a chain of stakes and parent companies.";
        Field<NonNullGraphType<EntityInterface>>("owner").Resolve(c => c.Loaders().Entity(c.Source.OwnerId));
        Field<NonNullGraphType<EntityInterface>>("owned").Description("The entity the owner holds directly").Resolve(c => c.Loaders().Entity(c.Source.OwnedId));
        Field<NonNullGraphType<IntGraphType>>("depth").Resolve(c => c.Source.Depth);
        Field<FloatGraphType>("percent").Description("The owner's direct stake in 'owned'; null when the source gives none (SUBSIDIARY_OF)").Resolve(c => c.Source.Percent);
        Field<FloatGraphType>("effectivePercent")
            .Description("The owner's share of the queried entity along this chain: the stakes multiplied; null when a link has no percent")
            .Resolve(c => c.Source.EffectivePercent);
        Field<NonNullGraphType<RelationGraphType>>("relation").Resolve(c => c.Source.Relation);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationGraphType>>>>("path")
            .Description("The relations from the queried entity up to this owner").Resolve(c => c.Source.Path);
    }
}
