using System.Diagnostics;
using System.Globalization;
using System.Text;
using MarketGraph.Core.Claims;
using MarketGraph.Core.Documents;
using MarketGraph.Core.Entities;
using MarketGraph.Core.Ontology;
using MarketGraph.Sqlite;
using ExtractionResult = MarketGraph.Core.Ports.Extraction;

namespace MarketGraph.Api.Benchmarks;

/// <summary>
/// A synthetic graph in a SQLite file, generated once per size and reused: organisations whose degrees follow a
/// skewed law (a few hubs, many leaves), 20 technologies, and SUPPLIES / OWNS_STAKE / PARTNERS_WITH /
/// AWARDED_CONTRACT relations, each asserted by its own sentence in documents of 1,000 claims.
/// Size: MG_BENCH_ENTITIES (default 10,000) and MG_BENCH_RELATIONS (default 50,000).
/// </summary>
public static class GeneratedGraph
{
    public static readonly string[] Technologies = Enumerable.Range(1, 20).Select(i => $"Stack {i:00}").ToArray();

    public static int Entities => int.Parse(Environment.GetEnvironmentVariable("MG_BENCH_ENTITIES") ?? "10000", CultureInfo.InvariantCulture);

    public static int Relations => int.Parse(Environment.GetEnvironmentVariable("MG_BENCH_RELATIONS") ?? "50000", CultureInfo.InvariantCulture);

    public static string Hub => EntityId.For(EntityKind.Organization, Name(0));

    public static string Leaf => EntityId.For(EntityKind.Organization, Name(Entities - 1));

    public static string Name(int i) => $"Org {i:000000}";

    public static async Task<string> EnsureAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "marketgraph-bench");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"graph-{Entities}-{Relations}.db");
        if (File.Exists(path + ".done")) return path;
        foreach (var f in Directory.GetFiles(folder, Path.GetFileName(path) + "*")) File.Delete(f);
        var clock = Stopwatch.StartNew();
        await using (var store = await SqliteGraphStore.OpenAsync(path))
        {
            var random = new Random(42);
            var extractor = new ExtractorInfo("bench-generator", "1");
            var mentions = Enumerable.Range(0, Entities).Select(i => new EntityMention(Name(i), EntityKind.Organization)).ToArray();
            var techs = Technologies.Select(t => new EntityMention(t, EntityKind.Technology)).ToArray();
            const int perDocument = 1000;
            for (var start = 0; start < Relations; start += perDocument)
            {
                var text = new StringBuilder();
                var pending = new List<(RelationType Type, EntityMention From, EntityMention To, ClaimProps Props, int Start, int End)>();
                for (var n = start; n < Math.Min(Relations, start + perDocument); n++)
                {
                    var a = mentions[Skewed(random)];
                    var b = mentions[random.Next(Entities)];
                    if (a.Name == b.Name) b = mentions[(Array.IndexOf(mentions, b) + 1) % Entities];
                    var roll = random.Next(10);
                    var (type, props, sentence) = roll switch
                    {
                        < 4 => (RelationType.Supplies, ClaimProps.Of(("technology", Technologies[random.Next(Technologies.Length)])), $"{a.Name} fournit {b.Name} (n°{n})."),
                        < 6 => (RelationType.OwnsStake, ClaimProps.Of(("percent", random.Next(1, 101))), $"{a.Name} détient une part de {b.Name} (n°{n})."),
                        < 8 => (RelationType.PartnersWith, ClaimProps.Empty, $"{a.Name} s'associe à {b.Name} (n°{n})."),
                        _ => (RelationType.AwardedContract, ClaimProps.Of(("subject", "IaaS"), ("value", random.Next(10_000, 5_000_000)), ("cpv", "72000000")), $"{a.Name} attribue un marché à {b.Name} (n°{n})."),
                    };
                    pending.Add((type, a, b, props, text.Length, text.Length + sentence.Length));
                    text.Append(sentence).Append(' ');
                    if (type == RelationType.Supplies && random.Next(4) == 0)
                    {
                        var tech = techs[random.Next(techs.Length)];
                        var built = $"{b.Name} est bâti sur {tech.Name} (n°{n}).";
                        pending.Add((RelationType.BuiltOn, b, tech, ClaimProps.Empty, text.Length, text.Length + built.Length));
                        text.Append(built).Append(' ');
                    }
                }
                var body = text.ToString();
                var claims = pending.Select(p => new Claim(p.Type, p.From, p.To, p.Props, Evidence.FromSpan(body, p.Start, p.End), extractor, 0.8)).ToList();
                var doc = new Document(ContentHash.Of(Encoding.UTF8.GetBytes(body)), body, MediaTypes.PlainText)
                {
                    Title = $"Generated document {start / perDocument}",
                    Url = $"https://example.org/generated/{start / perDocument}",
                    Published = new DateOnly(2015, 1, 1).AddDays(start / perDocument),
                    FetchedAt = DateTimeOffset.UnixEpoch,
                };
                await store.IngestAsync(doc, new ExtractionResult([], claims));
            }
            var counts = await store.CountsAsync();
            Console.Error.WriteLine($"generated {counts.Entities} entities, {counts.Edges} edges, {counts.Claims} claims in {clock.Elapsed.TotalSeconds:F0} s");
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await File.WriteAllTextAsync(path + ".done", "");
        return path;
    }

    /// <summary>Low indices far more often: a few hubs with many relations, a long tail of small ones.</summary>
    private static int Skewed(Random random) => (int)(Entities * Math.Pow(random.NextDouble(), 3));
}
