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
