using System.Text.Json;
using MarketGraph.Core.Documents;

namespace MarketGraph.Crawlers.Sources;

/// <summary>
/// Loads a catalogue: <c>{"sources": [{"name", "kind", "url", "schedule", "local", "politenessDelayMs",
/// "maxConcurrency", "query", "cloudOnly", "cloudFilter", "maxItems", "maxBytes", "timeoutSeconds"}]}</c> (keys described in
/// <c>crawlers/README.md</c>).
/// Errors are one line naming the file and the entry.
/// </summary>
public static class SourceCatalog
{
    /// <summary>The most a source may raise its size cap when responses are held in memory.</summary>
    public const long MaxInMemoryBytes = 64L * 1024 * 1024;
    /// <summary>The most a streamed source (<c>decp</c>: written to a temporary file, read one record at a time) may fetch.</summary>
    public const long MaxStreamedBytes = 4L * 1024 * 1024 * 1024;
    public const int MaxTimeoutSeconds = 3600;

    public static IReadOnlyList<CrawlSource> Load(string path)
    {
        if (!File.Exists(path)) throw new InvalidInputException($"{path}: source catalogue not found");
        return Parse(File.ReadAllText(path), path);
    }

    public static IReadOnlyList<CrawlSource> Parse(string json, string name = "sources.json")
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new InvalidInputException($"{name}: malformed JSON at line {(e.LineNumber ?? 0) + 1}");
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("sources", out var list) || list.ValueKind != JsonValueKind.Array)
                throw new InvalidInputException($"{name}: expected {{\"sources\": [...]}}");
            var sources = new List<CrawlSource>();
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var index = 0;
            foreach (var e in list.EnumerateArray())
            {
                index++;
                var where = $"{name}: source #{index}";
                if (e.ValueKind != JsonValueKind.Object) throw new InvalidInputException($"{where} is not an object");
                var sourceName = Str(e, "name") ?? throw new InvalidInputException($"{where} has no \"name\"");
                where = $"{name}: source \"{sourceName}\"";
                if (!names.Add(sourceName)) throw new InvalidInputException($"{where} is listed twice");
                var kind = Str(e, "kind")?.ToLowerInvariant() ?? throw new InvalidInputException($"{where} has no \"kind\"");
                if (!SourceKinds.All.Contains(kind)) throw new InvalidInputException($"{where}: unknown kind \"{kind}\" (expected {string.Join(", ", SourceKinds.All)})");
                var url = Str(e, "url") ?? throw new InvalidInputException($"{where} has no \"url\"");
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                    throw new InvalidInputException($"{where}: \"{url}\" is not an http(s) URL");
                var schedule = Str(e, "schedule");
                if (schedule is not null && schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length is not (5 or 6))
                    throw new InvalidInputException($"{where}: schedule \"{schedule}\" is not a cron expression (5 fields)");
                sources.Add(new CrawlSource(sourceName, kind, uri)
                {
                    Schedule = schedule,
                    Local = Bool(e, "local") ?? false,
                    PolitenessDelayMs = Int(e, "politenessDelayMs", where),
                    MaxConcurrency = Int(e, "maxConcurrency", where),
                    Query = Str(e, "query"),
                    CloudFilter = CloudFilter(e, where),
                    MaxItems = Int(e, "maxItems", where),
                    MaxBytes = MaxBytes(e, kind, where),
                    TimeoutSeconds = TimeoutSeconds(e, where),
                });
            }
            return sources;
        }
    }

    /// <summary><c>cloudFilter</c> when given (it must agree with <c>cloudOnly</c> if both are), else <c>cloudOnly</c>.</summary>
    private static CloudFilterMode CloudFilter(JsonElement e, string where)
    {
        var cloudOnly = Bool(e, "cloudOnly");
        if (Str(e, "cloudFilter") is not { } name) return cloudOnly == true ? CloudFilterMode.Cpv : CloudFilterMode.None;
        if (!CloudFilterModes.ByName.TryGetValue(name, out var mode))
            throw new InvalidInputException($"{where}: unknown cloudFilter \"{name}\" (expected {string.Join(", ", CloudFilterModes.ByName.Keys)})");
        if (cloudOnly is { } only && only != (mode != CloudFilterMode.None))
            throw new InvalidInputException($"{where}: \"cloudOnly\": {(only ? "true" : "false")} contradicts \"cloudFilter\": \"{name}\"");
        return mode;
    }

    private static int? TimeoutSeconds(JsonElement e, string where) =>
        Int(e, "timeoutSeconds", where) is { } t && (t < 1 || t > MaxTimeoutSeconds)
            ? throw new InvalidInputException($"{where}: \"timeoutSeconds\" must be between 1 and {MaxTimeoutSeconds}")
            : Int(e, "timeoutSeconds", where);

    private static long? MaxBytes(JsonElement e, string kind, string where)
    {
        if (!e.TryGetProperty("maxBytes", out var v) || v.ValueKind == JsonValueKind.Null) return null;
        var limit = kind == SourceKinds.Decp ? MaxStreamedBytes : MaxInMemoryBytes;
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt64(out var bytes) || bytes < 1024 || bytes > limit)
            throw new InvalidInputException($"{where}: \"maxBytes\" must be between 1024 and {limit} for kind \"{kind}\"" +
                (kind == SourceKinds.Decp ? "" : $" (only decp sources are streamed to disk, up to {MaxStreamedBytes})"));
        return bytes;
    }

    private static string? Str(JsonElement e, string key) =>
        e.TryGetProperty(key, out var v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString()) ? v.GetString()!.Trim() : null;

    private static bool? Bool(JsonElement e, string key) =>
        e.TryGetProperty(key, out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : null;

    private static int? Int(JsonElement e, string key, string where)
    {
        if (!e.TryGetProperty(key, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var i) || i < 0) throw new InvalidInputException($"{where}: \"{key}\" must be a non-negative integer");
        return i;
    }
}
