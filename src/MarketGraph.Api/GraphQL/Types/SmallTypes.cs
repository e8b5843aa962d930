using GraphQL.Types;
using MarketGraph.Core.Graph;

namespace MarketGraph.Api.GraphQL.Types;

/// <summary>A key and value pair: identifiers (scheme, value) and properties as a list.</summary>
public sealed record KeyValue(string Key, string Value);

public sealed class IdentifierGraphType : ObjectGraphType<KeyValue>
{
    public IdentifierGraphType()
    {
        Name = "Identifier";
        Description = "An identifier of an entity: scheme (siren, siret, vat, lei, ted-org, national-id) and value.";
        Field<NonNullGraphType<StringGraphType>>("scheme").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("value").Resolve(c => c.Source.Value);
    }
}

public sealed class PropertyGraphType : ObjectGraphType<KeyValue>
{
    public PropertyGraphType()
    {
        Name = "Property";
        Description = "One property of a relation or claim, its value as text.";
        Field<NonNullGraphType<StringGraphType>>("key").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("value").Resolve(c => c.Source.Value);
    }
}

public sealed class MergeRecordGraphType : ObjectGraphType<MergeRecord>
{
    public MergeRecordGraphType()
    {
        Name = "MergeRecord";
        Description = "A recorded merge; splitEntity(mergeId) undoes it.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("keptId").Resolve(c => c.Source.KeptId);
        Field<NonNullGraphType<IdGraphType>>("mergedId").Resolve(c => c.Source.MergedId);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").Resolve(c => c.Source.At);
        Field<EntityInterface>("kept").Resolve(c => c.Loaders().Entity(c.Source.KeptId));
    }
}
