using MarketGraph.Core.Graph;
using MarketGraph.Crawlers.Sources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MarketGraph.Crawlers.Tests;

public class EncodingCrawlTests
{
    private const string Page = "<html lang=\"fr\"><head>{0}<title>Hébergement</title></head><body><article><h1>Hébergement souverain</h1><p>L'État confie l'hébergement à un opérateur qualifié, déjà retenu l'an passé.</p></article></body></html>";

    [Theory]
    [InlineData("text/html; charset=windows-1252", "")]
    [InlineData("text/html; charset=ISO-8859-1", "")]
    [InlineData("text/html", "<meta charset=\"windows-1252\">")]
    [InlineData("text/html", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\">")]
    public async Task Legacy_encodings_decode_from_the_header_then_meta(string contentType, string meta)
    {
        var bytes = FetcherTests.CodePages().GetBytes(string.Format(Page, meta));
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/a.html", (HttpContext c) =>
        {
            c.Response.ContentType = contentType;
            return c.Response.Body.WriteAsync(bytes).AsTask();
        }));
        await using var h = await CrawlHarness.CreateAsync();
        var report = await h.Runner.RunSourceAsync(CrawlHarness.Source("page", SourceKinds.Page, server.Url("a.html")));
        Assert.Empty(report.ErrorMessages);
        var doc = (await h.Store.QueryDocumentsAsync(new DocumentQuery(), new Page())).Items.Single();
        Assert.Equal("Hébergement souverain", doc.Title);
        Assert.Contains("L'État confie l'hébergement à un opérateur qualifié, déjà retenu", await h.Store.GetDocumentTextAsync(doc.ContentHash));
    }
}
