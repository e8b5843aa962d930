using System.Text.Encodings.Web;
using System.Text.Json;
using MarketGraph.Core.Documents;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Extraction;

using Extraction = MarketGraph.Core.Ports.Extraction;

/// <summary>The <c>extract --format json</c> output of DESIGN.md: document, entities, relations.</summary>
public static class ExtractionJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Stream output, Document document, Extraction extraction)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(extraction);
        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();
        w.WriteStartObject("document");
        WriteStringOrNull(w, "title", document.Title);
        WriteStringOrNull(w, "language", document.Language ?? LanguageDetector.Detect(document.Text));
        WriteStringOrNull(w, "published", document.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteEndObject();

        w.WriteStartArray("entities");
        foreach (var e in extraction.Entities)
        {
            w.WriteStartObject();
            w.WriteString("name", e.Name);
            w.WriteString("type", e.Kind.ToString());
            w.WriteStartArray("aliases");
            foreach (var a in e.Aliases) w.WriteStringValue(a);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("relations");
        foreach (var c in extraction.Claims)
        {
            w.WriteStartObject();
            w.WriteString("type", c.Type.WireName());
            w.WriteString("subject", c.Subject.Name);
            w.WriteString("object", c.Object.Name);
            w.WriteStartObject("props");
            foreach (var (key, value) in c.Props)
            {
                switch (value)
                {
                    case long l: w.WriteNumber(key, l); break;
                    case double d: w.WriteNumber(key, d); break;
                    case bool b: w.WriteBoolean(key, b); break;
                    default: w.WriteString(key, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)); break;
                }
            }
            w.WriteEndObject();
            w.WriteString("evidence", c.Evidence.Quote);
            w.WriteNumber("confidence", c.Confidence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }

    private static void WriteStringOrNull(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }
}
