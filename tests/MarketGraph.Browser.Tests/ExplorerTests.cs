using Microsoft.Playwright;

namespace MarketGraph.Browser.Tests;

/// <summary>The explorer in Debian's chromium, driven by Playwright (no browser download).</summary>
public sealed class ExplorerTests : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task InitializeAsync()
    {
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
    }

    [Fact]
    public async Task A_journalist_searches_expands_and_reads_the_evidence_of_an_edge()
    {
        using var app = new ExplorerApp();
        await app.SeedAsync();
        var page = await _browser!.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);

        await page.GotoAsync(app.BaseAddress + "/");
        await page.FillAsync("#search", "etat");
        await page.PressAsync("#search", "Enter");
        var result = page.Locator("#results li").First;
        await Assertions.Expect(result).ToContainTextAsync("État");
        await result.ClickAsync();

        // the State, Orange, and the stake between them are drawn
        await page.WaitForFunctionAsync("() => window.__mg && window.__mg.nodes().length >= 2");
        var edgeId = await page.EvaluateAsync<string>("() => window.__mg.edges()[0].id()");
        await page.EvaluateAsync("id => window.__mg.getElementById(id).emit('tap')", edgeId);

        await Assertions.Expect(page.Locator("#details-body blockquote").First).ToContainTextAsync("détient 23 %");
        await Assertions.Expect(page.Locator("#details-body a").First).ToHaveAttributeAsync("href", "https://example.org/orange-etat-huawei");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Shortest_path_between_two_entities_is_highlighted()
    {
        using var app = new ExplorerApp();
        await app.SeedAsync();
        var page = await _browser!.NewPageAsync();
        await page.GotoAsync(app.BaseAddress + "/?q=huawei");
        await page.Locator("#results li").First.ClickAsync();
        await page.WaitForFunctionAsync("() => window.__mg.nodes().length >= 2");
        await page.SelectOptionAsync("#depth", "2");
        await page.EvaluateAsync("() => window.__mg.getElementById('org:orange').emit('tap')");
        await page.WaitForFunctionAsync("() => window.__mg.nodes().length >= 3");

        await page.EvaluateAsync("() => { window.__mgPick('org:huawei'); window.__mgPick('pub:etat'); }");
        await page.ClickAsync("#find-path");

        await page.WaitForFunctionAsync("() => window.__mg.edges('.on-path').length === 2");
    }
}
