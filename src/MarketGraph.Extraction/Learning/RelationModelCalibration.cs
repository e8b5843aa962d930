using MarketGraph.Core.Ontology;

namespace MarketGraph.Extraction;

/// <summary>
/// Chooses, per relation type, the probability from which the relation model's pairs become claims: each fold (whole
/// gold folders, see <see cref="RelationModelTrainer.GroupFolds"/>) in turn is held out, models are trained on the others, and the claims the model adds to the rules' on the held-out
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

    /// <summary>
    /// The thresholds of the relation model (its additions to the rules) and of the context model (its additions to
    /// both), each from the same held-out folds.
    /// </summary>
    public static (List<TypeCalibration> Relations, List<TypeCalibration> Context) Calibrate(IReadOnlyList<IReadOnlyList<string>> folds, IReadOnlyList<string> trainedOn, Logistic.Options options)
    {
        // the folds are independent: each fills its own lists, read back in fold order
        var byFold = new (List<(RelationType, double, bool)> Relations, List<(RelationType, double, bool)> Context)[folds.Count];
        Parallel.For(0, folds.Count, k =>
        {
            var training = folds.Where((_, i) => i != k).SelectMany(f => f).ToList();
            var names = RelationModelTrainer.TrainNames(training, trainedOn, options);
            var relations = RelationModelTrainer.Train(RelationModelTrainer.AllExamples(training, names, RelationModelTrainer.Examples), trainedOn, options);
            var context = RelationModelTrainer.Train(RelationModelTrainer.AllExamples(training, names, RelationModelTrainer.ContextExamples), trainedOn, options);
            var withModel = new TextClaimExtractor(ActorCatalog.Default, relations, names);
            var withContext = new TextClaimExtractor(ActorCatalog.Default, relations, names, context);
            var rulesOnly = new TextClaimExtractor(ActorCatalog.Default, null, names);
            byFold[k] = ([], []);
            foreach (var file in folds[k])
            {
                var (document, gold, _) = RelationModelTrainer.ReadGoldFile(file);
                var ruled = rulesOnly.Extract(document).Claims.Select(c => (c.Type, c.Subject.Key, c.Object.Key)).ToHashSet();
                var modelled = withModel.Extract(document).Claims;
                Additions(modelled, ruled, gold, byFold[k].Relations);
                Additions(withContext.Extract(document).Claims, modelled.Select(c => (c.Type, c.Subject.Key, c.Object.Key)).ToHashSet(), gold, byFold[k].Context);
            }
        });
        var scored = byFold.SelectMany(f => f.Relations).ToList();
        var scoredContext = byFold.SelectMany(f => f.Context).ToList();
        return (Thresholds(scored), Thresholds(scoredContext));
    }

    private static void Additions(IEnumerable<MarketGraph.Core.Claims.Claim> claims, HashSet<(RelationType, string, string)> before,
        List<GoldEvaluator.GoldRelation> gold, List<(RelationType Type, double Probability, bool Correct)> scored)
    {
        foreach (var c in claims)
        {
            // hedged and negated pairs stay below the default threshold whatever the model says
            if (before.Contains((c.Type, c.Subject.Key, c.Object.Key)) || c.Confidence < DefaultThreshold) continue;
            scored.Add((c.Type, c.Confidence, GoldEvaluator.IsCorrect(gold, c)));
        }
    }

    private static List<TypeCalibration> Thresholds(List<(RelationType Type, double Probability, bool Correct)> scored) =>
        RelationTypes.All.Select(t => t.Type).Where(t => t != RelationType.Mentions).Select(type =>
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

    /// <summary>Claims below the default confidence threshold are not stored, so they are not additions.</summary>
    private static readonly double DefaultThreshold = new MarketGraph.Core.Ingestion.IngestionOptions().MinConfidence;
}
