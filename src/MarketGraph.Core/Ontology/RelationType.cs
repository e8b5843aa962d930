namespace MarketGraph.Core.Ontology;

/// <summary>Directed relation types. Wire names (JSON, Cypher, GraphQL) are UPPER_SNAKE: see <see cref="RelationTypes"/>.</summary>
public enum RelationType
{
    OwnsStake,
    SubsidiaryOf,
    Acquired,
    JointVentureOf,
    PartnersWith,
    Supplies,
    BuiltOn,
    Operates,
    AwardedContract,
    HoldsRole,
    Qualified,
    Mentions,
}
