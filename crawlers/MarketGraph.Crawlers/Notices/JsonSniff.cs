using System.Text.Json;
using MarketGraph.Core.Documents;

namespace MarketGraph.Crawlers.Notices;

/// <summary>Recognises JSON formats by their top-level keys, reading only the first 64 KB.</summary>
public static class JsonSniff
{
    public static HashSet<string> TopLevelKeys(RawContent raw)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (SafeXml.FirstNonSpace(raw.Bytes) != '{') return keys;
        var span = raw.Bytes.AsSpan();
        if (span.StartsWith(System.Text.Encoding.UTF8.Preamble)) span = span[3..];
        try
        {
            var reader = new Utf8JsonReader(span[..Math.Min(span.Length, 64 * 1024)], isFinalBlock: false, state: default);
            var depth = 0;
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) depth++;
                else if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray) depth--;
                else if (depth == 1 && reader.TokenType == JsonTokenType.PropertyName) keys.Add(reader.GetString()!);
            }
        }
        catch (JsonException)
        {
        }
        return keys;
    }

    /// <summary>
    /// The keys of the first record of a list of flat records: a top-level array (<c>[{…}, …]</c>) or the
    /// <c>results</c> array of an API answer (<c>{"total_count": N, "results": [{…}, …]}</c>). Empty if neither.
    /// </summary>
    public static HashSet<string> FirstRecordKeys(RawContent raw)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var first = SafeXml.FirstNonSpace(raw.Bytes);
        if (first is not ('[' or '{')) return keys;
        var span = raw.Bytes.AsSpan();
        if (span.StartsWith(System.Text.Encoding.UTF8.Preamble)) span = span[3..];
        try
        {
            var reader = new Utf8JsonReader(span[..Math.Min(span.Length, 64 * 1024)], isFinalBlock: false, state: default);
            // depth of the array whose first element is the record: 1 for a top-level array, 2 for {"results": [...]}
            var arrayDepth = first == '[' ? 1 : -1;
            var depth = 0;
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName when depth == 1 && arrayDepth < 0 && reader.ValueTextEquals("results"u8):
                        arrayDepth = 2;
                        break;
                    case JsonTokenType.PropertyName when depth == arrayDepth + 1 && arrayDepth > 0:
                        keys.Add(reader.GetString()!);
                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        depth++;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        // the end of the first record, or of an empty list
                        if (arrayDepth > 0 && (depth == arrayDepth + 1 || depth == arrayDepth)) return keys;
                        depth--;
                        break;
                }
            }
        }
        catch (JsonException)
        {
        }
        return keys;
    }

    public static JsonDocument Parse(string text, string name)
    {
        try
        {
            return JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            throw new InvalidInputException($"{name}: malformed or truncated JSON ({SafeXml.OneLine(e.Message.Split(". ")[0])})", e);
        }
    }
}
