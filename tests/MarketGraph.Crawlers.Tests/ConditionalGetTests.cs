using System.Collections.Concurrent;
using MarketGraph.Crawlers.Sources;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace MarketGraph.Crawlers.Tests;

public class ConditionalGetTests
{
    private const string Page = """
        <!doctype html><html lang="en"><head><title>Cloud deal</title></head><body><article><h1>A cloud deal</h1>
        <p>The agency awarded a three-year hosting contract to a regional provider after an open tender.</p>
        <p>The contract covers infrastructure and managed services.</p></article></body></html>
        """;

    private static readonly DateTimeOffset Modified = new(2026, 11, 1, 10, 0, 0, TimeSpan.Zero);

    private sealed record Hit(string Path, bool Conditional, int Status);

    /// <summary>Answers 304 when the request carries the resource's ETag or a date not before its Last-Modified.</summary>
    private static IResult Validated(HttpContext c, string? etag, Func<IResult> body)
    {
        var h = c.Request.GetTypedHeaders();
        if (etag is not null)
        {
            if (c.Request.Headers.IfNoneMatch == etag) return Results.StatusCode(304);
            c.Response.Headers.ETag = etag;
        }
        else
        {
            if (h.IfModifiedSince is { } since && since >= Modified) return Results.StatusCode(304);
            c.Response.GetTypedHeaders().LastModified = Modified;
        }
        return body();
    }

    [Fact]
    public async Task Every_adapter_sends_the_stored_validators_and_counts_304_as_unchanged()
    {
        var notice = File.ReadAllBytes(Fixture.PathOf("procurement/ted-eforms/real_can29_2024-OJS198-00611835_BE_cloud-servers.xml"));
        var boamp = File.ReadAllBytes(Fixture.PathOf("procurement/boamp/boamp-v230_17-5219_attribution_cablage-informatique.xml"));
        var hits = new ConcurrentQueue<Hit>();
        LoopbackServer? s = null;
        await using var server = s = await LoopbackServer.StartAsync(app =>
        {
            ((WebApplication)app).Use(async (c, next) =>
            {
                var conditional = c.Request.Headers.IfNoneMatch.Count > 0 || c.Request.Headers.IfModifiedSince.Count > 0;
                await next(c);
                hits.Enqueue(new Hit(c.Request.Path, conditional, c.Response.StatusCode));
            });
            string Rss(params string[] paths) => "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>" +
                string.Concat(paths.Select(p => $"<item><title>{p}</title><link>{s!.BaseUrl}{p}</link></item>")) + "</channel></rss>";
            app.MapGet("/feed.xml", (HttpContext c) => Validated(c, "\"feed-1\"", () => Results.Text(Rss("articles/a"), "application/rss+xml")));
            app.MapGet("/feed-with-broken-item.xml", (HttpContext c) =>
                Validated(c, "\"feed-2\"", () => Results.Text(Rss("articles/b", "broken"), "application/rss+xml")));
            app.MapGet("/articles/{id}", (HttpContext c, string id) => Validated(c, null, () => Results.Text(Page.Replace("regional", id), "text/html; charset=utf-8")));
            app.MapGet("/broken", () => Results.StatusCode(500));
            app.MapGet("/n/{id}", (HttpContext c, string id) => Validated(c, $"\"{id}\"", () => Results.Bytes(notice, "application/xml")));
            app.MapGet("/boamp.xml", (HttpContext c) => Validated(c, null, () => Results.Bytes(boamp, "application/xml")));
            app.MapPost("/v3/notices/search", () => Results.Text(
                "{\"notices\":[{\"publication-number\":\"00611835-2024\",\"links\":{\"xml\":{\"MUL\":\"" + s!.BaseUrl + "n/found\"}}}],\"iterationNextToken\":null}",
                "application/json"));
        });
        await using var h = await CrawlHarness.CreateAsync();
        var sources = new[]
        {
            CrawlHarness.Source("feed", SourceKinds.Rss, server.Url("feed.xml")),
            CrawlHarness.Source("feed-broken", SourceKinds.Rss, server.Url("feed-with-broken-item.xml")),
            CrawlHarness.Source("ted-one", SourceKinds.Ted, server.Url("n/one")),
            CrawlHarness.Source("ted-search", SourceKinds.Ted, server.Url("v3/notices/search"), "classification-cpv IN (72415000)"),
            CrawlHarness.Source("boamp", SourceKinds.Boamp, server.Url("boamp.xml")),
        };

        var first = (await h.Runner.RunAsync(sources)).ToDictionary(r => r.SourceName);
        Assert.DoesNotContain(hits, x => x.Conditional);
        Assert.Equal(1, first["feed"].NewDocuments);
        Assert.Equal(1, first["ted-one"].NewDocuments);
        Assert.Equal(1, first["boamp"].NewDocuments);
        Assert.Single(first["feed-broken"].ErrorMessages);
        hits.Clear();

        var second = (await h.Runner.RunAsync(sources)).ToDictionary(r => r.SourceName);
        Assert.All(second.Values, r => Assert.Equal(0, r.NewDocuments));
        // the feed itself is 304: its items are not even asked for
        Assert.Equal((0, 1), (second["feed"].Fetched, second["feed"].Unchanged));
        Assert.DoesNotContain(hits, x => x.Path == "/articles/a");
        Assert.Equal((0, 1), (second["ted-one"].Fetched, second["ted-one"].Unchanged));
        Assert.Equal((0, 1), (second["ted-search"].Fetched, second["ted-search"].Unchanged));
        Assert.Equal((0, 1), (second["boamp"].Fetched, second["boamp"].Unchanged));
        Assert.Contains(hits, x => x is { Path: "/boamp.xml", Conditional: true, Status: 304 });
        Assert.Contains(hits, x => x is { Path: "/n/one", Conditional: true, Status: 304 });
        Assert.Contains(hits, x => x is { Path: "/n/found", Conditional: true, Status: 304 });
        Assert.Contains(hits, x => x is { Path: "/v3/notices/search", Conditional: false, Status: 200 });
        // a feed whose item failed was not marked unchanged: it is read again and the good item is a 304 of its own
        Assert.Contains(hits, x => x is { Path: "/feed-with-broken-item.xml", Conditional: false, Status: 200 });
        Assert.Contains(hits, x => x is { Path: "/articles/b", Conditional: true, Status: 304 });
        Assert.Equal(1, second["feed-broken"].Unchanged);
        Assert.Single(second["feed-broken"].ErrorMessages);
    }
}
