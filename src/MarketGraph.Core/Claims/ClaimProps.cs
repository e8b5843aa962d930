using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace MarketGraph.Core.Claims;

/// <summary>
/// A claim's or edge's properties (percent, date, technology, title, value…). Values are kept to JSON's
/// scalar types: string, double, long, bool. Dates are ISO-8601 strings ("2015-03-01").
/// </summary>
public sealed class ClaimProps : IReadOnlyDictionary<string, object>
{
    public static readonly ClaimProps Empty = new(new Dictionary<string, object>());

    private readonly SortedDictionary<string, object> _values;

    public ClaimProps(IEnumerable<KeyValuePair<string, object>> values)
    {
        _values = new SortedDictionary<string, object>(StringComparer.Ordinal);
        foreach (var (k, v) in values) _values[k] = Normalise(v);
    }

    public static ClaimProps Of(params (string Key, object? Value)[] values) =>
        new(values.Where(v => v.Value is not null).Select(v => new KeyValuePair<string, object>(v.Key, v.Value!)));

    public ClaimProps With(string key, object value)
    {
        var copy = new Dictionary<string, object>(_values) { [key] = value };
        return new ClaimProps(copy);
    }

    public string? GetString(string key) => _values.TryGetValue(key, out var v) ? Convert.ToString(v, CultureInfo.InvariantCulture) : null;

    public double? GetDouble(string key) => _values.TryGetValue(key, out var v) ? v switch
    {
        double d => d,
        long l => l,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) => p,
        _ => null,
    } : null;

    public bool? GetBool(string key) => _values.TryGetValue(key, out var v) && v is bool b ? b : null;

    public string ToJson() => JsonSerializer.Serialize(_values, Text.JsonDefaults.Relaxed);

    public static ClaimProps FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json)) return Empty;
        using var doc = JsonDocument.Parse(json);
        return FromJsonElement(doc.RootElement);
    }

    public static ClaimProps FromJsonElement(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object) return Empty;
        var values = new List<KeyValuePair<string, object>>();
        foreach (var p in element.EnumerateObject())
        {
            object? v = p.Value.ValueKind switch
            {
                JsonValueKind.String => p.Value.GetString(),
                JsonValueKind.Number => p.Value.TryGetInt64(out var l) ? (object)l : p.Value.GetDouble(),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => null,
            };
            if (v is not null) values.Add(new(p.Name, v));
        }
        return new ClaimProps(values);
    }

    private static object Normalise(object value) => value switch
    {
        string or bool or long or double => value,
        int i => (long)i,
        short s => (long)s,
        decimal m => m == decimal.Truncate(m) && Math.Abs(m) < long.MaxValue ? (long)m : (double)m,
        float f => (double)f,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset dto => dto.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    public object this[string key] => _values[key];
    public IEnumerable<string> Keys => _values.Keys;
    public IEnumerable<object> Values => _values.Values;
    public int Count => _values.Count;
    public bool ContainsKey(string key) => _values.ContainsKey(key);
    public bool TryGetValue(string key, out object value) => _values.TryGetValue(key, out value!);
    public IEnumerator<KeyValuePair<string, object>> GetEnumerator() => _values.GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
