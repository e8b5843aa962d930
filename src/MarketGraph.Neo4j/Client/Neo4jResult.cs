namespace MarketGraph.Neo4j.Client;

/// <summary>A statement's result, values decoded from typed JSON (Integer → long, Float → double, Date → DateOnly…).</summary>
public sealed record Neo4jResult(IReadOnlyList<string> Fields, IReadOnlyList<IReadOnlyList<object?>> Values, IReadOnlyList<string> Bookmarks)
{
    public static readonly Neo4jResult Empty = new([], [], []);

    public IEnumerable<Neo4jRecord> Records => Values.Select(v => new Neo4jRecord(Fields, v));
}

/// <summary>One row, its values looked up by field name.</summary>
public sealed class Neo4jRecord(IReadOnlyList<string> fields, IReadOnlyList<object?> values)
{
    public object? this[string field]
    {
        get
        {
            for (var i = 0; i < fields.Count; i++) if (fields[i] == field) return values[i];
            throw new KeyNotFoundException($"no field '{field}' in the result");
        }
    }

    public T? Get<T>(string field) => this[field] is T t ? t : default;
}

/// <summary>A node as the Query API returns it.</summary>
public sealed record Neo4jNode(string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A relationship as the Query API returns it.</summary>
public sealed record Neo4jRelationship(string ElementId, string Type, string StartElementId, string EndElementId, IReadOnlyDictionary<string, object?> Properties);
