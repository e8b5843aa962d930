using System.Text.Json;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Extraction;

/// <summary>
/// A learnt relation classifier over pairs of markers in one sentence: one logistic regression per relation type and
/// direction, over <see cref="PairFeatures"/>, restricted to the kind pairs seen with that label in training.
/// Trained by <see cref="RelationModelTrainer"/> from gold articles; the rules stay the precise path, the model finds
/// the phrasings no rule covers.
/// </summary>
internal sealed class RelationModel
{
    public const string ResourceName = "MarketGraph.Extraction.relation-model.json";
    public const string ContextResourceName = "MarketGraph.Extraction.context-model.json";

    public RelationModel(string version, IReadOnlyList<string> trainedOn, IReadOnlyList<LabelModel> labels, IReadOnlyDictionary<RelationType, double>? thresholds = null)
    {
        Version = version;
        TrainedOn = trainedOn;
        Labels = labels;
        Thresholds = thresholds;
        // one look-up per feature for all labels, rather than one per feature and label
        _byFeature = labels.SelectMany((l, i) => l.Weights.Select(w => (w.Key, Label: i, w.Value)))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => (x.Label, x.Value)).ToArray(), StringComparer.Ordinal);
    }

    private readonly Dictionary<string, (int Label, double Weight)[]> _byFeature;

    /// <summary>Every label's probability for one pair of markers, into <paramref name="probabilities"/> (one slot per label).</summary>
    public void Probabilities(PairFeatures pairs, int first, int second, double[] probabilities) =>
        Probabilities(sink => pairs.Visit(first, second, sink), probabilities);

    /// <summary>
    /// The labels that may take a pair of these kinds and reach their type's threshold (<paramref name="calibrationThreshold"/>
    /// while calibrating), with their probability and threshold; the pair is scored through <paramref name="visit"/>,
    /// into <paramref name="probabilities"/>, only once some label may take it.
    /// </summary>
    public IEnumerable<(LabelModel Label, double Probability, double Threshold)> Passing(string kinds, Action<PairFeatures.FeatureSink> visit,
        double[] probabilities, double calibrationThreshold)
    {
        var scored = false;
        for (var l = 0; l < Labels.Count; l++)
        {
            var label = Labels[l];
            var threshold = Thresholds is null ? calibrationThreshold : Thresholds.GetValueOrDefault(label.Type, 1.0);
            if (threshold >= 1 || !label.Kinds.Contains(kinds)) continue;
            if (!scored)
            {
                Probabilities(visit, probabilities);
                scored = true;
            }
            if (probabilities[l] >= threshold) yield return (label, probabilities[l], threshold);
        }
    }

    /// <summary>A claim's confidence: from 0.5 at its threshold to <paramref name="max"/> at certainty; while calibrating, the probability itself.</summary>
    public double Confidence(double probability, double threshold, double max) =>
        Thresholds is null ? probability : 0.5 + (max - 0.5) * (probability - threshold) / (1 - threshold);

    /// <summary>Every label's probability for the features <paramref name="visit"/> hands over, into <paramref name="probabilities"/>.</summary>
    public void Probabilities(Action<PairFeatures.FeatureSink> visit, double[] probabilities)
    {
        for (var i = 0; i < Labels.Count; i++) probabilities[i] = Labels[i].Bias;
        var lookup = _byFeature.GetAlternateLookup<ReadOnlySpan<char>>();
        visit(feature =>
        {
            if (!lookup.TryGetValue(feature, out var weights)) return;
            foreach (var (label, weight) in weights) probabilities[label] += weight;
        });
        for (var i = 0; i < Labels.Count; i++) probabilities[i] = 1 / (1 + Math.Exp(-probabilities[i]));
    }

    /// <summary>
    /// Per relation type, the probability from which a pair becomes a claim, chosen by cross-validation when the model
    /// was trained (1 or more: the type is never claimed by the model); null while calibrating (every probability
    /// is reported as the claim's confidence).
    /// </summary>
    public IReadOnlyDictionary<RelationType, double>? Thresholds { get; }

    public string Version { get; }

    /// <summary>The corpora the model was trained on (folder names).</summary>
    public IReadOnlyList<string> TrainedOn { get; }

    public IReadOnlyList<LabelModel> Labels { get; }

    /// <summary>
    /// One label: the relation type, and whether its subject is the second marker of the pair (<c>Reversed</c>).
    /// <c>Kinds</c> are the kind pairs (first, second marker) the label may take.
    /// </summary>
    public sealed record LabelModel(RelationType Type, bool Reversed, IReadOnlySet<string> Kinds, double Bias, IReadOnlyDictionary<string, double> Weights);

    private static readonly Lazy<RelationModel?> Embedded = new(() => ModelJson.LoadEmbedded(ResourceName, Load));

    /// <summary>The model shipped with the engine; null when the build carries none.</summary>
    public static RelationModel? Default => Embedded.Value;

    private static readonly Lazy<RelationModel?> EmbeddedContext = new(() => ModelJson.LoadEmbedded(ContextResourceName, Load));

    /// <summary>The context model shipped with the engine (pairs of a mention and an earlier sentence's entity); null when none.</summary>
    public static RelationModel? DefaultContext => EmbeddedContext.Value;

    public static RelationModel Load(Stream stream)
    {
        var file = JsonSerializer.Deserialize<ModelFile>(stream, ModelJson.Options) ?? throw new InvalidDataException("empty relation model");
        var labels = file.Labels.Select(l => new LabelModel(
            RelationTypes.TryParse(l.Type, out var t) ? t : throw new InvalidDataException($"relation model: unknown type {l.Type}"),
            l.Reversed, l.Kinds.ToHashSet(StringComparer.Ordinal), l.Bias, l.Weights)).ToList();
        var thresholds = file.Thresholds?.ToDictionary(
            t => RelationTypes.TryParse(t.Key, out var type) ? type : throw new InvalidDataException($"relation model: unknown type {t.Key}"), t => t.Value);
        return new RelationModel(file.Version, file.TrainedOn, labels, thresholds);
    }

    public static RelationModel Load(string path) => ModelJson.LoadFile(path, Load);

    public void Save(Stream stream)
    {
        var file = new ModelFile(Version, TrainedOn.ToList(), Thresholds?.OrderBy(t => t.Key).ToDictionary(t => t.Key.WireName(), t => Math.Round(t.Value, 2)), Labels.Select(l => new LabelFile(
            l.Type.WireName(), l.Reversed, l.Kinds.Order(StringComparer.Ordinal).ToList(), Math.Round(l.Bias, 4),
            ModelJson.Rounded(l.Weights))).ToList());
        JsonSerializer.Serialize(stream, file, ModelJson.Options);
    }

    private sealed record ModelFile(string Version, List<string> TrainedOn, Dictionary<string, double>? Thresholds, List<LabelFile> Labels);

    private sealed record LabelFile(string Type, bool Reversed, List<string> Kinds, double Bias, Dictionary<string, double> Weights);
}
