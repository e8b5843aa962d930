using MarketGraph.Core.Ontology;

namespace MarketGraph.Extraction;

/// <summary>
/// Chooses, per relation type, the probability from which the relation model's pairs become claims: each gold folder
/// in turn is held out, models are trained on the others, and the claims the model adds to the rules' on the held-out
/// articles are scored against their gold. A type's threshold is the lowest at which those additions reach
/// <see cref="TargetPrecision"/> over at least <see cref="MinAdditions"/> claims; a type that never does is not
/// claimed by the model.
/// </summary>
internal static class RelationModelCalibration
{
    public const double TargetPrecision = 0.7;
    public const int MinAdditions = 3;
    private static readonly double[] Candidates = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];

    /// <summary>One type's outcome: its threshold (1 when disabled) and the held-out additions it keeps and gets right.</summary>
    public sealed record TypeCalibration(RelationType Type, double Threshold, int Kept, int Correct, int Offered);

    public static List<TypeCalibration> Calibrate(IReadOnlyList<IReadOnlyList<string>> folds, IReadOnlyList<string> trainedOn, Logistic.Options options)
    {
        var scored = new List<(RelationType Type, double Probability, bool Correct)>();
        for (var k = 0; k < folds.Count; k++)
        {
            var training = folds.Where((_, i) => i != k).SelectMany(f => f).ToList();
            var names = RelationModelTrainer.TrainNames(training, trainedOn, options);
            var relations = RelationModelTrainer.Train(training.SelectMany(f => RelationModelTrainer.Examples(f, names)).ToList(), trainedOn, options);
            var withModel = new TextClaimExtractor(ActorCatalog.Default, relations, names);
            var rulesOnly = new TextClaimExtractor(ActorCatalog.Default, null, names);
            foreach (var file in folds[k])
            {
                var (document, gold, _) = RelationModelTrainer.ReadGoldFile(file);
                var ruled = rulesOnly.Extract(document).Claims.Select(c => (c.Type, c.Subject.Key, c.Object.Key)).ToHashSet();
                foreach (var c in withModel.Extract(document).Claims)
                {
                    // hedged and negated pairs stay below the default threshold whatever the model says
                    if (ruled.Contains((c.Type, c.Subject.Key, c.Object.Key)) || c.Confidence < DefaultThreshold) continue;
                    scored.Add((c.Type, c.Confidence, GoldEvaluator.IsCorrect(gold, c)));
                }
            }
        }
        return RelationTypes.All.Select(t => t.Type).Where(t => t != RelationType.Mentions).Select(type =>
        {
            var mine = scored.Where(s => s.Type == type).ToList();
            foreach (var threshold in Candidates)
            {
                var kept = mine.Where(s => s.Probability >= threshold).ToList();
                if (kept.Count >= MinAdditions && kept.Count(s => s.Correct) >= TargetPrecision * kept.Count)
                    return new TypeCalibration(type, threshold, kept.Count, kept.Count(s => s.Correct), mine.Count);
            }
            return new TypeCalibration(type, 1, 0, 0, mine.Count);
        }).ToList();
    }

    /// <summary>Claims below the default confidence threshold are not stored, so they are not additions.</summary>
    private static readonly double DefaultThreshold = new MarketGraph.Core.Ingestion.IngestionOptions().MinConfidence;
}
