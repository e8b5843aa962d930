using System.Text.RegularExpressions;
using MarketGraph.Core.Claims;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Extraction;

/// <summary>
/// "X, directeur général de Y, a succédé à Z", "Z is replaced by X": whoever a person with a known role succeeds held
/// that role before. The successor's role comes from the same sentence or, failing that, from the document so far
/// ("Il succède à Z" after a sentence that named his post).
/// </summary>
internal sealed partial class RoleSuccession(IReadOnlyList<DocumentEntity> entities)
{
    private const double Confidence = 0.7;

    /// <summary>Each person's latest current role in the document: organisation and title.</summary>
    private readonly Dictionary<int, (int Organisation, string? Title)> _roles = [];

    public void AddTo(List<FoundRelation> found, MaskedSentence sentence)
    {
        foreach (Match m in Succeeds().Matches(sentence.Masked)) Add(found, sentence, m, successorBefore: true);
        foreach (Match m in Replaced().Matches(sentence.Masked)) Add(found, sentence, m, successorBefore: false);
        foreach (var r in found.Where(r => r.Type == RelationType.HoldsRole && r.Confidence >= 0.5 && r.Props.GetBool("current") is not false))
            _roles[r.Subject] = (r.Object, r.Props.GetString("title"));
    }

    private void Add(List<FoundRelation> found, MaskedSentence sentence, Match m, bool successorBefore)
    {
        var predecessor = Person(sentence, m.Groups["old"].Value);
        // the successor is the last person named before the verb ("X, a Swede who ran Y's division, takes over from Z")
        var successor = successorBefore
            ? MaskedSentence.MarkersIn(sentence.Masked[..m.Groups["verb"].Index]).Select(i => sentence.Mentions[i].Entity)
                .LastOrDefault(e => entities[e].Kind == EntityKind.Person, -1)
            : Person(sentence, m.Groups["new"].Value);
        if (predecessor < 0 || successor < 0 || predecessor == successor) return;
        var confidence = sentence.Hedged(m.Index, m.Index + m.Length, Confidence);
        if (RoleOf(successor, found) is { } r)
        {
            if (found.Any(f => f.Type == RelationType.HoldsRole && f.Subject == predecessor && f.Object == r.Organisation)) return;
            var title = m.Groups["title"].Success ? PropertyParsers.CleanTitle(m.Groups["title"].Value) : r.Title;
            found.Add(new FoundRelation(RelationType.HoldsRole, predecessor, r.Organisation, ClaimProps.Of(("title", title), ("current", false)), confidence, "role-predecessor"));
        }
        // "Il est remplacé par Sandrine Okafor": the successor takes the post the predecessor held
        else if (RoleOf(predecessor, found) is { } p && !found.Any(f => f.Type == RelationType.HoldsRole && f.Subject == successor && f.Object == p.Organisation))
        {
            found.Add(new FoundRelation(RelationType.HoldsRole, successor, p.Organisation, ClaimProps.Of(("title", p.Title), ("current", true)), confidence, "role-successor"));
        }
    }

    /// <summary>A person's current role: stated in this sentence, else the latest the document gave.</summary>
    private (int Organisation, string? Title)? RoleOf(int person, List<FoundRelation> found)
    {
        var here = found.FirstOrDefault(r => r.Type == RelationType.HoldsRole && r.Subject == person && r.Confidence >= 0.5 && r.Props.GetBool("current") is not false);
        return here is not null ? (here.Object, here.Props.GetString("title")) : _roles.TryGetValue(person, out var known) ? known : null;
    }

    private int Person(MaskedSentence sentence, string marker)
    {
        var e = sentence.Mentions[int.Parse(marker)].Entity;
        return entities[e].Kind == EntityKind.Person ? e : -1;
    }

    private const string PredecessorTitle = @"(?:(?<title>founder|fondat(?:eur|rice)|co-?founder|chairman|chairwoman|chief executive|président(?:e)?|directeur général|directrice générale|Councillor|Cllr)\s+)?";

    // "succède à", "a succédé en 2024 à", "replaced founder X", "took over as leader in May 2024 from X"
    [GeneratedRegex(@"(?<verb>\b(?:succède|succèdent|a succédé|succédera|vient de succéder|succeeds|succeeded|has succeeded|will succeed|replaces|replaced|has replaced|will replace|remplace|a remplacé|remplacera|takes over from|took over from|has taken over from|will take over from|prend la suite d[e'’]|a pris la suite d[e'’]|prend la relève d[e'’]|a pris la relève d[e'’]|(?:takes|took|has taken) over as\b[^⟦⟧.;]{1,40}?\bfrom))\s*(?:(?:en|in|le|on|depuis)\s+[\p{L}\d]+(?:\s+[\p{L}\d]+){0,2}?\s+)?(?:à\s+|from\s+)?" + PredecessorTitle + @"⟦h(?<old>\d+)⟧", RegexOptions.IgnoreCase)]
    private static partial Regex Succeeds();

    // "X est remplacé par Y", "X has passed the baton to Y", "X a passé la main à Y"
    [GeneratedRegex(@"⟦h(?<old>\d+)⟧(?:\s*,[^⟦⟧.;]{1,80},)?[^⟦⟧.;]{0,30}?\b(?:(?:est|a été|sera|is|was|has been|will be)\s+remplacée?\s+(?:par|by)|(?:a passé|passe|passera|passait) la main à|(?:hands|handed|has handed) over to)\s+(?:(?:his|her|son|sa)\s+)?⟦h(?<new>\d+)⟧", RegexOptions.IgnoreCase)]
    private static partial Regex Replaced();
}
