using System.Reflection;

namespace MarketGraph.Api.Explorer;

/// <summary>
/// The journalists' graph explorer at "/": a static page (HTML, JS, CSS, cytoscape.js) embedded in this
/// assembly, so it is served the same whatever folder the app runs from. It talks to /graphql.
/// </summary>
public static class ExplorerEndpoints
{
    private static readonly Assembly Assembly = typeof(ExplorerEndpoints).Assembly;

    private static readonly Dictionary<string, string> ContentTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
    };

    public static void MapExplorer(this WebApplication app)
    {
        app.MapGet("/", () => Asset("index.html"));
        app.MapGet("/explorer/{file}", (string file) => Asset(file));
    }

    private static IResult Asset(string file)
    {
        if (file.Contains('/') || file.Contains('\\') || file.StartsWith('.')) return Results.NotFound();
        var stream = Assembly.GetManifestResourceStream($"MarketGraph.Api.Explorer.assets.{file}");
        if (stream is null) return Results.NotFound();
        var type = ContentTypes.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
        return Results.Stream(stream, type);
    }
}
