using System.Diagnostics;
using System.Globalization;
using System.Text;
using MarketGraph.Core.Claims;
using MarketGraph.Core.Documents;
using MarketGraph.Core.Entities;
using MarketGraph.Core.Ontology;
using MarketGraph.Core.Ports;

namespace MarketGraph.Sqlite.Benchmarks;

/// <summary>
/// A generated graph: organisations with skewed degrees (a few hubs, a long tail), 20 technologies, and
/// SUPPLIES / OWNS_STAKE / PARTNERS_WITH / AWARDED_CONTRACT relations, each asserted by its own sentence,
/// 100 claims per document. Size from MG_BENCH_ENTITIES (default 10,000) and MG_BENCH_RELATIONS (default 50,000).
/// The file is generated once per size into the temp folder and reused.
/// </summary>
public static class SyntheticGraph
{
    public const int ClaimsPerDocument = 100;

    public static int Entities => int.Parse(Environment.GetEnvironmentVariable("MG_BENCH_ENTITIES") ?? "10000", CultureInfo.InvariantCulture);

    public static int Relations => int.Parse(Environment.GetEnvironmentVariable("MG_BENCH_RELATIONS") ?? "50000", CultureInfo.InvariantCulture);

    public static string Name(int i) => $"Org {i:000000}";

    public static string Id(int i) => EntityId.For(EntityKind.Organization, Name(i));

    public static string Folder => Path.Combine(Path.GetTempPath(), "marketgraph-sqlite-bench");

    public static async Task<string> EnsureAsync()
    {
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, $"graph-{Entities}-{Relations}.db");
        if (File.Exists(path + ".done")) return path;
        foreach (var f in Directory.GetFiles(Folder, Path.GetFileName(path) + "*")) File.Delete(f);
        var clock = Stopwatch.StartNew();
        await using (var store = await SqliteGraphStore.OpenAsync(path))
        {
            var random = new Random(42);
            var documents = 0;
            for (var start = 0; start < Relations; start += ClaimsPerDocument)
            {
                var (doc, extraction) = Document(random, start, Math.Min(ClaimsPerDocument, Relations - start), $"batch {start}");
                await store.IngestAsync(doc, extraction);
                documents++;
            }
            var counts = await store.CountsAsync();
            var seconds = clock.Elapsed.TotalSeconds;
            Console.Error.WriteLine(FormattableString.Invariant(
                $"generated {counts.Entities} entities, {counts.Edges} edges, {counts.Claims} claims, {documents} documents in {seconds:F1} s: {documents / seconds:F1} documents/s, {counts.Claims / seconds:F0} claims/s"));
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        await File.WriteAllTextAsync(path + ".done", "");
        return path;
    }

    /// <summary>One document of <paramref name="claimCount"/> sentences, each one relation between generated organisations.</summary>
    public static (Document Doc, Extraction Extraction) Document(Random random, int first, int claimCount, string salt)
    {
        var extractor = new ExtractorInfo("bench-generator", "1");
        var text = new StringBuilder();
        var pending = new List<(RelationType Type, EntityMention From, EntityMention To, ClaimProps Props, int Start, int End)>();
        for (var n = first; n < first + claimCount; n++)
        {
            var ai = Skewed(random);
            var bi = random.Next(Entities);
            if (bi == ai) bi = (bi + 1) % Entities;
            var a = new EntityMention(Name(ai), EntityKind.Organization);
            var b = new EntityMention(Name(bi), EntityKind.Organization);
            var (type, props, sentence) = random.Next(10) switch
            {
                < 4 => (RelationType.Supplies, ClaimProps.Of(("technology", $"Stack {random.Next(20):00}")), $"{a.Name} fournit {b.Name} (n°{n})."),
                < 6 => (RelationType.OwnsStake, ClaimProps.Of(("percent", random.Next(1, 101))), $"{a.Name} détient une part de {b.Name} (n°{n})."),
                < 8 => (RelationType.PartnersWith, ClaimProps.Empty, $"{a.Name} s'associe à {b.Name} (n°{n})."),
                _ => (RelationType.AwardedContract, ClaimProps.Of(("subject", "IaaS"), ("value", random.Next(10_000, 5_000_000))), $"{a.Name} attribue un marché à {b.Name} (n°{n})."),
            };
            pending.Add((type, a, b, props, text.Length, text.Length + sentence.Length));
            text.Append(sentence).Append(' ');
        }
        text.Append(salt);
        var body = text.ToString();
        var claims = pending.Select(p => new Claim(p.Type, p.From, p.To, p.Props, Evidence.FromSpan(body, p.Start, p.End), extractor, 0.8)).ToList();
        var doc = new Document(ContentHash.Of(Encoding.UTF8.GetBytes(body)), body, MediaTypes.PlainText)
        {
            Title = $"Generated document {salt}",
            Url = $"https://example.org/generated/{Uri.EscapeDataString(salt)}",
            Published = new DateOnly(2015, 1, 1).AddDays(first / ClaimsPerDocument),
            FetchedAt = DateTimeOffset.UnixEpoch,
        };
        return (doc, new Extraction([], claims));
    }

    /// <summary>Low indices far more often: hubs with many relations, a long tail of small ones.</summary>
    private static int Skewed(Random random) => (int)(Entities * Math.Pow(random.NextDouble(), 3));
}
