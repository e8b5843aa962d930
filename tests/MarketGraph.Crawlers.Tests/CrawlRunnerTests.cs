using System.Text;
using MarketGraph.Core.Documents;
using MarketGraph.Core.Graph;
using MarketGraph.Core.Ontology;
using MarketGraph.Crawlers.Sources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MarketGraph.Crawlers.Tests;

public class CrawlRunnerTests
{
    private const string Article = """
        <!doctype html><html lang="fr"><head><title>Site | Cloud</title>
        <meta property="article:published_time" content="2026-03-02T08:00:00+01:00"><meta name="author" content="Claire Martin">
        <link rel="canonical" href="/articles/cloud-souverain"></head>
        <body><nav><a href="/">Accueil</a><a href="/tech">Tech</a></nav>
        <article><h1>Un ministère choisit un cloud qualifié</h1>
        <p>Le ministère a attribué à Orange Business un marché d'hébergement en cloud qualifié SecNumCloud.</p>
        <div class="ad-banner">Publicité : achetez maintenant</div>
        <p>Le contrat couvre trois ans d'infrastructure.</p></article>
        <section id="comments"><p>Premier commentaire</p></section><footer>Mentions légales</footer></body></html>
        """;

    private static string Rss(Uri server) => $"""
        <?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>News</title>
        <item><title>A</title><link>{server}articles/a</link></item>
        <item><title>B</title><link>{server}articles/b</link></item></channel></rss>
        """;

    private static string Atom(Uri server) => $"""
        <?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>News</title>
        <entry><title>A</title><link rel="alternate" href="{server}articles/a"/><updated>2026-03-02T08:00:00Z</updated></entry></feed>
        """;

    [Fact]
    public async Task Rss_and_atom_feeds_fetch_each_article_page_and_a_second_run_is_unchanged()
    {
        LoopbackServer? s = null;
        await using var server = s = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/feed.xml", () => Results.Text(Rss(s!.BaseUrl), "application/rss+xml"));
            app.MapGet("/atom.xml", () => Results.Text(Atom(s!.BaseUrl), "application/atom+xml"));
            app.MapGet("/articles/{id}", (string id, HttpContext c) =>
            {
                var etag = "\"" + id + "\"";
                if (c.Request.Headers.IfNoneMatch == etag) return Results.StatusCode(304);
                c.Response.Headers.ETag = etag;
                return Results.Text(Article.Replace("trois ans", "trois ans (" + id + ")"), "text/html; charset=utf-8");
            });
        });
        await using var h = await CrawlHarness.CreateAsync();
        var rss = CrawlHarness.Source("press", SourceKinds.Rss, server.Url("feed.xml"));
        var report = await h.Runner.RunSourceAsync(rss);
        Assert.Empty(report.ErrorMessages);
        Assert.Equal(2, report.Fetched);
        Assert.Equal(2, report.NewDocuments);
        var docs = await h.Store.QueryDocumentsAsync(new DocumentQuery(), new Page());
        var doc = docs.Items.First();
        Assert.Equal("Un ministère choisit un cloud qualifié", doc.Title);
        Assert.Equal("fr", doc.Language);
        Assert.Equal(new DateOnly(2026, 3, 2), doc.Published);
        Assert.EndsWith("/articles/cloud-souverain", doc.Url);
        var text = await h.Store.GetDocumentTextAsync(doc.ContentHash);
        Assert.Contains("SecNumCloud", text);
        Assert.DoesNotContain("Publicité", text);
        Assert.DoesNotContain("commentaire", text);
        Assert.DoesNotContain("Accueil", text);

        var again = await h.Runner.RunSourceAsync(rss);
        Assert.Equal(2, again.Unchanged);
        Assert.Equal(0, again.NewDocuments);
        var atom = await h.Runner.RunSourceAsync(CrawlHarness.Source("atom", SourceKinds.Rss, server.Url("atom.xml")));
        Assert.Equal(1, atom.Unchanged);
        var runs = await h.Store.LatestSourceRunsAsync();
        Assert.Contains(runs, r => r.SourceName == "press" && r.Unchanged == 2);
    }

    [Fact]
    public async Task Bad_inputs_are_per_document_errors_and_the_crawl_goes_on()
    {
        var good = File.ReadAllBytes(Fixture.PathOf("procurement/ted-eforms/real_can29_2024-OJS198-00611835_BE_cloud-servers.xml"));
        var bad = new Dictionary<string, (string Type, byte[] Body)>
        {
            ["malformed.xml"] = ("application/xml", "<?xml version=\"1.0\"?><TED_EXPORT><CODED_DATA_SECTION></TED_EXPORT>"u8.ToArray()),
            ["xxe.xml"] = ("application/xml", "<?xml version=\"1.0\"?><!DOCTYPE ANNONCE [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><ANNONCE><GESTION><REFERENCE><IDWEB>&x;</IDWEB></REFERENCE></GESTION></ANNONCE>"u8.ToArray()),
            ["laughs.xml"] = ("application/xml", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><!DOCTYPE TED_EXPORT [<!ENTITY a \"aaaaaaaaaa\">" +
                string.Concat(Enumerable.Range(1, 9).Select(i => $"<!ENTITY {(char)('a' + i)} \"{string.Concat(Enumerable.Repeat($"&{(char)('a' + i - 1)};", 10))}\">")) +
                "]><TED_EXPORT>&j;</TED_EXPORT>")),
            ["truncated.json"] = ("application/json", Encoding.UTF8.GetBytes(File.ReadAllText(Fixture.PathOf("procurement/decp/decp-v1_real_2019_data.gouv.fr_aife_subset.json"))[..900])),
            ["truncated.xml"] = ("application/xml", good[..(good.Length / 2)]),
            ["bomb"] = ("text/html", FetcherTests.GzipBomb()),
        };
        await using var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/n/good.xml", () => Results.Bytes(good, "application/xml"));
            app.MapGet("/n/{name}", async (string name, HttpContext c) =>
            {
                var (type, body) = bad[name];
                if (name == "bomb") c.Response.Headers.ContentEncoding = "gzip";
                c.Response.ContentType = type;
                await c.Response.Body.WriteAsync(body);
            });
            app.MapGet("/feed-is-html", () => Results.Text(Article, "text/html"));
            app.MapGet("/loop", () => Results.Redirect("/loop"));
            app.MapGet("/hang", async (HttpContext c) =>
            {
                try { await Task.Delay(Timeout.Infinite, c.RequestAborted); } catch (OperationCanceledException) { }
            });
        });
        await using var h = await CrawlHarness.CreateAsync(new() { ["Crawler:MaxResponseBytes"] = (4 * 1024 * 1024).ToString(), ["Crawler:ReadTimeout"] = "00:00:05" });
        var sources = bad.Keys.Select(k => CrawlHarness.Source("bad-" + k, SourceKinds.Ted, server.Url("n/" + k)))
            .Append(CrawlHarness.Source("feed-html", SourceKinds.Rss, server.Url("feed-is-html")))
            .Append(CrawlHarness.Source("loop", SourceKinds.Page, server.Url("loop")))
            .Append(CrawlHarness.Source("hang", SourceKinds.Page, server.Url("hang")))
            .Append(CrawlHarness.Source("good", SourceKinds.Ted, server.Url("n/good.xml")))
            .ToList();
        var progress = new List<CrawlProgress>();
        var reports = await h.Runner.RunAsync(sources, new SyncProgress<CrawlProgress>(progress.Add));

        foreach (var r in reports.Where(r => r.SourceName != "good"))
        {
            var error = Assert.Single(r.ErrorMessages);
            Assert.DoesNotContain('\n', error);
            Assert.Equal(0, r.NewDocuments);
        }
        string Error(string name) => reports.Single(r => r.SourceName == name).ErrorMessages[0];
        Assert.True(Error("bad-malformed.xml").Contains("malformed XML", StringComparison.Ordinal), Error("bad-malformed.xml"));
        Assert.True(Error("bad-xxe.xml").Contains("DTD", StringComparison.Ordinal), Error("bad-xxe.xml"));
        Assert.True(Error("bad-laughs.xml").Contains("DTD", StringComparison.Ordinal), Error("bad-laughs.xml"));
        Assert.True(Error("bad-truncated.json").Contains("JSON", StringComparison.Ordinal), Error("bad-truncated.json"));
        Assert.True(Error("bad-truncated.xml").Contains("malformed XML", StringComparison.Ordinal), Error("bad-truncated.xml"));
        Assert.True(Error("bad-bomb").Contains("after decompression", StringComparison.Ordinal), Error("bad-bomb"));
        Assert.True(Error("feed-html").Contains("not an RSS or Atom feed", StringComparison.Ordinal), Error("feed-html"));
        Assert.True(Error("loop").Contains("redirect", StringComparison.Ordinal), Error("loop"));
        Assert.True(Error("hang").Contains("no complete response", StringComparison.Ordinal), Error("hang"));
        var goodReport = reports.Single(r => r.SourceName == "good");
        Assert.Empty(goodReport.ErrorMessages);
        Assert.Equal(1, goodReport.NewDocuments);
        Assert.Equal(6, goodReport.Claims); // 8 extracted; two co-buyers share CompanyID 0243.405.860, resolve to one entity, and their claims coincide
        Assert.Equal(1, (await h.Store.CountsAsync()).Documents);
        Assert.NotEmpty(progress);
        var runs = await h.Store.LatestSourceRunsAsync();
        Assert.Equal(sources.Count, runs.Count);
    }

    [Fact]
    public async Task Ted_search_api_pages_with_iteration_tokens()
    {
        var notice = File.ReadAllBytes(Fixture.PathOf("procurement/ted-eforms/real_can29_2024-OJS198-00611835_BE_cloud-servers.xml"));
        var minimal = File.ReadAllBytes(Fixture.PathOf("procurement/ted-eforms/sdk_can_24_minimal.xml"));
        var queries = new List<string>();
        LoopbackServer? s = null;
        await using var server = s = await LoopbackServer.StartAsync(app =>
        {
            app.MapPost("/v3/notices/search", async (HttpContext c) =>
            {
                using var body = await System.Text.Json.JsonDocument.ParseAsync(c.Request.Body);
                queries.Add(body.RootElement.GetProperty("query").GetString()!);
                var token = body.RootElement.TryGetProperty("iterationNextToken", out var t) ? t.GetString() : null;
                var (pub, next) = token is null ? ("00611835-2024", "\"page2\"") : ("00000001-2024", "null");
                var json = "{\"notices\":[{\"publication-number\":\"" + pub + "\",\"links\":{\"xml\":{\"MUL\":\"" + s!.BaseUrl + "en/notice/" + pub + "/xml\"}}}],\"totalNoticeCount\":2,\"iterationNextToken\":" + next + "}";
                return Results.Text(json, "application/json");
            });
            app.MapGet("/en/notice/{pub}/xml", (string pub) => Results.Bytes(pub == "00611835-2024" ? notice : minimal, "application/xml"));
        });
        await using var h = await CrawlHarness.CreateAsync();
        var source = CrawlHarness.Source("ted", SourceKinds.Ted, server.Url("v3/notices/search"), "classification-cpv IN (72415000 48820000) AND publication-date >= 20240101");
        var report = await h.Runner.RunSourceAsync(source);
        Assert.Empty(report.ErrorMessages);
        Assert.Equal(2, report.Fetched);
        Assert.Equal(2, report.NewDocuments);
        Assert.Equal(2, queries.Count);
        // 8 + 1 claims extracted; two Belgian co-buyers share CompanyID 0243.405.860, so the store resolves them to one entity (6 + 1)
        Assert.Equal(7, report.Claims);
        var awarded = await h.Store.QueryEdgesAsync(new EdgeQuery { Types = [RelationType.AwardedContract] }, new Page());
        Assert.Equal(7, awarded.TotalCount);
    }

    [Fact]
    public async Task Cloud_only_sources_skip_notices_outside_the_cpv_list()
    {
        var cable = File.ReadAllBytes(Fixture.PathOf("procurement/boamp/boamp-v230_17-5219_attribution_cablage-informatique.xml"));
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/boamp.xml", () => Results.Bytes(cable, "application/xml")));
        await using var h = await CrawlHarness.CreateAsync();
        var report = await h.Runner.RunSourceAsync(CrawlHarness.Source("boamp", SourceKinds.Boamp, server.Url("boamp.xml")) with { CloudOnly = true });
        Assert.Equal(1, report.Skipped);
        Assert.Equal(0, report.NewDocuments);
    }

    [Fact]
    public void Catalogue_loads_the_real_file_and_reports_clear_errors()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "sources.json");
        var sources = SourceCatalog.Load(path);
        Assert.Contains(sources, s => s.Kind == SourceKinds.Ted && s.Query is not null);
        Assert.Contains(sources, s => s.Kind == SourceKinds.Rss);
        Assert.All(sources, s => Assert.False(s.Local));
        Assert.Contains("unknown kind", Assert.Throws<InvalidInputException>(() => SourceCatalog.Parse("""{"sources":[{"name":"x","kind":"ftp","url":"http://a"}]}""")).Message);
        Assert.Contains("listed twice", Assert.Throws<InvalidInputException>(() => SourceCatalog.Parse("""{"sources":[{"name":"x","kind":"rss","url":"http://a"},{"name":"x","kind":"rss","url":"http://b"}]}""")).Message);
        Assert.Contains("malformed JSON", Assert.Throws<InvalidInputException>(() => SourceCatalog.Parse("""{"sources":[""")).Message);
        Assert.Contains("cron", Assert.Throws<InvalidInputException>(() => SourceCatalog.Parse("""{"sources":[{"name":"x","kind":"rss","url":"http://a","schedule":"daily"}]}""")).Message);
        Assert.Contains("not found", Assert.Throws<InvalidInputException>(() => SourceCatalog.Load("/nope/sources.json")).Message);
        Assert.Equal(CloudFilterMode.CpvWhenPresent, sources.Single(s => s.Name == "boamp-attributions-informatique").CloudFilter);
        Assert.Equal(CloudFilterMode.Cpv, sources.Single(s => s.Name == "ted-cloud").CloudFilter);
        Assert.Equal(CloudFilterMode.None, sources.Single(s => s.Name == "lemagit-cloud").CloudFilter);
        Assert.Contains("unknown cloudFilter \"all\"", Assert.Throws<InvalidInputException>(() => SourceCatalog.Parse("""{"sources":[{"name":"x","kind":"boamp","url":"http://a","cloudFilter":"all"}]}""")).Message);
        var decp = sources.Single(s => s.Name == "decp-consolidees");
        Assert.True(decp.MaxBytes > 20 * 1024 * 1024 && decp.MaxBytes <= SourceCatalog.MaxStreamedBytes);
        Assert.Contains("only decp sources are streamed", Assert.Throws<InvalidInputException>(() => SourceCatalog.Parse("""{"sources":[{"name":"x","kind":"rss","url":"http://a","maxBytes":1073741824}]}""")).Message);
        Assert.Contains("\"maxBytes\" must be between", Assert.Throws<InvalidInputException>(() => SourceCatalog.Parse("""{"sources":[{"name":"x","kind":"decp","url":"http://a","maxBytes":8589934592}]}""")).Message);
        Assert.Contains("\"timeoutSeconds\" must be between", Assert.Throws<InvalidInputException>(() => SourceCatalog.Parse("""{"sources":[{"name":"x","kind":"decp","url":"http://a","timeoutSeconds":86400}]}""")).Message);
        Assert.Equal(1073741824, SourceCatalog.Parse("""{"sources":[{"name":"x","kind":"decp","url":"http://a","maxBytes":1073741824}]}""").Single().MaxBytes);
        Assert.Contains("contradicts", Assert.Throws<InvalidInputException>(() => SourceCatalog.Parse("""{"sources":[{"name":"x","kind":"boamp","url":"http://a","cloudOnly":false,"cloudFilter":"cpv"}]}""")).Message);
    }

    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
