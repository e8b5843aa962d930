namespace MarketGraph.Cli.Tests;

public class IngestExportTests
{
    // Our own text (not from any article): one stake sentence in French, one in English.
    private const string FrenchArticle = """
        Cloud souverain : l'État reste au capital d'Orange
        Selon le rapport annuel, l'État détient 23 % d'Orange depuis plusieurs années.
        """;

    private const string EnglishArticle = """
        Capgemini and Orange stakes
        Orange holds a 50% stake in Bleu, the company said on Tuesday.
        """;

    [Fact]
    public async Task Ingest_stores_an_evidenced_claim_and_export_csv_shows_its_quote()
    {
        using var cli = new CliRun();
        var file = cli.WriteFile("etat-orange.txt", FrenchArticle);

        var ingest = await cli.RunAsync("ingest", file);
        Assert.True(ingest.Code == 0, ingest.Err);
        Assert.StartsWith("stored", ingest.Out);
        Assert.Contains("claims", ingest.Out);

        var export = await cli.RunAsync("export", "--format", "csv");
        Assert.Equal(0, export.Code);
        var rows = export.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var stake = Assert.Single(rows, r => r.Contains("OWNS_STAKE"));
        Assert.Contains("l'État détient 23 % d'Orange", stake);
        Assert.Contains("\"percent\":23", stake.Replace("\"\"", "\""));
    }

    [Fact]
    public async Task Re_ingesting_the_same_file_changes_nothing()
    {
        using var cli = new CliRun();
        var file = cli.WriteFile("en.txt", EnglishArticle);
        Assert.Equal(0, (await cli.RunAsync("ingest", file)).Code);
        var before = (await cli.RunAsync("export", "--format", "csv")).Out;
        var snapshot = cli.DatabaseSnapshot();

        var again = await cli.RunAsync("ingest", file);

        Assert.Equal(0, again.Code);
        Assert.StartsWith("unchanged", again.Out);
        Assert.Equal(before, (await cli.RunAsync("export", "--format", "csv")).Out);
        Assert.Equal(snapshot, cli.DatabaseSnapshot());
    }

    [Fact]
    public async Task Export_graphml_holds_nodes_edges_and_evidence()
    {
        using var cli = new CliRun();
        Assert.Equal(0, (await cli.RunAsync("ingest", cli.WriteFile("en.txt", EnglishArticle))).Code);
        var output = Path.Combine(cli.Folder, "graph.graphml");

        Assert.Equal(0, (await cli.RunAsync("export", "--format", "graphml", "--output", output)).Code);

        var xml = System.Xml.Linq.XDocument.Load(output);
        System.Xml.Linq.XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        Assert.NotEmpty(xml.Descendants(ns + "node"));
        var edge = Assert.Single(xml.Descendants(ns + "edge"), e => e.Elements(ns + "data").Any(d => d.Value == "OWNS_STAKE"));
        Assert.Contains(edge.Elements(ns + "data"), d => d.Value.Contains("holds a 50% stake in Bleu"));
    }
}
