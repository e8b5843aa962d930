using System.Globalization;
using System.Text.Json;
using MarketGraph.Core.Ports;

namespace MarketGraph.Core.Documents.Readers;

/// <summary>
/// A corpus file (<c>.json</c> with a "text" field, as in shared/data/articles): only title, text, language,
/// published, url and publisher are read; annotations are ignored.
/// </summary>
public sealed class CorpusJsonReader : IDocumentReader
{
    public bool CanRead(RawContent raw)
    {
        if (raw.Extension != ".json") return false;
        try
        {
            var reader = new Utf8JsonReader(raw.Bytes.AsSpan(0, Math.Min(raw.Bytes.Length, 64 * 1024)), isFinalBlock: false, state: default);
            // look at the top-level property names only
            var depth = 0;
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray) depth++;
                else if (reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray) depth--;
                else if (depth == 1 && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("text")) return true;
            }
        }
        catch (JsonException)
        {
        }
        return false;
    }

    public Document Read(RawContent raw)
    {
        var json = TextDecoding.DecodeUtf8(raw);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new InvalidInputException($"{raw.FileName ?? "input"}: malformed JSON ({e.Message.Split('.')[0]})", e);
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("text", out var textEl) || textEl.ValueKind != JsonValueKind.String)
                throw new InvalidInputException($"{raw.FileName ?? "input"}: a corpus file needs a \"text\" string");
            var text = TextDecoding.StripControlCharacters(textEl.GetString()!);
            if (string.IsNullOrWhiteSpace(text)) throw new InvalidInputException($"{raw.FileName ?? "input"}: \"text\" is empty");
            return new Document(raw.Hash, text, MediaTypes.PlainText)
            {
                Title = Str(root, "title"),
                Language = Str(root, "language"),
                Published = DateOnly.TryParse(Str(root, "published"), CultureInfo.InvariantCulture, out var d) ? d : null,
                Url = Str(root, "url") ?? raw.Url?.ToString(),
                Publisher = Str(root, "publisher"),
                FetchedAt = raw.FetchedAt,
                SourceName = raw.SourceName,
            };
        }
    }

    private static string? Str(JsonElement root, string name) =>
        root.TryGetProperty(name, out var el) && el.ValueKind == JsonValueKind.String ? el.GetString() : null;
}
