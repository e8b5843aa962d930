using System.Text.Json;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Extraction;

/// <summary>
/// A learnt classifier for capitalised runs of words that neither the reference list nor a cue pattern recognised:
/// one logistic regression per entity kind over <see cref="NameFeatures"/>; the most probable kind above
/// <see cref="Threshold"/> makes the run a name of that kind ("Corvane Networks a signé…", "selon Priya Raman").
/// </summary>
internal sealed class NameModel(string version, IReadOnlyList<string> trainedOn, IReadOnlyList<(EntityKind Kind, Logistic Logistic)> kinds)
{
    public const string ResourceName = "MarketGraph.Extraction.name-model.json";
    /// <summary>
    /// Low on purpose: a run nothing else recognised is usually a name in this press, and a name found is what lets the
    /// rules and the relation model read the sentence. Chosen by leave-one-corpus-out evaluation (0.15–0.5 tried; 0.25
    /// gave the best relation F1 at the same precision).
    /// </summary>
    public const double Threshold = 0.25;

    public string Version { get; } = version;
    public IReadOnlyList<string> TrainedOn { get; } = trainedOn;
    public IReadOnlyList<(EntityKind Kind, Logistic Logistic)> Kinds { get; } = kinds;

    /// <summary>The most probable kind and its probability; null when no kind reaches the threshold.</summary>
    public (EntityKind Kind, double Probability)? Classify(List<string> features)
    {
        (EntityKind, double)? best = null;
        foreach (var (kind, logistic) in Kinds)
        {
            var p = logistic.Probability(features);
            if (p >= Threshold && (best is null || p > best.Value.Item2)) best = (kind, p);
        }
        return best;
    }

    private static readonly Lazy<NameModel?> Embedded = new(() => ModelJson.LoadEmbedded(ResourceName, Load));

    /// <summary>The model shipped with the engine; null when the build carries none.</summary>
    public static NameModel? Default => Embedded.Value;

    public static NameModel Load(Stream stream)
    {
        var file = JsonSerializer.Deserialize<ModelFile>(stream, ModelJson.Options) ?? throw new InvalidDataException("empty name model");
        return new NameModel(file.Version, file.TrainedOn, file.Kinds.Select(k => (
            EntityKinds.TryParse(k.Kind, out var kind) ? kind : throw new InvalidDataException($"name model: unknown kind {k.Kind}"),
            new Logistic(k.Bias, k.Weights))).ToList());
    }

    public static NameModel Load(string path) => ModelJson.LoadFile(path, Load);

    public void Save(Stream stream) => JsonSerializer.Serialize(stream, new ModelFile(Version, TrainedOn.ToList(),
        Kinds.Select(k => new KindFile(k.Kind.ToString(), Math.Round(k.Logistic.Bias, 4), ModelJson.Rounded(k.Logistic.Weights))).ToList()), ModelJson.Options);

    private sealed record ModelFile(string Version, List<string> TrainedOn, List<KindFile> Kinds);

    private sealed record KindFile(string Kind, double Bias, Dictionary<string, double> Weights);
}

/// <summary>How the learnt models are written: camelCase, readable UTF-8, weights sorted and rounded (stable diffs).</summary>
internal static class ModelJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Dictionary<string, double> Rounded(IReadOnlyDictionary<string, double> weights) =>
        weights.OrderBy(w => w.Key, StringComparer.Ordinal).ToDictionary(w => w.Key, w => Math.Round(w.Value, 4));

    /// <summary>A model embedded in this assembly under <paramref name="resourceName"/>; null when the build carries none.</summary>
    public static T? LoadEmbedded<T>(string resourceName, Func<Stream, T> load) where T : class
    {
        using var stream = typeof(ModelJson).Assembly.GetManifestResourceStream(resourceName);
        return stream is null ? null : load(stream);
    }

    public static T LoadFile<T>(string path, Func<Stream, T> load)
    {
        using var stream = File.OpenRead(path);
        return load(stream);
    }
}
