using System.IO.Compression;
using System.Net;
using System.Text;
using MarketGraph.Crawlers.Fetching;
using MarketGraph.Crawlers.Html;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MarketGraph.Crawlers.Tests;

public class FetcherTests
{
    private static readonly FetchPolicy Local = new(Local: true, PolitenessDelay: TimeSpan.Zero);

    [Fact]
    public async Task Robots_rules_are_obeyed_and_cached_for_at_most_a_day()
    {
        var robotsHits = 0;
        await using var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/robots.txt", () =>
            {
                Interlocked.Increment(ref robotsHits);
                return "User-agent: *\nDisallow: /\n\nUser-agent: MarketGraphBot\nDisallow: /private\nAllow: /private/ok$\n";
            });
            app.MapGet("/{**path}", (string path) => "page " + path);
        });
        await using var h = await CrawlHarness.CreateAsync();
        var ok = await h.Fetcher.GetAsync(server.Url("public"), Local);
        Assert.Equal("page public", Encoding.UTF8.GetString(ok.Content!.Bytes));
        var refused = await Assert.ThrowsAsync<FetchException>(() => h.Fetcher.GetAsync(server.Url("private/x"), Local));
        Assert.Contains("robots.txt", refused.Message);
        await h.Fetcher.GetAsync(server.Url("private/ok"), Local);
        Assert.Equal(1, robotsHits);
        h.Time.Advance(TimeSpan.FromHours(25));
        await h.Fetcher.GetAsync(server.Url("public"), Local);
        Assert.Equal(2, robotsHits);
    }

    [Fact]
    public async Task Robots_4xx_allows_and_5xx_disallows()
    {
        await using var missing = await LoopbackServer.StartAsync(app => app.MapGet("/page", () => "ok"));
        await using var broken = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/robots.txt", () => Results.StatusCode(500));
            app.MapGet("/page", () => "ok");
        });
        await using var h = await CrawlHarness.CreateAsync();
        Assert.Equal(FetchStatus.Fetched, (await h.Fetcher.GetAsync(missing.Url("page"), Local)).Status);
        await Assert.ThrowsAsync<FetchException>(() => h.Fetcher.GetAsync(broken.Url("page"), Local));
    }

    [Fact]
    public void Robots_parser_handles_wildcards_longest_match_and_large_files()
    {
        var big = new StringBuilder("User-agent: marketgraphbot\n");
        for (var i = 0; i < 20000; i++) big.Append("Disallow: /filler/").Append(i).Append('\n');
        big.Append("Disallow: /*.pdf$\nAllow: /docs/\nDisallow: /docs/secret\n");
        Assert.True(big.Length > 400 * 1024);
        var robots = RobotsTxt.Parse(big.ToString(), "MarketGraphBot");
        Assert.False(robots.IsAllowed(new Uri("http://x/a/b.pdf")));
        Assert.True(robots.IsAllowed(new Uri("http://x/a/b.pdf?x=1")));
        Assert.True(robots.IsAllowed(new Uri("http://x/docs/a")));
        Assert.False(robots.IsAllowed(new Uri("http://x/docs/secret/1")));
        Assert.False(robots.IsAllowed(new Uri("http://x/filler/19999")));
        Assert.True(robots.IsAllowed(new Uri("http://x/robots.txt")));
    }

    [Fact]
    public void Robots_crawl_delay_is_read_from_the_group_that_applies_to_us()
    {
        const string both = "User-agent: *\nCrawl-delay: 1\n\nUser-agent: MarketGraphBot\nCrawl-delay: 7.5\nDisallow: /x\n";
        Assert.Equal(TimeSpan.FromSeconds(7.5), RobotsTxt.Parse(both, "MarketGraphBot").CrawlDelay);
        Assert.Equal(TimeSpan.FromSeconds(1), RobotsTxt.Parse(both, "OtherBot").CrawlDelay);
        Assert.Null(RobotsTxt.Parse("User-agent: *\nCrawl-delay: soon\nCrawl-delay: -3\n", "MarketGraphBot").CrawlDelay);
        Assert.Null(RobotsTxt.Parse("User-agent: MarketGraphBot\nDisallow: /x\n\nUser-agent: *\nCrawl-delay: 9\n", "MarketGraphBot").CrawlDelay);
    }

    [Fact]
    public async Task Robots_crawl_delay_sets_the_host_delay_when_longer_than_ours_and_is_capped()
    {
        await using var polite = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/robots.txt", () => "User-agent: *\nCrawl-delay: 1\n\nUser-agent: MarketGraphBot\nCrawl-delay: 7.5\n");
            app.MapGet("/{**path}", (string path) => "page " + path);
        });
        await using var greedy = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/robots.txt", () => "User-agent: *\nCrawl-delay: 3600\n");
            app.MapGet("/{**path}", (string path) => "page " + path);
        });
        await using var h = await CrawlHarness.CreateAsync();
        // the harness's clock is fake and stands still, so the throttle's next start minus now is the delay applied
        await h.Fetcher.GetAsync(polite.Url("a"), Local);
        Assert.Equal(TimeSpan.FromSeconds(7.5), h.Throttle.NextStart(polite.Url("a")) - h.Time.GetUtcNow());

        h.Time.Advance(TimeSpan.FromSeconds(8));
        await h.Fetcher.GetAsync(polite.Url("b"), Local with { PolitenessDelay = TimeSpan.FromSeconds(20) });
        Assert.Equal(TimeSpan.FromSeconds(20), h.Throttle.NextStart(polite.Url("b")) - h.Time.GetUtcNow());

        await h.Fetcher.GetAsync(greedy.Url("a"), Local);
        Assert.Equal(TimeSpan.FromSeconds(60), h.Throttle.NextStart(greedy.Url("a")) - h.Time.GetUtcNow());
    }

    [Fact]
    public async Task Conditional_get_returns_not_modified()
    {
        await using var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/doc", (HttpContext c) =>
            {
                if (c.Request.Headers.IfNoneMatch == "\"v1\"") return Results.StatusCode(304);
                c.Response.Headers.ETag = "\"v1\"";
                return Results.Text("hello");
            });
            app.MapGet("/moved", () => Results.Redirect("/doc"));
        });
        await using var h = await CrawlHarness.CreateAsync();
        var first = await h.Fetcher.GetAsync(server.Url("doc"), Local);
        Assert.Equal("\"v1\"", first.ETag);
        var second = await h.Fetcher.GetAsync(server.Url("doc"), Local, new Core.Graph.FetchState(server.Url("doc").AbsoluteUri, first.ETag, null, null, default));
        Assert.Equal(FetchStatus.NotModified, second.Status);
        // the validators of where a redirect leads are sent there too
        var moved = await h.Fetcher.GetAsync(server.Url("moved"), Local, new Core.Graph.FetchState(server.Url("moved").AbsoluteUri, first.ETag, null, null, default));
        Assert.Equal(FetchStatus.NotModified, moved.Status);
    }

    [Fact]
    public async Task Redirects_are_followed_up_to_five_and_loops_fail()
    {
        await using var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/r/{n:int}", (int n) => n == 0 ? Results.Text("arrived") : Results.Redirect($"/r/{n - 1}"));
            app.MapGet("/loop", () => Results.Redirect("/loop2"));
            app.MapGet("/loop2", () => Results.Redirect("/loop"));
        });
        await using var h = await CrawlHarness.CreateAsync();
        var ok = await h.Fetcher.GetAsync(server.Url("r/5"), Local);
        Assert.Equal("arrived", Encoding.UTF8.GetString(ok.Content!.Bytes));
        Assert.EndsWith("/r/0", ok.Url.AbsolutePath);
        Assert.Contains("redirects", (await Assert.ThrowsAsync<FetchException>(() => h.Fetcher.GetAsync(server.Url("r/6"), Local))).Message);
        Assert.Contains("loop", (await Assert.ThrowsAsync<FetchException>(() => h.Fetcher.GetAsync(server.Url("loop"), Local))).Message);
    }

    [Fact]
    public async Task Size_cap_counts_after_decompression()
    {
        await using var server = await LoopbackServer.StartAsync(app =>
        {
            app.MapGet("/huge", async (HttpContext c) =>
            {
                c.Response.ContentLength = 100L * 1024 * 1024;
                var chunk = new byte[64 * 1024];
                for (var i = 0; i < 1600 && !c.RequestAborted.IsCancellationRequested; i++) await c.Response.Body.WriteAsync(chunk, c.RequestAborted);
            });
            app.MapGet("/endless", async (HttpContext c) =>
            {
                var chunk = Encoding.ASCII.GetBytes(new string('a', 64 * 1024));
                for (var i = 0; i < 1600 && !c.RequestAborted.IsCancellationRequested; i++) await c.Response.Body.WriteAsync(chunk, c.RequestAborted);
            });
            app.MapGet("/bomb", async (HttpContext c) =>
            {
                c.Response.Headers.ContentEncoding = "gzip";
                c.Response.ContentType = "text/html";
                await c.Response.Body.WriteAsync(GzipBomb(), c.RequestAborted);
            });
        });
        await using var h = await CrawlHarness.CreateAsync(new() { ["Crawler:MaxResponseBytes"] = (2 * 1024 * 1024).ToString() });
        Assert.Contains("limit", (await Assert.ThrowsAsync<FetchException>(() => h.Fetcher.GetAsync(server.Url("huge"), Local))).Message);
        Assert.Contains("limit", (await Assert.ThrowsAsync<FetchException>(() => h.Fetcher.GetAsync(server.Url("endless"), Local))).Message);
        Assert.Contains("after decompression", (await Assert.ThrowsAsync<FetchException>(() => h.Fetcher.GetAsync(server.Url("bomb"), Local))).Message);
    }

    internal static byte[] GzipBomb()
    {
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 64; i++) gz.Write(zeros); // 64 MB of zeros, ~64 KB compressed
        }
        return ms.ToArray();
    }

    [Fact]
    public async Task A_server_that_never_answers_times_out()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/hang", async (HttpContext c) =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, c.RequestAborted);
            }
            catch (OperationCanceledException)
            {
            }
        }));
        await using var h = await CrawlHarness.CreateAsync(new() { ["Crawler:ReadTimeout"] = "00:00:01" });
        var e = await Assert.ThrowsAsync<FetchException>(() => h.Fetcher.GetAsync(server.Url("hang"), Local));
        Assert.Contains("no complete response", e.Message);
    }

    [Theory]
    [InlineData("10.1.2.3")]
    [InlineData("169.254.169.254")]
    [InlineData("[::1]")]
    [InlineData("127.0.0.1")]
    [InlineData("[::ffff:10.0.0.1]")]
    [InlineData("[fe80::1]")]
    [InlineData("224.0.0.1")]
    [InlineData("0.0.0.0")]
    public async Task Private_addresses_are_refused_at_connect_time_unless_local(string host)
    {
        await using var h = await CrawlHarness.CreateAsync();
        var e = await Assert.ThrowsAsync<FetchException>(() => h.Fetcher.GetAsync(new Uri($"http://{host}:81/x"), new FetchPolicy(Local: false)));
        Assert.Contains("refused", e.Message);
    }

    [Fact]
    public async Task Loopback_server_is_refused_for_a_public_source_even_through_a_redirect()
    {
        await using var server = await LoopbackServer.StartAsync(app => app.MapGet("/x", () => "secret"));
        await using var h = await CrawlHarness.CreateAsync();
        await Assert.ThrowsAsync<FetchException>(() => h.Fetcher.GetAsync(server.Url("x"), new FetchPolicy(Local: false)));
        Assert.Equal("secret", Encoding.UTF8.GetString((await h.Fetcher.GetAsync(server.Url("x"), Local)).Content!.Bytes));
    }

    [Fact]
    public void Public_addresses_are_allowed()
    {
        Assert.False(SsrfGuard.IsForbidden(IPAddress.Parse("93.184.216.34")));
        Assert.False(SsrfGuard.IsForbidden(IPAddress.Parse("2606:4700::1111")));
        Assert.True(SsrfGuard.IsForbidden(IPAddress.Parse("fd00::1")));
        Assert.True(SsrfGuard.IsForbidden(IPAddress.Parse("192.168.1.1")));
        Assert.True(SsrfGuard.IsForbidden(IPAddress.Parse("::ffff:127.0.0.1")));
    }

    [Fact]
    public void Charset_comes_from_the_header_then_meta()
    {
        var cp1252 = CodePages();
        var body = cp1252.GetBytes("<html><head><meta charset=\"windows-1252\"></head><body><p>Référence à l'État</p></body></html>");
        Assert.Contains("Référence à l'État", Charset.Decode(body, "text/html"));
        var latin1 = cp1252.GetBytes("<html><body><p>Hébergement déjà</p></body></html>");
        Assert.Contains("Hébergement déjà", Charset.Decode(latin1, "text/html; charset=ISO-8859-1"));
        Assert.Contains("Hébergement déjà", Charset.Decode(Encoding.UTF8.GetBytes("<p>Hébergement déjà</p>"), "text/html; charset=utf-8"));
    }

    internal static Encoding CodePages()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
