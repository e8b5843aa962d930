using System.Reflection;

namespace MarketGraph.Crawlers.Notices;

/// <summary>
/// Decides whether a notice is a cloud purchase by its CPV codes, from the maintained list in
/// <c>Data/cpv2008_it-cloud-hosting_subset_en-fr.csv</c> (relevance "core" and "related" by default).
/// Codes are compared on their 8 digits (check digit "-8" ignored).
/// </summary>
public sealed class CloudCpvFilter
{
    private readonly Dictionary<string, string> _relevance;
    private readonly HashSet<string> _kept;

    public CloudCpvFilter(IEnumerable<string>? relevances = null)
    {
        _kept = new HashSet<string>(relevances ?? ["core", "related"], StringComparer.OrdinalIgnoreCase);
        _relevance = Load();
    }

    public static CloudCpvFilter Default { get; } = new();

    public int Count => _relevance.Count(kv => _kept.Contains(kv.Value));

    public string? Relevance(string cpv) => _relevance.GetValueOrDefault(Code(cpv));

    public bool IsCloud(string cpv) => _relevance.TryGetValue(Code(cpv), out var r) && _kept.Contains(r);

    public bool Matches(IEnumerable<string> cpvs) => cpvs.Any(IsCloud);

    public IEnumerable<string> Codes => _relevance.Where(kv => _kept.Contains(kv.Value)).Select(kv => kv.Key);

    private static string Code(string cpv) => cpv.Trim().Split('-')[0];

    private static Dictionary<string, string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("MarketGraph.Crawlers.Data.cpv.csv")
            ?? throw new InvalidOperationException("the CPV list is not embedded");
        using var reader = new StreamReader(stream);
        var header = reader.ReadLine()?.Split(',') ?? [];
        var relevanceColumn = Array.IndexOf(header, "cloud_relevance");
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            // labels may hold quoted commas: the code is first and the relevance is read by counting from a quote-aware split
            var fields = SplitCsv(line);
            if (fields.Count > relevanceColumn && relevanceColumn >= 0) map[fields[0]] = fields[relevanceColumn];
        }
        return map;
    }

    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var sb = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else sb.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(c);
        }
        fields.Add(sb.ToString());
        return fields;
    }
}
