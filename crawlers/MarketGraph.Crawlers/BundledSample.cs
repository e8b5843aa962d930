using MarketGraph.Core.Documents;

namespace MarketGraph.Crawlers;

/// <summary>
/// The offline sample in <c>crawlers/sample/</c>: public procurement files (with their attribution in SOURCES.md)
/// and short press-style texts the project wrote. Hosts ingest it into an empty graph.
/// </summary>
public static class BundledSample
{
    public const string SourceName = "bundled-sample";

    /// <summary>Every sample file (not .md, not hidden), in name order, as raw content for the ingestor.</summary>
    public static IEnumerable<RawContent> Load(string sampleDirectory, TimeProvider? time = null)
    {
        if (!Directory.Exists(sampleDirectory)) throw new InvalidInputException($"{sampleDirectory}: sample folder not found");
        var now = (time ?? TimeProvider.System).GetUtcNow();
        return Directory.EnumerateFiles(sampleDirectory, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.') && !f.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f => new RawContent(File.ReadAllBytes(f))
            {
                FileName = Path.GetFileName(f),
                Url = new Uri(Path.GetFullPath(f)),
                FetchedAt = now,
                SourceName = SourceName,
            })
            .ToList();
    }
}
