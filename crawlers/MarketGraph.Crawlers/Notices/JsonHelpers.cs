using System.Globalization;
using System.Text.Json;

namespace MarketGraph.Crawlers.Notices;

internal static class JsonHelpers
{
    public static JsonElement? Get(this JsonElement e, params string[] path)
    {
        foreach (var p in path)
        {
            if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(p, out var next)) return null;
            e = next;
        }
        return e.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined ? null : e;
    }

    public static string? Str(this JsonElement e, params string[] path) => e.Get(path) is { } v ? v.ValueKind switch
    {
        JsonValueKind.String => XmlHelpers.Normalise(v.GetString()),
        JsonValueKind.Number => v.GetRawText(),
        _ => null,
    } : null;

    public static decimal? Dec(this JsonElement e, params string[] path) => e.Get(path) is { } v ? v.ValueKind switch
    {
        JsonValueKind.Number when v.TryGetDecimal(out var d) => d,
        JsonValueKind.String => XmlHelpers.Decimal(v.GetString()),
        _ => null,
    } : null;

    public static IEnumerable<JsonElement> Items(this JsonElement? e) =>
        e is { ValueKind: JsonValueKind.Array } a ? a.EnumerateArray() : e is { ValueKind: JsonValueKind.Object } o ? [o] : [];

    public static DateOnly? EpochMillisDate(this JsonElement e, params string[] path) =>
        e.Get(path) is { ValueKind: JsonValueKind.Number } v && v.TryGetInt64(out var ms)
            ? DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime.AddHours(2))
            : XmlHelpers.Date(e.Str(path));

    public static string Invariant(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
