using MarketGraph.Core.Claims;
using System.Text;
using System.Text.Json;
using MarketGraph.Core.Documents;
using MarketGraph.Core.Documents.Readers;
using MarketGraph.Core.Entities;
using MarketGraph.Core.Ingestion;
using MarketGraph.Core.Ontology;
using MarketGraph.Core.Ports;

namespace MarketGraph.Extraction;

using Extraction = MarketGraph.Core.Ports.Extraction;

/// <summary>
/// Scores an extractor against gold files (shared/data/articles format): a prediction matches a gold relation
/// when the type is the same and a name the prediction gives the subject (and the object) — its canonical name or a
/// form the text used for it — normalised with <see cref="EntityKey.Normalise"/>, equals a name or alias of an
/// acceptable gold entity; PARTNERS_WITH is symmetric; duplicate predictions count
/// once; claims below the default confidence threshold are not predictions. Properties are not scored.
/// </summary>
public static class GoldEvaluator
{
    public static EvaluationReport Evaluate(string goldDirectory, IClaimExtractor extractor) =>
        Evaluate(goldDirectory, extractor, new IngestionOptions().MinConfidence);

    public static EvaluationReport Evaluate(string goldDirectory, IClaimExtractor extractor, double minConfidence)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        var files = GoldFiles(goldDirectory);

        var counts = new Dictionary<RelationType, int[]>(); // tp, predicted, gold
        var missed = new List<string>();
        var wrong = new List<string>();
        var reader = new CorpusJsonReader();
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var raw = new RawContent(bytes) { FileName = Path.GetFileName(file) };
            var document = reader.Read(raw);
            var gold = ReadGold(bytes, Path.GetFileName(file));
            var extraction = extractor.CanExtract(document) ? extractor.Extract(document) : Extraction.Empty;
            var predictions = extraction.Claims
                .Where(c => c.Confidence >= minConfidence && c.Type != RelationType.Mentions)
                .Select(c => (c.Type, S: c.Subject.Key, O: c.Object.Key, SNames: Names(c.Subject), ONames: Names(c.Object), Label: $"{c.Type.WireName()} {c.Subject.Name} → {c.Object.Name}"))
                .DistinctBy(p => p.Type.IsSymmetric() && string.CompareOrdinal(p.S, p.O) > 0 ? (p.Type, p.O, p.S) : (p.Type, p.S, p.O))
                .ToList();
            var matchedGold = new HashSet<int>();
            foreach (var p in predictions)
            {
                var c = Counts(counts, p.Type);
                // the first gold relation not yet matched, so two predictions naming two gold entities both count
                var hit = gold.FindIndex(g => g.Type == p.Type && Matches(g, p.SNames, p.ONames) && !matchedGold.Contains(gold.IndexOf(g)));
                if (hit < 0) hit = gold.FindIndex(g => g.Type == p.Type && Matches(g, p.SNames, p.ONames));
                if (hit < 0)
                {
                    c[1]++;
                    wrong.Add($"{Path.GetFileName(file)}: {p.Label}");
                }
                else if (matchedGold.Add(hit))
                {
                    c[0]++;
                    c[1]++;
                }
                // a second prediction for an already matched gold relation is a duplicate: counted once
            }
            for (var i = 0; i < gold.Count; i++)
            {
                if (gold[i].Type == RelationType.Mentions) continue;
                Counts(counts, gold[i].Type)[2]++;
                if (!matchedGold.Contains(i)) missed.Add($"{Path.GetFileName(file)}: {gold[i].Label}");
            }
        }
        var perType = RelationTypes.All.Where(t => counts.ContainsKey(t.Type))
            .Select(t => new TypeScore(t.WireName, counts[t.Type][0], counts[t.Type][1], counts[t.Type][2])).ToList();
        var overall = new TypeScore("OVERALL", perType.Sum(t => t.TruePositives), perType.Sum(t => t.Predicted), perType.Sum(t => t.Gold));
        return new EvaluationReport(perType, overall, files.Count) { Missed = missed, Wrong = wrong };
    }

    /// <summary>A gold folder's *.json files in name order; a clear error when the folder is missing or holds none.</summary>
    internal static List<string> GoldFiles(string goldDirectory)
    {
        if (string.IsNullOrWhiteSpace(goldDirectory) || !Directory.Exists(goldDirectory))
            throw new InvalidInputException($"{goldDirectory}: gold directory not found");
        var files = Directory.GetFiles(goldDirectory, "*.json").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new InvalidInputException($"{goldDirectory}: no gold *.json files");
        return files;
    }

    /// <summary>Whether a claim matches one of a file's gold relations (the rules <see cref="Evaluate(string, IClaimExtractor)"/> scores by).</summary>
    internal static bool IsCorrect(List<GoldRelation> gold, Claim claim)
    {
        var s = Names(claim.Subject);
        var o = Names(claim.Object);
        return gold.Exists(g => g.Type == claim.Type && Matches(g, s, o));
    }

    private static int[] Counts(Dictionary<RelationType, int[]> counts, RelationType type)
    {
        if (!counts.TryGetValue(type, out var c)) counts[type] = c = new int[3];
        return c;
    }

    /// <summary>Every name the prediction gives the entity: its canonical name and the forms the text used.</summary>
    private static HashSet<string> Names(EntityMention mention)
    {
        var names = new HashSet<string>(StringComparer.Ordinal) { mention.Key };
        foreach (var alias in mention.Aliases) names.Add(EntityKey.Normalise(alias));
        names.Remove("");
        return names;
    }

    private static bool Matches(GoldRelation g, HashSet<string> s, HashSet<string> o) =>
        (g.Subjects.Overlaps(s) && g.Objects.Overlaps(o)) ||
        (g.Type.IsSymmetric() && g.Subjects.Overlaps(o) && g.Objects.Overlaps(s));

    internal sealed record GoldRelation(RelationType Type, HashSet<string> Subjects, HashSet<string> Objects, string Label)
    {
        /// <summary>The verbatim sentence the annotator gave; empty when none.</summary>
        public string Evidence { get; init; } = "";
    }

    internal static List<GoldRelation> ReadGold(byte[] bytes, string file)
    {
        try
        {
            using var doc = JsonDocument.Parse(Encoding.UTF8.GetString(bytes));
            var root = doc.RootElement;
            var keysByName = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            if (root.TryGetProperty("entities", out var ents) && ents.ValueKind == JsonValueKind.Array)
            {
                foreach (var e in ents.EnumerateArray())
                {
                    var name = e.GetProperty("name").GetString() ?? throw new InvalidInputException($"{file}: an entity has no name");
                    var keys = new HashSet<string>(StringComparer.Ordinal) { EntityKey.Normalise(name) };
                    if (e.TryGetProperty("aliases", out var aliases) && aliases.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var a in aliases.EnumerateArray()) keys.Add(EntityKey.Normalise(a.GetString()));
                    }
                    keys.Remove("");
                    keysByName[name] = keys;
                }
            }
            var relations = new List<GoldRelation>();
            if (!root.TryGetProperty("relations", out var rels) || rels.ValueKind != JsonValueKind.Array)
                throw new InvalidInputException($"{file}: gold file has no \"relations\" array");
            foreach (var r in rels.EnumerateArray())
            {
                var typeText = r.GetProperty("type").GetString();
                if (!RelationTypes.TryParse(typeText, out var type)) throw new InvalidInputException($"{file}: unknown relation type '{typeText}'");
                var subjects = Names(r.GetProperty("subject"), keysByName);
                var objects = Names(r.GetProperty("object"), keysByName);
                relations.Add(new GoldRelation(type, subjects, objects, $"{type.WireName()} {Label(r.GetProperty("subject"))} → {Label(r.GetProperty("object"))}")
                {
                    Evidence = r.TryGetProperty("evidence", out var ev) && ev.ValueKind == JsonValueKind.String ? ev.GetString() ?? "" : "",
                });
            }
            return relations;
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new InvalidInputException($"{file}: not a valid gold file ({e.Message.Split('.')[0]})", e);
        }
    }

    private static HashSet<string> Names(JsonElement element, Dictionary<string, HashSet<string>> keysByName)
    {
        var names = element.ValueKind == JsonValueKind.Array
            ? element.EnumerateArray().Select(x => x.GetString() ?? "").ToList()
            : [element.GetString() ?? ""];
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in names)
        {
            if (keysByName.TryGetValue(n, out var k)) keys.UnionWith(k);
            else keys.Add(EntityKey.Normalise(n));
        }
        return keys;
    }

    private static string Label(JsonElement element) =>
        element.ValueKind == JsonValueKind.Array ? string.Join("|", element.EnumerateArray().Select(x => x.GetString())) : element.GetString() ?? "";
}
