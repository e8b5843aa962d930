using GraphQL.Types;
using GraphQLParser.AST;
using MarketGraph.Core.Claims;

namespace MarketGraph.Api.GraphQL.Types;

/// <summary>A calendar date, ISO-8601 "2017-02-01".</summary>
public sealed class DateScalar : DateOnlyGraphType
{
    public DateScalar()
    {
        Name = "Date";
        Description = "A calendar date, ISO-8601 (\"2017-02-01\").";
    }
}

/// <summary>A JSON object of scalar values (a relation's or claim's properties); output only.</summary>
public sealed class JsonScalar : ScalarGraphType
{
    public JsonScalar()
    {
        Name = "JSON";
        Description = "A JSON object of properties: strings, numbers and booleans (dates as ISO-8601 strings).";
    }

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        ClaimProps props => props.ToDictionary(p => p.Key, p => p.Value),
        IReadOnlyDictionary<string, object> d => d.ToDictionary(p => p.Key, p => p.Value),
        _ => ThrowSerializationError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => ThrowLiteralConversionError(value, "JSON is an output type only");

    public override object? ParseValue(object? value) => ThrowValueConversionError(value);
}
