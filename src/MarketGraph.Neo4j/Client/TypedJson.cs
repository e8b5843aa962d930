using System.Globalization;
using System.Text.Json;

namespace MarketGraph.Neo4j.Client;

/// <summary>
/// Neo4j's typed JSON (<c>application/vnd.neo4j.query</c>): every value is <c>{"$type": "...", "_value": ...}</c>,
/// so 64-bit integers, floats and temporals survive exactly in both directions.
/// </summary>
public static class TypedJson
{
    public const string MediaType = "application/vnd.neo4j.query";

    public static void WriteValue(Utf8JsonWriter w, object? value)
    {
        w.WriteStartObject();
        switch (value)
        {
            case null:
                w.WriteString("$type", "Null");
                w.WriteNull("_value");
                break;
            case string s:
                w.WriteString("$type", "String");
                w.WriteString("_value", s);
                break;
            case bool b:
                w.WriteString("$type", "Boolean");
                w.WriteBoolean("_value", b);
                break;
            case int or long or short or byte:
                w.WriteString("$type", "Integer");
                w.WriteString("_value", Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case double or float or decimal:
                w.WriteString("$type", "Float");
                w.WriteString("_value", Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));
                break;
            case DateOnly d:
                w.WriteString("$type", "Date");
                w.WriteString("_value", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset dto:
                w.WriteString("$type", "OffsetDateTime");
                w.WriteString("_value", dto.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
                break;
            case DateTime dt:
                w.WriteString("$type", "LocalDateTime");
                w.WriteString("_value", dt.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture));
                break;
            case byte[] bytes:
                w.WriteString("$type", "Base64");
                w.WriteString("_value", Convert.ToBase64String(bytes));
                break;
            case System.Collections.IDictionary map:
                w.WriteString("$type", "Map");
                w.WriteStartObject("_value");
                foreach (System.Collections.DictionaryEntry e in map)
                {
                    w.WritePropertyName(Convert.ToString(e.Key, CultureInfo.InvariantCulture)!);
                    WriteValue(w, e.Value);
                }
                w.WriteEndObject();
                break;
            case IEnumerable<KeyValuePair<string, object>> pairs:
                w.WriteString("$type", "Map");
                w.WriteStartObject("_value");
                foreach (var (k, v) in pairs)
                {
                    w.WritePropertyName(k);
                    WriteValue(w, v);
                }
                w.WriteEndObject();
                break;
            case System.Collections.IEnumerable list:
                w.WriteString("$type", "List");
                w.WriteStartArray("_value");
                foreach (var item in list)
                {
                    WriteValue(w, item);
                }
                w.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"no Cypher type for a parameter of type {value.GetType().Name}");
        }
        w.WriteEndObject();
    }

    public static object? ReadValue(JsonElement e)
    {
        // Plain JSON values (an older server, or a hand-written test answer) are read as they are.
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty("$type", out var typeElement)) return ReadPlain(e);
        var type = typeElement.GetString();
        e.TryGetProperty("_value", out var v);
        return type switch
        {
            "Null" => null,
            "Boolean" => v.ValueKind == JsonValueKind.String ? bool.Parse(v.GetString()!) : v.GetBoolean(),
            "Integer" => v.ValueKind == JsonValueKind.String ? long.Parse(v.GetString()!, CultureInfo.InvariantCulture) : v.GetInt64(),
            "Float" => v.ValueKind == JsonValueKind.String ? ParseFloat(v.GetString()!) : v.GetDouble(),
            "String" => v.GetString(),
            "Date" => DateOnly.ParseExact(v.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            "OffsetDateTime" => DateTimeOffset.Parse(v.GetString()!, CultureInfo.InvariantCulture),
            // "2015-03-01T10:00:00+01:00[Europe/Paris]": keep the instant and offset, drop the zone name
            "ZonedDateTime" => DateTimeOffset.Parse(StripZone(v.GetString()!), CultureInfo.InvariantCulture),
            "LocalDateTime" => DateTime.Parse(v.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            "Base64" => Convert.FromBase64String(v.GetString()!),
            "List" => v.EnumerateArray().Select(ReadValue).ToList(),
            "Map" => ReadMap(v),
            "Node" => new Neo4jNode(
                v.GetProperty("_element_id").GetString()!,
                v.GetProperty("_labels").EnumerateArray().Select(l => l.GetString()!).ToList(),
                v.TryGetProperty("_properties", out var np) ? ReadMap(np) : new Dictionary<string, object?>()),
            "Relationship" => new Neo4jRelationship(
                v.GetProperty("_element_id").GetString()!,
                v.GetProperty("_type").GetString()!,
                v.GetProperty("_start_node_element_id").GetString()!,
                v.GetProperty("_end_node_element_id").GetString()!,
                v.TryGetProperty("_properties", out var rp) ? ReadMap(rp) : new Dictionary<string, object?>()),
            "Path" => v.EnumerateArray().Select(ReadValue).ToList(),
            // Time, LocalTime, Duration, Point, Vector…: the store never reads these, keep the server's text
            _ => v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText(),
        };
    }

    private static double ParseFloat(string s) => s switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static string StripZone(string s)
    {
        var bracket = s.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? s : s[..bracket];
    }

    private static Dictionary<string, object?> ReadMap(JsonElement map)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in map.EnumerateObject()) result[p.Name] = ReadValue(p.Value);
        return result;
    }

    private static object? ReadPlain(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number => e.TryGetInt64(out var l) ? l : e.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => e.EnumerateArray().Select(ReadValue).ToList(),
        JsonValueKind.Object => ReadMap(e),
        _ => null,
    };
}
