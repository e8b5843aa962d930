using System.Text;
using System.Text.Json.Nodes;
using MarketGraph.Core.Documents;
using MarketGraph.Core.Ontology;
using MarketGraph.Crawlers.Notices;

namespace MarketGraph.Crawlers.Tests;

public class BoampOpenDataParserTests
{
    internal const string FixturePath = "procurement/boamp/opendata-records_constructed-from-data-dictionary.json";

    /// <summary>The fixture's records as a <c>/records</c> answer, compact JSON as an API would send it.</summary>
    internal static byte[] RecordsAnswer(Func<JsonNode, bool> keep)
    {
        var records = JsonNode.Parse(File.ReadAllText(Fixture.PathOf(FixturePath)))!.AsArray().Where(r => keep(r!)).Select(r => r!.DeepClone()).ToArray();
        return Encoding.UTF8.GetBytes(new JsonObject { ["total_count"] = 1234, ["results"] = new JsonArray(records) }.ToJsonString());
    }

    [Fact]
    public void Export_array_gives_one_notice_per_record_and_claims_for_award_records_only()
    {
        var (doc, x) = Fixture.Extract(FixturePath);
        Assert.Equal(BoampOpenDataParser.OpenDataMediaType, doc.MediaType);
        Assert.Equal(new DateOnly(2024, 11, 5), doc.Published);
        Assert.Equal("fr", doc.Language);
        Fixture.AssertEvidence(doc, x);

        // six records, six Contract entities, each named by its idweb and objet
        var contracts = x.Entities.Where(e => e.Kind == EntityKind.Contract).ToList();
        Assert.Equal(["24-100001", "24-100002", "24-100003", "24-100004", "24-100005", "24-100006"], contracts.Select(c => c.Identifiers["notice-id"]).Order().ToArray());
        Assert.Contains(contracts, c => c.Name == "24-100004 Acquisition d'une solution de messagerie collaborative hébergée");

        // awards: 24-100001 (1 winner), 24-100002 (2, ";"), 24-100003 (2, array), 24-100005 (2, newline, nature_categorise only)
        Assert.Equal(7, x.Claims.Count);
        Assert.All(x.Claims, c => Assert.Equal(RelationType.AwardedContract, c.Type));
        Assert.DoesNotContain(x.Claims, c => c.Props.GetString("contractId") is "24-100004" or "24-100006");
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.PublicBody && e.Name == "Commune d'Exemple-sur-Mer");

        var first = Assert.Single(x.Claims, c => c.Props.GetString("contractId") == "24-100001");
        Assert.Equal("Métropole d'Exempleville", first.Subject.Name);
        Assert.Equal(EntityKind.PublicBody, first.Subject.Kind);
        Assert.Equal("NUAGE SOUVERAIN SAS", first.Object.Name);
        Assert.Equal("2024-11-05", first.Props.GetString("date"));
        Assert.Equal("Hébergement de l'infrastructure applicative en cloud qualifié", first.Props.GetString("subject"));
        Assert.Equal("https://www.boamp.fr/pages/avis/?q=idweb:24-100001", first.Props.GetString("noticeUrl"));
        Assert.Null(first.Props.GetString("cpv")); // descriptor 162 is BOAMP's own code, not CPV
        Assert.Equal("ATTRIBUTION", first.Props.GetString("noticeSubtype"));

        // ";" splits, consortium roles are cleaned
        Assert.Equal(["DATAPOLE CONSEIL", "INFOGERANCE DU SUD"], Winners(x, "24-100002"));
        // an array of names; a comma inside a name does not split it; no url_avis → the notice page is built from idweb
        Assert.Equal(["ARCHIVAGE NUMERIQUE SA", "DUPONT, DURAND ET ASSOCIES"], Winners(x, "24-100003"));
        var third = x.Claims.First(c => c.Props.GetString("contractId") == "24-100003");
        Assert.Equal("72415000", third.Props.GetString("cpv"));
        Assert.Equal("https://www.boamp.fr/pages/avis/?q=idweb:24-100003", third.Props.GetString("noticeUrl"));
        // newline splits; the winner also named in 24-100001 is evidenced inside 24-100005's own record
        Assert.Equal(["NUAGE SOUVERAIN SAS", "SECURICLOUD"], Winners(x, "24-100005"));
        var again = x.Claims.Single(c => c.Props.GetString("contractId") == "24-100005" && c.Object.Name == "NUAGE SOUVERAIN SAS");
        Assert.True(again.Evidence.Start > doc.Text.IndexOf("\"idweb\": \"24-100005\"", StringComparison.Ordinal));
        Assert.True(first.Evidence.Start < doc.Text.IndexOf("\"idweb\": \"24-100002\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Records_answer_of_the_explore_api_is_read_the_same_way()
    {
        var raw = new RawContent(RecordsAnswer(r => (string?)r["idweb"] is "24-100002" or "24-100004")) { Url = new Uri("https://www.boamp.fr/api/explore/v2.1/catalog/datasets/boamp/records") };
        var doc = Fixture.Readers.Read(raw);
        var x = Fixture.Extractors.Extract(doc, 0.5);
        Assert.Equal(BoampOpenDataParser.OpenDataMediaType, doc.MediaType);
        Fixture.AssertEvidence(doc, x);
        Assert.Equal(2, x.Claims.Count);
        Assert.All(x.Claims, c => Assert.Equal("Syndicat mixte Numérique Exemple", c.Subject.Name));
        Assert.Equal(2, x.Entities.Count(e => e.Kind == EntityKind.Contract));
    }

    [Fact]
    public void Titulaire_is_split_on_semicolons_and_line_breaks_only()
    {
        var node = JsonNode.Parse("""{"s": " A SAS ;B, C et associés\r\nD ", "a": ["E; F", "G"], "n": null}""")!;
        using var doc = System.Text.Json.JsonDocument.Parse(node.ToJsonString());
        Assert.Equal(["A SAS", "B, C et associés", "D"], BoampOpenDataParser.WinnerNames(doc.RootElement.GetProperty("s")));
        Assert.Equal(["E", "F", "G"], BoampOpenDataParser.WinnerNames(doc.RootElement.GetProperty("a")));
        Assert.Empty(BoampOpenDataParser.WinnerNames(null));
    }

    [Theory]
    [InlineData("72415000", "72415000")]
    [InlineData("48820000-2", "48820000")]
    [InlineData("162", null)]
    [InlineData("7241500", null)]
    [InlineData("72415000X", null)]
    public void Only_cpv_shaped_descriptor_codes_are_cpv(string code, string? cpv) =>
        Assert.Equal(cpv, BoampOpenDataParser.CpvCode(code));

    [Fact]
    public void Truncated_or_malformed_records_give_a_one_line_error()
    {
        var text = File.ReadAllText(Fixture.PathOf(FixturePath));
        var truncated = new RawContent(Encoding.UTF8.GetBytes(text[..(text.Length / 2)])) { FileName = "boamp-truncated.json" };
        var e = Assert.Throws<InvalidInputException>(() => Fixture.Readers.Read(truncated));
        Assert.StartsWith("boamp-truncated.json: malformed or truncated JSON", e.Message);
        Assert.DoesNotContain('\n', e.Message);

        var noIds = new RawContent("""[{"idweb": null, "nomacheteur": "Ville", "dateparution": "2024-01-01"}]"""u8.ToArray()) { FileName = "no-ids.json" };
        Assert.Equal("no-ids.json: none of the 1 BOAMP records has an idweb", Assert.Throws<InvalidInputException>(() => Fixture.Readers.Read(noIds)).Message);
    }

    [Fact]
    public void Other_json_arrays_and_objects_are_not_taken_for_boamp_records()
    {
        var parser = new BoampOpenDataParser();
        Assert.False(parser.Recognises(new RawContent("""[{"title": "x", "text": "y"}]"""u8.ToArray())));
        Assert.False(parser.Recognises(new RawContent("""{"results": [{"name": "x"}], "total_count": 1}"""u8.ToArray())));
        Assert.False(parser.Recognises(new RawContent("""{"idweb": "24-1", "nomacheteur": "x"}"""u8.ToArray())));
        Assert.False(parser.Recognises(Fixture.Raw("procurement/decp/decp-v1_real_2019_data.gouv.fr_aife_subset.json")));
        Assert.True(parser.Recognises(new RawContent("""{"total_count": 1, "links": {"self": "x"}, "results": [{"idweb": "24-1", "dateparution": "2024-01-01"}]}"""u8.ToArray())));
    }

    private static string[] Winners(Core.Ports.Extraction x, string idweb) =>
        x.Claims.Where(c => c.Props.GetString("contractId") == idweb).Select(c => c.Object.Name).Order(StringComparer.Ordinal).ToArray();
}
