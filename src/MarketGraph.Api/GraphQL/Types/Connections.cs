using GraphQL.Types;
using GraphQL.Types.Relay;

namespace MarketGraph.Api.GraphQL.Types;

/// <summary>Relay connection and edge types with their names spelled out ("EntityConnection", "EntityEdge").</summary>
public abstract class NamedEdgeType<TNode> : EdgeType<TNode> where TNode : IGraphType
{
    protected NamedEdgeType(string node)
    {
        Name = $"{node}Edge";
        Description = $"An edge in a {node} connection: a node and its cursor.";
    }
}

public abstract class NamedConnectionType<TNode, TEdge> : ConnectionType<TNode, TEdge>
    where TNode : IGraphType
    where TEdge : EdgeType<TNode>
{
    protected NamedConnectionType(string node)
    {
        Name = $"{node}Connection";
        Description = $"A page of {node} items: edges with cursors, pageInfo and totalCount.";
    }
}

public sealed class EntityEdgeType() : NamedEdgeType<EntityInterface>("Entity");
public sealed class EntityConnectionType() : NamedConnectionType<EntityInterface, EntityEdgeType>("Entity");

public sealed class RelationEdgeType() : NamedEdgeType<RelationGraphType>("Relation");
public sealed class RelationConnectionType() : NamedConnectionType<RelationGraphType, RelationEdgeType>("Relation");

public sealed class SupplyEdgeType() : NamedEdgeType<SupplyGraphType>("Supply");
public sealed class SupplyConnectionType() : NamedConnectionType<SupplyGraphType, SupplyEdgeType>("Supply");

public sealed class ContractEdgeType() : NamedEdgeType<ContractGraphType>("Contract");
public sealed class ContractConnectionType() : NamedConnectionType<ContractGraphType, ContractEdgeType>("Contract");

public sealed class DocumentEdgeType() : NamedEdgeType<DocumentGraphType>("Document");
public sealed class DocumentConnectionType() : NamedConnectionType<DocumentGraphType, DocumentEdgeType>("Document");
