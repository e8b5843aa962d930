using System.Net;
using MarketGraph.Core.Claims;
using MarketGraph.Core.Documents;
using MarketGraph.Core.Entities;
using MarketGraph.Core.Ontology;
using MarketGraph.Core.Ports;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MarketGraph.Browser.Tests;

/// <summary>The real app on Kestrel (loopback, a free port) over a real SQLite file, seeded with a small graph.</summary>
public sealed class ExplorerApp : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mg-browser-").FullName;

    public ExplorerApp()
    {
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        StartServer();
    }

    public string BaseAddress =>
        Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Graph:DataDirectory", _folder);
        builder.UseSetting("Graph:LoadSampleWhenEmpty", "false");
        builder.UseSetting("Jobs:Storage", "memory");
        builder.UseSetting("Jobs:Enabled", "false");
        builder.UseSetting("Jobs:ScheduleSources", "false");
    }

    /// <summary>Our own two-sentence article: the State's stake in Orange, Huawei supplying Orange with OpenStack.</summary>
    public async Task SeedAsync()
    {
        const string text = "L'État détient 23 % d'Orange. Huawei fournit à Orange une pile OpenStack pour son cloud public.";
        var store = Services.GetRequiredService<IGraphStore>();
        var doc = new Document(ContentHash.Of(System.Text.Encoding.UTF8.GetBytes(text)), text, MediaTypes.PlainText)
        {
            Title = "Orange, l'État et Huawei",
            Url = "https://example.org/orange-etat-huawei",
            Publisher = "MarketGraph tests",
            Published = new DateOnly(2017, 2, 1),
            FetchedAt = DateTimeOffset.UnixEpoch,
        };
        var extractor = new ExtractorInfo("browser-test-seed", "1");
        var state = new EntityMention("État", EntityKind.PublicBody) { Aliases = ["French State"], Country = "FR" };
        var orange = new EntityMention("Orange", EntityKind.Organization) { Country = "FR" };
        var huawei = new EntityMention("Huawei", EntityKind.Organization) { Country = "CN" };
        var first = text.IndexOf('.') + 1;
        Claim[] claims =
        [
            new(RelationType.OwnsStake, state, orange, ClaimProps.Of(("percent", 23)), Evidence.FromSpan(text, 0, first), extractor, 0.9),
            new(RelationType.Supplies, huawei, orange, ClaimProps.Of(("technology", "OpenStack")), Evidence.FromSpan(text, first + 1, text.Length), extractor, 0.85),
        ];
        await store.IngestAsync(doc, new Core.Ports.Extraction([state, orange, huawei], claims));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, true); } catch (IOException) { }
    }
}
