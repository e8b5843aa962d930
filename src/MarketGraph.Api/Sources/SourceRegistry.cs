using System.Text.Json;
using System.Text.Json.Nodes;
using MarketGraph.Api.Composition;
using MarketGraph.Core.Documents;
using MarketGraph.Crawlers.Sources;
using Microsoft.Extensions.Options;

namespace MarketGraph.Api.Sources;

/// <summary>
/// The sources MarketGraph crawls: the catalogue file, plus the sources analysts added through the API,
/// kept in <c>added-sources.json</c> in the data folder (same format), so they survive restarts.
/// </summary>
public sealed class SourceRegistry(IOptions<SourcesOptions> sources, IOptions<GraphOptions> graph)
{
    private readonly Lock _lock = new();

    private string AddedPath => Path.Combine(graph.Value.DataDirectory, "added-sources.json");

    public string? CatalogPath => Startup.ResolveFile(sources.Value.CatalogPath);

    /// <summary>Catalogue sources, then added ones; an unreadable catalogue is bad input with a one-line message.</summary>
    public IReadOnlyList<CrawlSource> All(string? catalogOverride = null)
    {
        var path = catalogOverride ?? CatalogPath;
        var list = new List<CrawlSource>(path is null ? [] : SourceCatalog.Load(path));
        lock (_lock)
        {
            if (catalogOverride is null && File.Exists(AddedPath))
                list.AddRange(SourceCatalog.Load(AddedPath).Where(a => list.All(s => !s.Name.Equals(a.Name, StringComparison.OrdinalIgnoreCase))));
        }
        return list;
    }

    public CrawlSource? Find(string name) => All().FirstOrDefault(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Validates the entry with the catalogue's own rules, then appends it to added-sources.json.</summary>
    public CrawlSource Add(string name, string kind, string url, string? schedule, bool local)
    {
        var entry = new JsonObject { ["name"] = name, ["kind"] = kind, ["url"] = url, ["local"] = local };
        if (schedule is not null) entry["schedule"] = schedule;
        var parsed = SourceCatalog.Parse(new JsonObject { ["sources"] = new JsonArray(entry.DeepClone()) }.ToJsonString(), "new source").Single();
        if (All().Any(s => s.Name.Equals(parsed.Name, StringComparison.OrdinalIgnoreCase)))
            throw new InvalidInputException($"a source named '{parsed.Name}' exists already");
        lock (_lock)
        {
            var root = File.Exists(AddedPath) ? JsonNode.Parse(File.ReadAllText(AddedPath))!.AsObject() : new JsonObject { ["sources"] = new JsonArray() };
            root["sources"]!.AsArray().Add(entry);
            Directory.CreateDirectory(graph.Value.DataDirectory);
            var temp = AddedPath + ".tmp";
            File.WriteAllText(temp, root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
            File.Move(temp, AddedPath, overwrite: true);
        }
        return parsed;
    }
}
