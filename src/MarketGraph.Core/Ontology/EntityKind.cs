namespace MarketGraph.Core.Ontology;

/// <summary>The kinds of node in the graph (DESIGN.md, "Ontology").</summary>
public enum EntityKind
{
    Organization,
    PublicBody,
    Person,
    Technology,
    Offering,
    Country,
    Contract,
    Document,
}
