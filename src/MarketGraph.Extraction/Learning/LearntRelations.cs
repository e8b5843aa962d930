using System.Text.RegularExpressions;
using MarketGraph.Core.Claims;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Extraction;

/// <summary>
/// The relations a <see cref="RelationModel"/> finds in one masked sentence that the rules did not: each pair of
/// markers is scored for every label its kinds allow; a probability at or above its type's threshold becomes a claim
/// whose confidence runs from 0.5 at the threshold to <see cref="MaxConfidence"/> at certainty (below the rules'),
/// lowered by the same hedging cues as the rules.
/// </summary>
internal sealed partial class LearntRelations(RelationModel model, IReadOnlyList<DocumentEntity> entities)
{
    private const double CalibrationThreshold = 0.5;
    public const string RuleName = "model";
    private const double MaxConfidence = 0.8;

    public void AddTo(List<FoundRelation> found, MaskedSentence sentence)
    {
        var mentions = sentence.Mentions;
        if (mentions.Count < 2) return;
        var pairs = new PairFeatures(sentence, entities);
        var related = found.Select(f => (f.Type, f.Subject, f.Object)).ToHashSet();
        // the entities the rules already related by each type in this sentence
        var ruledSides = found.SelectMany(f => new[] { (f.Type, f.Subject), (f.Type, f.Object) }).ToHashSet();
        var offered = new List<(FoundRelation Relation, double Probability)>();
        var probabilities = new double[model.Labels.Count];
        foreach (var (i, j) in PairFeatures.Candidates(pairs, mentions))
        {
            var (first, second) = (i, j);
            foreach (var (label, p, threshold) in model.Passing($"{pairs.Kind(i)}{pairs.Kind(j)}", sink => pairs.Visit(first, second, sink), probabilities, CalibrationThreshold))
            {
                var (s, o) = label.Reversed ? (mentions[j].Entity, mentions[i].Entity) : (mentions[i].Entity, mentions[j].Entity);
                if (related.Contains((label.Type, s, o)) || label.Type.IsSymmetric() && related.Contains((label.Type, o, s))) continue;
                var (start, end) = pairs.Region(i, j);
                // "holds 30% of the market": a market share is not a stake, whatever the words around it
                if (label.Type == RelationType.OwnsStake && MarketShare().IsMatch(sentence.Masked.AsSpan(start, end - start))) continue;
                // cues found on first use: most sentences offer no pair
                var confidence = sentence.CuesOf(sentence.Masked).Capped(model.Confidence(p, threshold, MaxConfidence), start, end);
                offered.Add((new FoundRelation(label.Type, s, o, Props(label.Type, sentence.Masked[start..end]), Math.Round(confidence, 2), RuleName), p));
            }
        }
        foreach (var (relation, _) in offered.OrderByDescending(o => o.Probability))
        {
            var key = (relation.Type, relation.Subject, relation.Object);
            if (related.Contains(key)) continue;
            // where the rules read a relation of this type, they read the sentence's structure for it ("S3NS (a joint
            // venture of Thales and Google Cloud), Clarence and Mistral"): the model adds no other pair of that type
            // to either of their entities
            if (ruledSides.Contains((relation.Type, relation.Subject)) || ruledSides.Contains((relation.Type, relation.Object))) continue;
            // a person holds one role, a company has one parent, an offering one operator, a company one acquirer per
            // sentence: a second candidate for the same side is the likelier reading's rival, not another fact
            if (FunctionalSide(relation) is { } side && found.Exists(f => f.Type == relation.Type && FunctionalSide(f) == side)) continue;
            found.Add(relation);
            related.Add(key);
        }
    }

    [GeneratedRegex(@"\b(?:of the market|market share|du marché|parts? de marché)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MarketShare();

    public static bool IsMarketShare(ReadOnlySpan<char> text) => MarketShare().IsMatch(text);

    private static int? FunctionalSide(FoundRelation r) => r.Type switch
    {
        RelationType.HoldsRole or RelationType.SubsidiaryOf => r.Subject,
        RelationType.Operates or RelationType.Acquired => r.Object,
        _ => null,
    };

    public static ClaimProps Props(RelationType type, string between) => type switch
    {
        RelationType.HoldsRole => ClaimProps.Of(("current", !PropertyParsers.IsFormer(between))),
        _ => ClaimProps.Empty,
    };
}
