using System.Text;
using MarketGraph.Core.Graph;
using MarketGraph.Core.Ontology;
using MarketGraph.Crawlers.Sources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MarketGraph.Crawlers.Tests;

/// <summary>The catalogue's BOAMP open-data source crawled from a loopback copy of the Explore API.</summary>
public class BoampOpenDataCrawlTests
{
    private const string ExportPath = "api/explore/v2.1/catalog/datasets/boamp/exports/json";
    private const string RecordsPath = "api/explore/v2.1/catalog/datasets/boamp/records";

    [Fact]
    public async Task Export_of_the_catalogue_source_stores_every_award_claim()
    {
        var export = File.ReadAllBytes(Fixture.PathOf(BoampOpenDataParserTests.FixturePath));
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/" + ExportPath, () => Results.Bytes(export, "application/json; charset=utf-8")));
        await using var h = await CrawlHarness.CreateAsync();
        var catalogued = SourceCatalog.Load(Path.Combine(AppContext.BaseDirectory, "sources.json")).Single(s => s.Name == "boamp-attributions-informatique");
        var source = catalogued with { Url = new Uri(server.Url(ExportPath) + catalogued.Url.Query), Local = true, PolitenessDelayMs = 0 };

        var report = await h.Runner.RunSourceAsync(source);

        Assert.Empty(report.ErrorMessages);
        Assert.Equal(1, report.NewDocuments);
        Assert.Equal(7, report.Claims);
        var awarded = await h.Store.QueryEdgesAsync(new EdgeQuery { Types = [RelationType.AwardedContract] }, new Page());
        Assert.Equal(7, awarded.TotalCount);
        var contracts = await h.Store.SearchEntitiesAsync("24-1000", [EntityKind.Contract], new Page());
        Assert.Equal(6, contracts.TotalCount);
        var doc = (await h.Store.QueryDocumentsAsync(new DocumentQuery(), new Page())).Items.Single();
        Assert.Equal("boamp-attributions-informatique", doc.SourceName);

        // the same export again: nothing new
        var again = await h.Runner.RunSourceAsync(source);
        Assert.Equal(0, again.NewDocuments);
        Assert.Equal(1, again.Unchanged);
    }

    [Fact]
    public async Task Records_without_cpv_pass_cpv_when_present_but_not_cpv()
    {
        // 24-100001 and 24-100002 carry only BOAMP descriptor 162, no CPV; 24-100003 names CPV 72415000 (hosting, on the cloud list)
        var noCpv = BoampOpenDataParserTests.RecordsAnswer(r => (string?)r["idweb"] is "24-100001" or "24-100002");
        var notCloud = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(BoampOpenDataParserTests.RecordsAnswer(r => (string?)r["idweb"] == "24-100003"))
            .Replace("72415000", "45314320", StringComparison.Ordinal)); // cabling: a CPV, not cloud
        await using var server = await LoopbackServer.StartAsync(app =>
        {
            // two addresses for the same answer: a URL skipped once is remembered as seen
            app.MapGet("/no-cpv/" + RecordsPath, () => Results.Bytes(noCpv, "application/json"));
            app.MapGet("/no-cpv-2/" + RecordsPath, () => Results.Bytes(noCpv, "application/json"));
            app.MapGet("/not-cloud/" + RecordsPath, () => Results.Bytes(notCloud, "application/json"));
        });
        await using var h = await CrawlHarness.CreateAsync();
        CrawlSource Source(string name, string prefix, CloudFilterMode mode) =>
            CrawlHarness.Source(name, SourceKinds.Boamp, server.Url(prefix + RecordsPath)) with { CloudFilter = mode };

        var byCpv = await h.Runner.RunSourceAsync(Source("by-cpv", "no-cpv/", CloudFilterMode.Cpv));
        Assert.Equal(1, byCpv.Skipped);
        Assert.Equal(0, byCpv.NewDocuments);

        var whenPresent = await h.Runner.RunSourceAsync(Source("when-present", "no-cpv-2/", CloudFilterMode.CpvWhenPresent));
        Assert.Empty(whenPresent.ErrorMessages);
        Assert.Equal(1, whenPresent.NewDocuments);
        Assert.Equal(3, whenPresent.Claims);

        var outside = await h.Runner.RunSourceAsync(Source("outside", "not-cloud/", CloudFilterMode.CpvWhenPresent));
        Assert.Equal(1, outside.Skipped);
        Assert.Equal(0, outside.NewDocuments);
    }

    [Fact]
    public async Task Truncated_export_is_one_error_line_and_what_was_stored_stays()
    {
        var export = File.ReadAllBytes(Fixture.PathOf(BoampOpenDataParserTests.FixturePath));
        var truncated = false;
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/" + ExportPath, () =>
            Results.Bytes(truncated ? export[..(export.Length * 2 / 3)] : export, "application/json")));
        await using var h = await CrawlHarness.CreateAsync();
        var source = CrawlHarness.Source("boamp", SourceKinds.Boamp, server.Url(ExportPath)) with { CloudFilter = CloudFilterMode.CpvWhenPresent };
        Assert.Equal(7, (await h.Runner.RunSourceAsync(source)).Claims);

        truncated = true;
        var report = await h.Runner.RunSourceAsync(source);

        var error = Assert.Single(report.ErrorMessages);
        Assert.DoesNotContain('\n', error);
        Assert.StartsWith(server.Url(ExportPath).AbsoluteUri + ": malformed or truncated JSON", error);
        var counts = await h.Store.CountsAsync();
        Assert.Equal(1, counts.Documents);
        Assert.Equal(7, (await h.Store.QueryEdgesAsync(new EdgeQuery { Types = [RelationType.AwardedContract] }, new Page())).TotalCount);
    }
}
