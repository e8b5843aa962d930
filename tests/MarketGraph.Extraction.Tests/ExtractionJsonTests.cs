using System.Text;
using System.Text.Json;
using MarketGraph.Core.Documents;

namespace MarketGraph.Extraction.Tests;

public class ExtractionJsonTests
{
    [Fact]
    public void Writes_the_design_shape_with_readable_accents()
    {
        var doc = new Document("h", "L'État détient 23 % de Nubilo, une société de cloud.", MediaTypes.PlainText)
        {
            Title = "Un titre accentué", Language = "fr", Published = new DateOnly(2017, 2, 1),
        };
        var extraction = new TextClaimExtractor().Extract(doc);
        using var ms = new MemoryStream();
        ExtractionJson.Write(ms, doc, extraction);
        var json = Encoding.UTF8.GetString(ms.ToArray());
        Assert.Contains("accentué", json);
        Assert.Contains("\n", json);
        using var parsed = JsonDocument.Parse(json);
        var root = parsed.RootElement;
        Assert.Equal("fr", root.GetProperty("document").GetProperty("language").GetString());
        Assert.Equal("2017-02-01", root.GetProperty("document").GetProperty("published").GetString());
        var entity = root.GetProperty("entities").EnumerateArray().First(e => e.GetProperty("name").GetString() == "French State");
        Assert.Equal("PublicBody", entity.GetProperty("type").GetString());
        Assert.Equal(JsonValueKind.Array, entity.GetProperty("aliases").ValueKind);
        var rel = root.GetProperty("relations").EnumerateArray().Single();
        Assert.Equal("OWNS_STAKE", rel.GetProperty("type").GetString());
        Assert.Equal("French State", rel.GetProperty("subject").GetString());
        Assert.Equal("Nubilo", rel.GetProperty("object").GetString());
        Assert.Equal(23, rel.GetProperty("props").GetProperty("percent").GetInt32());
        Assert.Equal(doc.Text, rel.GetProperty("evidence").GetString());
        Assert.InRange(rel.GetProperty("confidence").GetDouble(), 0.5, 1);
    }
}
