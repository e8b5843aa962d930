using System.Text;
using MarketGraph.Crawlers.Fetching;
using MarketGraph.Crawlers.Sources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace MarketGraph.Crawlers.Tests;

/// <summary>Bad documents among the good ones of a single feed: each is one error line, the good ones are stored.</summary>
public class BadFeedItemsTests
{
    private const string Page = """
        <!doctype html><html lang="en"><head><title>Cloud deal NAME</title></head><body><article><h1>A cloud deal NAME</h1>
        <p>The agency awarded a three-year hosting contract to NAME after an open tender for infrastructure.</p>
        <p>The contract covers infrastructure and managed services.</p></article></body></html>
        """;

    /// <summary>Nine levels of ten-fold entity expansion: 10^10 characters if a parser ever expanded it.</summary>
    private static byte[] BillionLaughs()
    {
        var dtd = new StringBuilder("<!ENTITY a \"aaaaaaaaaa\">");
        for (var i = 1; i < 10; i++) dtd.Append($"<!ENTITY {(char)('a' + i)} \"{string.Concat(Enumerable.Repeat($"&{(char)('a' + i - 1)};", 10))}\">");
        return Encoding.UTF8.GetBytes($"<?xml version=\"1.0\"?><!DOCTYPE TED_EXPORT [{dtd}]><TED_EXPORT>&j;</TED_EXPORT>");
    }

    [Fact]
    public async Task Each_bad_item_is_an_error_line_and_the_rest_of_the_feed_is_stored()
    {
        var notice = File.ReadAllBytes(Fixture.PathOf("procurement/ted-eforms/real_can29_2024-OJS198-00611835_BE_cloud-servers.xml"));
        var decp = File.ReadAllText(Fixture.PathOf("procurement/decp/decp-v1_real_2019_data.gouv.fr_aife_subset.json"));
        string[] items = ["good/alpha", "huge", "bomb", "hang", "loop", "laughs.xml", "truncated.json", "good/beta"];
        LoopbackServer? s = null;
        await using var server = s = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/feed.xml", () => Results.Text("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>" +
                string.Concat(items.Select(i => $"<item><title>{i}</title><link>{s!.BaseUrl}{i}</link></item>")) + "</channel></rss>", "application/rss+xml"));
            app.MapGet("/good/{name}", (string name) => Results.Text(Page.Replace("NAME", name), "text/html; charset=utf-8"));
            app.MapGet("/notice.xml", () => Results.Bytes(notice, "application/xml"));
            // 100 MB streamed with no Content-Length: only the running count can stop it
            app.MapGet("/huge", async (HttpContext c) =>
            {
                c.Response.ContentType = "text/html";
                var chunk = Encoding.ASCII.GetBytes(new string('a', 64 * 1024));
                try
                {
                    for (var i = 0; i < 1600 && !c.RequestAborted.IsCancellationRequested; i++) await c.Response.Body.WriteAsync(chunk, c.RequestAborted);
                }
                catch (Exception e) when (e is OperationCanceledException or IOException)
                {
                }
            });
            app.MapGet("/bomb", async (HttpContext c) =>
            {
                c.Response.Headers.ContentEncoding = "gzip";
                c.Response.ContentType = "text/html";
                await c.Response.Body.WriteAsync(FetcherTests.GzipBomb(), c.RequestAborted);
            });
            app.MapGet("/hang", async (HttpContext c) =>
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, c.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                }
            });
            app.MapGet("/loop", () => Results.Redirect("/loop"));
            app.MapGet("/laughs.xml", () => Results.Bytes(BillionLaughs(), "application/xml"));
            app.MapGet("/truncated.json", () => Results.Text(decp[..900], "application/json"));
        });
        var received = new CountingHandler();
        await using var h = await CrawlHarness.CreateAsync(new()
        {
            ["Crawler:MaxResponseBytes"] = (4 * 1024 * 1024).ToString(),
            ["Crawler:ReadTimeout"] = "00:00:02",
        }, services => services.AddHttpClient(HttpClientNames.Local).AddHttpMessageHandler(() => received));
        var earlier = await h.Runner.RunSourceAsync(CrawlHarness.Source("earlier", SourceKinds.Ted, server.Url("notice.xml")));
        Assert.Equal(1, earlier.NewDocuments);

        var report = await h.Runner.RunSourceAsync(CrawlHarness.Source("feed", SourceKinds.Rss, server.Url("feed.xml")));

        Assert.Equal(2, report.NewDocuments);
        Assert.Equal(6, report.Errors);
        Assert.All(report.ErrorMessages, e => Assert.DoesNotContain('\n', e));
        Assert.All(report.ErrorMessages, e => Assert.DoesNotContain(" at MarketGraph.", e)); // no stack trace
        string Error(string item) => Assert.Single(report.ErrorMessages, e => e.Contains(server.Url(item).AbsoluteUri, StringComparison.Ordinal));
        Assert.Contains("limit", Error("huge"), StringComparison.Ordinal);
        Assert.Contains("after decompression", Error("bomb"), StringComparison.Ordinal);
        Assert.Contains("no complete response", Error("hang"), StringComparison.Ordinal);
        Assert.Contains("redirect", Error("loop"), StringComparison.Ordinal);
        Assert.Contains("DTD", Error("laughs.xml"), StringComparison.Ordinal);
        Assert.Contains("JSON", Error("truncated.json"), StringComparison.Ordinal);
        // the fetcher stopped reading just past the cap, far from the 100 MB on offer (and from the bomb's 64 MB)
        Assert.InRange(received.BytesRead("/huge"), 4L * 1024 * 1024, 5L * 1024 * 1024);
        Assert.InRange(received.BytesRead("/bomb"), 4L * 1024 * 1024, 5L * 1024 * 1024);
        // what was stored before is still there, beside the two good items
        Assert.Equal(3, (await h.Store.CountsAsync()).Documents);
        var runs = await h.Store.LatestSourceRunsAsync();
        Assert.Contains(runs, r => r.SourceName == "feed" && r.Errors == 6 && r.NewDocuments == 2);
    }
}
