using System.Net;
using System.Text;
using MarketGraph.Neo4j;
using MarketGraph.Neo4j.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MarketGraph.Neo4j.Tests;

/// <summary>A request the fake server received.</summary>
public sealed record ReceivedRequest(string Method, string Path, string Body, IReadOnlyDictionary<string, string> Headers);

/// <summary>
/// A real Kestrel server on 127.0.0.1, port 0, answering like Neo4j's Query API: each request is recorded
/// and answered by <see cref="Responder"/> (status, body, extra headers).
/// </summary>
public sealed class FakeQueryApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    public List<ReceivedRequest> Requests { get; } = [];
    public Func<ReceivedRequest, (int Status, string Body, IReadOnlyDictionary<string, string>? Headers)> Responder { get; set; } =
        _ => (202, """{"data":{"fields":[],"values":[]},"bookmarks":[]}""", null);

    private FakeQueryApi(WebApplication app) => _app = app;

    public string Address { get; private set; } = "";

    public static async Task<FakeQueryApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var fake = new FakeQueryApi(app);
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var headers = context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
            var request = new ReceivedRequest(context.Request.Method, context.Request.Path.Value ?? "", body, headers);
            (int, string, IReadOnlyDictionary<string, string>?) answer;
            lock (fake.Requests)
            {
                fake.Requests.Add(request);
                answer = fake.Responder(request);
            }
            var (status, responseBody, extra) = answer;
            context.Response.StatusCode = status;
            if (extra is not null) foreach (var (k, v) in extra) context.Response.Headers[k] = v;
            if (responseBody.Length > 0)
            {
                context.Response.ContentType = TypedJson.MediaType;
                await context.Response.WriteAsync(responseBody);
            }
        });
        await app.StartAsync();
        fake.Address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return fake;
    }

    public Neo4jQueryApiClient CreateClient(Action<Neo4jOptions>? configure = null, TimeProvider? time = null)
    {
        var options = new Neo4jOptions { Uri = Address, User = "neo4j", Password = "s3cret", Database = "neo4j" };
        configure?.Invoke(options);
        return new Neo4jQueryApiClient(new HttpClient(), Options.Create(options), time ?? TimeProvider.System, NullLogger<Neo4jQueryApiClient>.Instance);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
