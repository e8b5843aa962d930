using System.Text.RegularExpressions;
using MarketGraph.Core.Claims;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Extraction;

/// <summary>
/// The relations a context model finds between a mention of a sentence and an entity an earlier sentence named (see
/// <see cref="DocumentContext"/>): "Greywell Infrastructure owns the remaining 45%" after a paragraph about Spire
/// Bidco. Each mention keeps at most one such relation per type and side, the likeliest; nothing is added where the
/// sentence's own reading already relates that mention, or that entity, by the type.
/// </summary>
internal sealed partial class ContextRelations(RelationModel model, IReadOnlyList<DocumentEntity> entities)
{
    private const double MaxConfidence = 0.75;
    private const double CalibrationThreshold = 0.5;
    public const string RuleName = "context";

    public void AddTo(List<FoundRelation> found, MaskedSentence sentence, IReadOnlyList<DocumentContext.Candidate> candidates,
        IReadOnlySet<(RelationType, int, int)> claimed)
    {
        var mentions = sentence.Mentions;
        if (candidates.Count == 0 || mentions.Count == 0) return;
        var pairs = new PairFeatures(sentence, entities);
        var sides = found.SelectMany(f => new[] { (f.Type, f.Subject), (f.Type, f.Object) }).ToHashSet();
        var best = new Dictionary<(RelationType, int, bool), (FoundRelation Relation, double Probability)>();
        var probabilities = new double[model.Labels.Count];
        foreach (var (i, candidate, contextKind) in PairFeatures.ContextPairs(pairs, mentions, candidates, entities))
        {
            foreach (var (label, p, threshold) in model.Passing($"{pairs.Kind(i)}{contextKind}", sink => pairs.VisitContext(i, contextKind, candidate, sink), probabilities, CalibrationThreshold))
            {
                var (s, o) = label.Reversed ? (candidate.Entity, mentions[i].Entity) : (mentions[i].Entity, candidate.Entity);
                if (claimed.Contains((label.Type, s, o)) || label.Type.IsSymmetric() && claimed.Contains((label.Type, o, s))) continue;
                if (sides.Contains((label.Type, mentions[i].Entity)) || sides.Contains((label.Type, candidate.Entity))) continue;
                var key = (label.Type, mentions[i].Entity, label.Reversed);
                if (best.TryGetValue(key, out var held) && held.Probability >= p) continue;
                var (start, end) = pairs.Region(i, i);
                var clause = sentence.Masked[start..Math.Min(sentence.Masked.Length, end + 80)];
                if (label.Type == RelationType.OwnsStake && LearntRelations.IsMarketShare(sentence.Masked)) continue;
                if (label.Type == RelationType.HoldsRole && !label.Reversed && TitledElsewhere(sentence.Masked, start, end)) continue;
                var confidence = sentence.CuesOf(sentence.Masked).Capped(model.Confidence(p, threshold, MaxConfidence), start, start + clause.Length);
                var props = label.Type == RelationType.OwnsStake ? StakeProps(clause) : LearntRelations.Props(label.Type, sentence.Masked);
                best[key] = (new FoundRelation(label.Type, s, o, props, Math.Round(confidence, 2), RuleName), p);
            }
        }
        foreach (var (relation, _) in best.Values.OrderByDescending(b => b.Probability)) found.Add(relation);
    }

    /// <summary>The share the owner's clause gives ("Ashgrove holds 45%, …"): the first percentage after it, before another name.</summary>
    private static ClaimProps StakeProps(string clause)
    {
        var next = clause.IndexOf('⟦', 1);
        var share = Share().Match(next < 0 ? clause : clause[..next]);
        return share.Success ? ClaimProps.Of(("percent", PropertyParsers.Percent(share.Groups["pct"].Value))) : ClaimProps.Empty;
    }

    /// <summary>
    /// "Marc Le Du, directeur du syndicat": the title names its employer by a common noun the sentence left unresolved,
    /// so the employer is none of the entities named so far.
    /// </summary>
    private static bool TitledElsewhere(string masked, int start, int end) =>
        UnresolvedEmployerAfter().IsMatch(masked.AsSpan(end)) || UnresolvedEmployerBefore().IsMatch(masked.AsSpan(0, start));

    private const string EmployerNoun = @"(?:syndicat|ministère|ministry|département|department|trust|council|conseil|région|region|collectivité|agence|agency|authority|autorité|université|university|hôpital|hospital|CHU|GHT|ville|city|commune|mairie|métropole|société|groupe|entreprise|company|group|firm|opérateur|operator|fonds|fund|coentreprise|joint venture|start-up|banque|bank)(?![\p{L}-])";

    [GeneratedRegex(@"^\s*,\s*[^⟦⟧,.;]{0,60}?\b(?:du|de la|de l['’]|des|of the|at the)\s*" + EmployerNoun, RegexOptions.IgnoreCase)]
    private static partial Regex UnresolvedEmployerAfter();

    [GeneratedRegex(@"\b(?:du|de la|de l['’]|des|of the|at the)\s*" + EmployerNoun + @"\s*,\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex UnresolvedEmployerBefore();

    [GeneratedRegex(RelationRule.PercentPattern)]
    private static partial Regex Share();
}
