using GraphQL.Types;
using MarketGraph.Core.Claims;
using MarketGraph.Core.Graph;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Api.GraphQL.Types;

public sealed class RelationTypeEnum : EnumerationGraphType<RelationType>
{
    public RelationTypeEnum()
    {
        Name = "RelationType";
        Description = "Directed relation types of the ontology (DESIGN.md); PARTNERS_WITH is symmetric.";
    }
}

public sealed class EntityKindEnum : EnumerationGraphType<EntityKind>
{
    public EntityKindEnum()
    {
        Name = "EntityKind";
    }
}

public sealed class DirectionEnum : EnumerationGraphType<Direction>
{
    public DirectionEnum()
    {
        Name = "Direction";
        Description = "Which edges of an entity: leaving it (OUTGOING), entering it (INCOMING) or both.";
    }
}

public sealed class ReviewStatusEnum : EnumerationGraphType<ReviewStatus>
{
    public ReviewStatusEnum()
    {
        Name = "ReviewStatus";
        Description = "A claim's review: EXTRACTED (by a machine), CONFIRMED or REJECTED (by an analyst).";
    }
}
