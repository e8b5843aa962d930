using System.Text;
using MarketGraph.Core.Graph;
using MarketGraph.Core.Ontology;
using MarketGraph.Crawlers.Sources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MarketGraph.Crawlers.Tests;

/// <summary>
/// A DECP file larger than the fetcher's cap (here 1 MB standing in for the default 20 MB, and a ~3 MB file for the
/// consolidated file's hundreds of MB), served by a real loopback server.
/// </summary>
public class DecpLargeFileCrawlTests
{
    private const int Contracts = 5000;
    private const int CloudContracts = Contracts / 10;
    private static readonly Dictionary<string, string?> OneMegabyteCap = new() { ["Crawler:MaxResponseBytes"] = (1024 * 1024).ToString() };

    /// <summary>DECP v1 with every tenth contract a hosting contract (CPV 72415000), the rest cabling (45314320).</summary>
    internal static byte[] Consolidated(int contracts)
    {
        var sb = new StringBuilder("{\"marches\": [\n");
        for (var i = 0; i < contracts; i++)
        {
            if (i > 0) sb.Append(",\n");
            var cpv = i % 10 == 0 ? "72415000" : "45314320";
            sb.Append($$"""{"id": "2024-{{i:D6}}", "uid": "21{{i:D12}}2024-{{i:D6}}", "_type": "Marché", "acheteur": {"id": "2{{i:D8}}00011", "nom": "Acheteur {{i}}"}, "nature": "Marché", "objet": "Prestation numéro {{i}} : hébergement, maintenance et support des applications", "codeCPV": "{{cpv}}", "procedure": "Procédure adaptée", "lieuExecution": {"code": "75", "typeCode": "Code département", "nom": "Paris"}, "dureeMois": 36, "dateNotification": "2024-03-{{1 + i % 28:D2}}", "datePublicationDonnees": "2024-04-01", "montant": {{1000 + i}}, "formePrix": "Forfaitaire", "titulaires": [{"typeIdentifiant": "SIRET", "id": "4{{i:D8}}00018", "denominationSociale": "Titulaire {{i}} SAS"}], "modifications": []}""");
        }
        return Encoding.UTF8.GetBytes(sb.Append("\n]}\n").ToString());
    }

    [Fact]
    public async Task Over_the_cap_without_max_bytes_is_one_error_line()
    {
        var file = Consolidated(Contracts);
        Assert.True(file.Length > 2 * 1024 * 1024, $"{file.Length} bytes");
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/decp.json", () => Results.Bytes(file, "application/json")));
        await using var h = await CrawlHarness.CreateAsync(OneMegabyteCap);

        var report = await h.Runner.RunSourceAsync(CrawlHarness.Source("decp", SourceKinds.Decp, server.Url("decp.json")) with { CloudOnly = true });

        var error = Assert.Single(report.ErrorMessages);
        Assert.Contains("over the 1 MB limit", error);
        Assert.Equal(0, report.NewDocuments);
    }

    [Fact]
    public async Task With_max_bytes_the_file_is_streamed_filtered_by_record_and_stored_in_groups()
    {
        var file = Consolidated(Contracts);
        var requests = 0;
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/decp.json", (HttpContext c) =>
        {
            requests++;
            if (c.Request.Headers.IfNoneMatch == "\"v1\"") return Results.StatusCode(304);
            c.Response.Headers.ETag = "\"v1\"";
            return Results.Bytes(file, "application/json");
        }));
        await using var h = await CrawlHarness.CreateAsync(OneMegabyteCap);
        var source = CrawlHarness.Source("decp", SourceKinds.Decp, server.Url("decp.json")) with { CloudOnly = true, MaxBytes = 8 * 1024 * 1024 };

        var report = await h.Runner.RunSourceAsync(source);

        Assert.Empty(report.ErrorMessages);
        // 500 hosting contracts kept one by one, in groups of 200: 200 + 200 + 100
        Assert.Equal(3, report.NewDocuments);
        Assert.Equal(CloudContracts, report.Claims);
        var awarded = await h.Store.QueryEdgesAsync(new EdgeQuery { Types = [RelationType.AwardedContract] }, new Page());
        Assert.Equal(CloudContracts, awarded.TotalCount);
        var docs = await h.Store.QueryDocumentsAsync(new DocumentQuery(), new Page());
        Assert.Equal(3, docs.TotalCount);
        Assert.Contains(docs.Items, d => d.Url == server.Url("decp.json").AbsoluteUri + "#records-401-500");
        var cabling = await h.Store.FindEntitiesAsync("Titulaire 1 SAS");
        Assert.Empty(cabling); // contract 1 is cabling: dropped before it became a document

        // the whole file was read, so its validators were kept: next run is a 304
        var again = await h.Runner.RunSourceAsync(source);
        Assert.Equal(1, again.Unchanged);
        Assert.Equal(0, again.NewDocuments);
        Assert.Equal(2, requests);
    }

    [Fact]
    public async Task Truncated_file_keeps_the_complete_groups_and_reports_one_line()
    {
        var file = Consolidated(Contracts);
        // cut inside contract 3005: contracts 0..3004 are whole, 301 of them hosting (every tenth)
        var cutAt = file.AsSpan().IndexOf("\"2024-003005\""u8) + 5;
        var cut = false;
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/decp.json", (HttpContext c) =>
        {
            c.Response.Headers.ETag = "\"v1\"";
            // the validators must not be sent back after a truncated read; if they were, answer 304 and the test fails below
            if (c.Request.Headers.IfNoneMatch == "\"v1\"") return Results.StatusCode(304);
            return Results.Bytes(cut ? file[..cutAt] : file, "application/json");
        }));
        await using var h = await CrawlHarness.CreateAsync(OneMegabyteCap);
        var source = CrawlHarness.Source("decp", SourceKinds.Decp, server.Url("decp.json")) with { CloudOnly = true, MaxBytes = 8 * 1024 * 1024 };

        cut = true;
        var report = await h.Runner.RunSourceAsync(source);

        var error = Assert.Single(report.ErrorMessages);
        Assert.StartsWith(server.Url("decp.json").AbsoluteUri + ": malformed or truncated JSON near byte ", error);
        Assert.DoesNotContain('\n', error);
        // the complete records before the cut: a full group of 200 and one of 101
        Assert.Equal(2, report.NewDocuments);
        Assert.Equal(301, report.Claims);

        cut = false;
        var full = await h.Runner.RunSourceAsync(source);
        Assert.Empty(full.ErrorMessages);
        Assert.Equal(1, full.Unchanged); // the first group is the same bytes as before
        Assert.Equal(2, full.NewDocuments); // the second, now whole, and the third
        Assert.Equal(CloudContracts, (await h.Store.QueryEdgesAsync(new EdgeQuery { Types = [RelationType.AwardedContract] }, new Page())).TotalCount);
    }
}
