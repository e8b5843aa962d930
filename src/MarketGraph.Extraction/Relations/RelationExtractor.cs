using System.Text.RegularExpressions;
using MarketGraph.Core.Claims;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Extraction;

/// <summary>A relation found in one sentence, before it becomes a <see cref="Claim"/>.</summary>
internal sealed record FoundRelation(RelationType Type, int Subject, int Object, ClaimProps Props, double Confidence, string Rule);

/// <summary>Applies <see cref="RelationRules"/> (and the few rules that need code) to one masked sentence.</summary>
internal sealed partial class RelationExtractor(IReadOnlyList<DocumentEntity> entities, string language, Func<Implicit, int> resolveImplicit)
{
    private const int MaxRelationsPerSentence = 60;
    private readonly RoleSuccession _successions = new(entities);

    public List<FoundRelation> Extract(MaskedSentence sentence, string text)
    {
        var found = new List<FoundRelation>();
        var kinds = sentence.KindLetters;
        foreach (var masked in sentence.Reduced is null ? [sentence.Masked] : new[] { sentence.Masked, sentence.Reduced })
        {
            var possible = CueIndex.Default.Possible(masked);
            for (var r = 0; r < RelationRules.All.Count; r++)
            {
                var rule = RelationRules.All[r];
                if (!possible[r] || !rule.CanMatch(kinds, sentence.Mentions.Count) || !rule.MayMatch(masked)) continue;
                // matches may overlap: "A, filiale de B, la branche entreprise de C" gives A→B and B→C
                var m = rule.Match(masked);
                var guard = 0;
                while (m.Success && guard++ < 50)
                {
                    if (ReferenceEquals(masked, sentence.Reduced) || !sentence.LeavesApposition(m.Index, m.Index + m.Length))
                        Apply(rule, m, masked, sentence, text, found);
                    var next = masked.IndexOf('⟦', m.Index + 1);
                    if (next < 0) break;
                    m = rule.Match(masked, next);
                }
                if (found.Count >= MaxRelationsPerSentence) break;
            }
        }
        Ministers(sentence, found);
        _successions.AddTo(found, sentence);
        CapitalSplit.AddTo(found, sentence, entities, resolveImplicit);
        // "A, dont B détient 30 %": where the sentence names the company an owner's stake is in, the text's
        // topic is not
        found.RemoveAll(f => f.Type == RelationType.OwnsStake && ImpliesStakeObject(f.Rule)
            && found.Exists(g => g.Type == RelationType.OwnsStake && g.Subject == f.Subject && g.Object != f.Object && !ImpliesStakeObject(g.Rule)));
        // "X a obtenu la qualification Q pour son offre Y": the offering holds Q; the company that obtained it for it does not
        var offeringHolds = found.Where(f => f.Rule == "qualified-for-offering").Select(f => f.Object).ToHashSet();
        if (offeringHolds.Count > 0)
            found.RemoveAll(f => f.Type == RelationType.Qualified && offeringHolds.Contains(f.Object) && entities[f.Subject].Kind == EntityKind.Organization);
        return Deduplicate(found);
    }

    private void Apply(RelationRule rule, Match m, string masked, MaskedSentence sentence, string text, List<FoundRelation> found)
    {
        // a subject that opens the match is no subject when a preposition governs it ("… à Lochside, et travaillera avec X")
        // unless a relative clause opens on it ("assuré par X, qui fournit à Y…": X is who supplies)
        if (!rule.Presupposed && rule.Type != RelationType.Qualified && m.Groups["s"] is { Success: true } sg && sg.Index == m.Index
            && GovernedByPreposition().IsMatch(masked.AsSpan(0, m.Index)) && !RelativeAfter().IsMatch(masked.AsSpan(sg.Index + sg.Length))) return;
        var subjects = rule.ImplicitSubject == Implicit.SentenceSubject && !m.Groups["s"].Success
            ? SentenceSubject(masked, m.Index, sentence, out var subjectImplicit)
            : Entities(m.Groups["s"], sentence, rule.ImplicitSubject, out subjectImplicit);
        List<int> objects;
        bool objectImplicit;
        if (rule.Name == "award-winners")
        {
            objects = ListHeads(m.Groups["o"].Value).Select(i => sentence.Mentions[i].Entity).Where(e => entities[e].Kind == EntityKind.Organization).ToList();
            objectImplicit = false;
        }
        else if (rule.ImplicitObject == Implicit.SentenceSubject && !m.Groups["o"].Success)
        {
            // "X est détenue à 62 % par A, aux côtés de B, qui conserve 38 % du capital": B's stake is in X
            objects = SentenceSubject(masked, m.Index, sentence, out objectImplicit, fallBackToRecent: false);
            objects.RemoveAll(subjects.Contains);
        }
        else if (rule.ImplicitObject == Implicit.StakeTopic && !m.Groups["o"].Success
                 && found.FindLast(f => f.Type == RelationType.OwnsStake && !ImpliesStakeObject(f.Rule)) is { } named)
        {
            // "A détient 70 % du capital de X ; le solde appartient à B": the stake this sentence already named
            objects = [named.Object];
            objectImplicit = true;
        }
        else
        {
            objects = Entities(m.Groups["o"], sentence, rule.ImplicitObject, out objectImplicit, rule.FreeTextObject);
        }
        if (rule.Name == "built-on-offer")
            objects = objects.Where(o => entities[o].Kind == EntityKind.Technology && subjects.All(s => entities[o].Parent != entities[s].Name)).ToList();
        if (rule.ObjectRole is not null)
            objects = objects.Where(o => entities[o].Roles.Contains(rule.ObjectRole)).ToList();
        if (rule.Name == "jv-fronted-owned" && objects.Count < 2) return;
        if (rule.SubjectNoun is { } noun && !MaskedSentence.MarkersIn(m.Groups["s"].Value).All(i =>
                sentence.Mentions[i] is { IsRoleNoun: true } mention && noun.IsMatch(text.AsSpan(mention.Span.Start, mention.Span.End - mention.Span.Start))))
            return;

        var confidence = rule.Confidence;
        if (subjectImplicit || objectImplicit) confidence *= 0.85;
        if (UsesRoleNoun(m.Groups["s"], sentence) || UsesRoleNoun(m.Groups["o"], sentence)) confidence *= 0.9;
        var cues = sentence.CuesOf(masked);
        // a negation just before the match counts ("Aucun contrat n'a été…"), unless the match opens with a name: then it
        // belongs to the clause before ("does not use VMware, whose … acquisition by Broadcom")
        var lookBack = masked[m.Index] == '⟦' ? 0 : 25;
        if (cues.IsNegated(Math.Max(0, m.Index - lookBack), m.Index + m.Length)) confidence = Math.Min(confidence, Hedging.NegatedConfidence);
        else if (!rule.Presupposed && cues.IsHedged(m.Index, m.Index + m.Length)) confidence = Math.Min(confidence, Hedging.HedgedConfidence);

        var props = rule.Percent is { } percent ? ClaimProps.Of(("percent", percent)) : Props(rule.Type, m, masked, sentence, text);
        if (rule.Pairwise)
        {
            for (var i = 0; i < subjects.Count; i++)
            for (var j = i + 1; j < subjects.Count; j++)
                Add(found, rule.Type, subjects[i], subjects[j], props, confidence, rule.Name);
            return;
        }
        foreach (var s in subjects)
        foreach (var o in objects)
        {
            Add(found, rule.Type, s, o, props, confidence, rule.Name);
            if (rule.Also is { } also)
                Add(found, also, s, o, also == RelationType.Acquired ? DateProps(DatedPart(m, masked, sentence)) : ClaimProps.Empty, confidence, rule.Name);
        }
        if (rule.Type == RelationType.HoldsRole && subjects.Count == 1) ChainedRole(m, masked, sentence, subjects[0], confidence, found);
    }

    private void Add(List<FoundRelation> found, RelationType type, int s, int o, ClaimProps props, double confidence, string rule)
    {
        if (s == o || found.Count >= MaxRelationsPerSentence) return;
        // a group does not partner with, nor supply, its own subsidiary, and a parent is not its child's subsidiary
        if (type is RelationType.PartnersWith or RelationType.Supplies && (entities[s].Parent == entities[o].Name || entities[o].Parent == entities[s].Name)) return;
        if (type == RelationType.SubsidiaryOf && entities[o].Parent == entities[s].Name) return;
        found.Add(new FoundRelation(type, s, o, props, Math.Round(confidence, 2), rule));
    }

    private List<int> Entities(Group group, MaskedSentence sentence, Implicit fallback, out bool isImplicit, bool keepParenthesised = false)
    {
        isImplicit = false;
        if (group.Success)
            // a country only qualifies a name in a list ("Italy's Aruba"): it is never a party itself
            return MaskedSentence.MarkersIn(group.Value, skipParentheses: !keepParenthesised).Select(i => sentence.Mentions[i].Entity)
                .Where(e => entities[e].Kind != EntityKind.Country).Distinct().ToList();
        if (fallback == Implicit.None) return [];
        var e = resolveImplicit(fallback);
        isImplicit = e >= 0;
        return e >= 0 ? [e] : [];
    }

    /// <summary>"S3NS said that its X offering …": the first organisation before the match, else the last sentences' subject.</summary>
    private List<int> SentenceSubject(string masked, int before, MaskedSentence sentence, out bool isImplicit, bool fallBackToRecent = true)
    {
        isImplicit = true;
        // the first organisation no preposition governs ("Filiale de X, Y conserve son offre Z": Y's offer)
        foreach (Match marker in Marker().Matches(masked[..before]))
        {
            var e = sentence.Mentions[int.Parse(marker.Groups["i"].Value)].Entity;
            if (entities[e].Kind == EntityKind.Organization && !GovernedByPreposition().IsMatch(masked.AsSpan(0, marker.Index))) return [e];
        }
        var recent = fallBackToRecent ? resolveImplicit(Implicit.RecentOrganisation) : -1;
        return recent >= 0 ? [recent] : [];
    }

    private static bool UsesRoleNoun(Group group, MaskedSentence sentence) =>
        group.Success && MaskedSentence.MarkersIn(group.Value).Any(i => sentence.Mentions[i].IsRoleNoun);

    /// <summary>List items at the top level of "A with its partners B and C, D, and finally E, which …".</summary>
    private static IEnumerable<int> ListHeads(string masked)
    {
        var depth = 0;
        var segmentStart = 0;
        for (var i = 0; i <= masked.Length; i++)
        {
            var c = i < masked.Length ? masked[i] : ',';
            if (c == '(') depth++;
            else if (c == ')') depth = Math.Max(0, depth - 1);
            else if (c == ',' && depth == 0)
            {
                var segment = masked[segmentStart..i].Trim();
                segmentStart = i + 1;
                var head = ListHead().Match(segment);
                if (head.Success) yield return int.Parse(head.Groups["i"].Value);
                else if (StopsList().IsMatch(segment)) yield break;
            }
        }
    }

    /// <summary>Where a match's date is told: from the match on, in the whole sentence when the reduced one dropped it.</summary>
    private static string DatedPart(Match m, string masked, MaskedSentence sentence)
    {
        if (!ReferenceEquals(masked, sentence.Reduced)) return masked[m.Index..];
        // markers are unique: the match's first marker is where it starts in the whole sentence
        var open = m.Value.IndexOf('⟦');
        var at = open < 0 ? -1 : sentence.Masked.IndexOf(m.Value[open..(m.Value.IndexOf('⟧', open) + 1)], StringComparison.Ordinal);
        return at < 0 ? masked[m.Index..] : sentence.Masked[at..];
    }

    private ClaimProps Props(RelationType type, Match m, string masked, MaskedSentence sentence, string text)
    {
        switch (type)
        {
            case RelationType.OwnsStake:
                return ClaimProps.Of(("percent", PropertyParsers.Percent(m.Groups["pct"].Value)), ("current", m.Groups["former"].Success ? false : null));
            case RelationType.Acquired:
                return DateProps(DatedPart(m, masked, sentence));
            case RelationType.HoldsRole:
            {
                var title = PropertyParsers.CleanTitle(sentence.Unmask(m.Groups["title"].Value, text));
                var former = m.Groups["former"].Success || PropertyParsers.IsFormer(m.Groups["title"].Value);
                return ClaimProps.Of(("title", title.Length > 0 ? title : null), ("current", !former));
            }
            case RelationType.Supplies:
            {
                if (!m.Groups["tech"].Success) return ClaimProps.Empty;
                var techMarkers = MaskedSentence.MarkersIn(m.Groups["tech"].Value, skipParentheses: false)
                    .Select(i => entities[sentence.Mentions[i].Entity]).Where(e => e.Kind is EntityKind.Technology or EntityKind.Offering).ToList();
                var tech = techMarkers.Count > 0 ? string.Join(", ", techMarkers.Select(e => e.Name).Distinct()) : PropertyParsers.CleanTitle(sentence.Unmask(m.Groups["tech"].Value, text));
                return ClaimProps.Of(("technology", tech.Length is > 0 and < 120 ? tech : null));
            }
            case RelationType.AwardedContract:
            {
                var subject = m.Groups["subj"].Success ? PropertyParsers.CleanTitle(sentence.Unmask(m.Groups["subj"].Value, text)) : null;
                return ClaimProps.Of(("subject", string.IsNullOrWhiteSpace(subject) ? null : subject), ("date", PropertyParsers.Date(sentence.Masked)));
            }
            case RelationType.PartnersWith:
            {
                var topic = Topic().Match(masked, m.Index + m.Length > masked.Length ? masked.Length : m.Index + m.Length);
                return topic.Success && topic.Index - (m.Index + m.Length) < 5
                    ? ClaimProps.Of(("topic", PropertyParsers.CleanTitle(sentence.Unmask(topic.Groups["t"].Value, text))))
                    : ClaimProps.Empty;
            }
            default:
                return ClaimProps.Empty;
        }
    }

    private static ClaimProps DateProps(string tail) => ClaimProps.Of(("date", PropertyParsers.Date(tail)));

    /// <summary>"X, l'ex-dirigeant de A devenu directeur général de B": the second role of the same person.</summary>
    private void ChainedRole(Match m, string masked, MaskedSentence sentence, int person, double confidence, List<FoundRelation> found)
    {
        var rest = masked[(m.Index + m.Length)..];
        var chained = ChainedTitle().Match(rest);
        if (!chained.Success) return;
        var o = sentence.Mentions[int.Parse(chained.Groups["o"].Value)].Entity;
        var title = PropertyParsers.CleanTitle(chained.Groups["title"].Value);
        var former = chained.Groups["former"].Success || PropertyParsers.IsFormer(title);
        Add(found, RelationType.HoldsRole, person, o, ClaimProps.Of(("title", title), ("current", !former)), confidence, "role-chained");
    }

    /// <summary>Ministers and secretaries of state hold their role in their state's government.</summary>
    private void Ministers(MaskedSentence sentence, List<FoundRelation> found)
    {
        foreach (Match m in Minister().Matches(sentence.Masked))
        {
            var title = m.Groups["title"].Value;
            var isFrench = FrenchWord().IsMatch(title) || (language == "fr" && !OtherNationality().IsMatch(title));
            if (!isFrench) continue;
            var state = resolveImplicit(Implicit.FrenchState);
            if (state < 0) continue;
            var person = sentence.Mentions[int.Parse(m.Groups["s"].Value)].Entity;
            var clean = PropertyParsers.CleanTitle(FrenchWord().Replace(title, " ").Replace("  ", " "));
            var confidence = sentence.Hedged(m.Index, m.Index + m.Length, 0.8);
            Add(found, RelationType.HoldsRole, person, state, ClaimProps.Of(("title", clean), ("current", !PropertyParsers.IsFormer(title))), confidence, "role-minister");
        }
    }

    private static readonly HashSet<string> StakeTopicRules = RelationRules.All.Where(r => r.ImplicitObject == Implicit.StakeTopic).Select(r => r.Name).ToHashSet();

    private static bool ImpliesStakeObject(string rule) => StakeTopicRules.Contains(rule);

    private List<FoundRelation> Deduplicate(List<FoundRelation> found)
    {
        var best = new Dictionary<(RelationType, int, int), FoundRelation>();
        foreach (var f in found)
        {
            var (s, o) = f.Type.IsSymmetric() && f.Subject > f.Object ? (f.Object, f.Subject) : (f.Subject, f.Object);
            var key = (f.Type, s, o);
            if (!best.TryGetValue(key, out var existing) || existing.Confidence < f.Confidence || (existing.Confidence == f.Confidence && existing.Props.Count < f.Props.Count)) best[key] = f;
        }
        return best.Values.ToList();
    }

    [GeneratedRegex(@"^(?:(?:and|et|and finally|enfin|finally|puis|as well as|ainsi que)\s+)*⟦[op](?<i>\d+)⟧", RegexOptions.IgnoreCase)]
    private static partial Regex ListHead();

    [GeneratedRegex(@"\b(?:to|with|by|of|from|for|à|au|aux|de|du|des|d['’]|par|avec|pour|chez|auprès de|auprès d['’]|contre|against)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex GovernedByPreposition();

    [GeneratedRegex(@"⟦[a-z](?<i>\d+)⟧")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^(?:which|who|qui|dont|where|où|that)\b", RegexOptions.IgnoreCase)]
    private static partial Regex StopsList();

    [GeneratedRegex(@"\G\s*(?:sur|autour d[eu]|dans|pour|on|around|for|in)\s+(?<t>(?:le |la |l['’]|les |the )?[^⟦⟧,.;()]{2,40})", RegexOptions.IgnoreCase)]
    private static partial Regex Topic();

    // ", devenue directrice de B", " et ancienne directrice du réseau de B", " depuis 2023 and a former director at B", " and previously head of sales at B"
    [GeneratedRegex(@"^\s*(?:(?:depuis|since|en|in)\s+[\p{L}\d]+(?:\s+\d{4})?\s*)?,?\s*(?:devenue?|now|désormais|aujourd['’]hui|puis|then|et|and|qui est)\s+(?:(?:an?|une?)\s+)?(?:(?<former>previously|formerly|auparavant|précédemment)\s+)?(?<title>" + Lexicons.TitlePatternLiteral + @"[^⟦⟧.;()«»,]{0,60}?)\s*\b(?:de|du|des|d['’]|of|at|chez)\s*(?:(?:la|l['’]|le|the)\s*)?⟦[opf](?<o>\d+)⟧", RegexOptions.IgnoreCase)]
    private static partial Regex ChainedTitle();

    [GeneratedRegex(@"⟦h(?<s>\d+)⟧\s*,\s*(?<title>(?:le |la |l['’])?(?:ministre|minister|secretary of state|premier ministre|prime minister)\b[^⟦⟧.;()«»]{0,110}?)(?=\s*[,.;»]|$)|(?<title>(?:le |la |the )?(?:ministre|minister|premier ministre|prime minister)\b[^⟦⟧.;()«»]{0,110}?)\s*,?\s*⟦h(?<s>\d+)⟧", RegexOptions.IgnoreCase)]
    private static partial Regex Minister();

    [GeneratedRegex(@"\b(?:français|française|french)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FrenchWord();

    [GeneratedRegex(@"^\s*,\s*(?:" + Lexicons.RelativePronounLiteral + @"|que\b|qu['’])", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeAfter();

    [GeneratedRegex(@"\b(?:allemand|italien|espagnol|britannique|belge|américain|chinois|german|italian|spanish|british|belgian|american|chinese|européen|european)\w*", RegexOptions.IgnoreCase)]
    private static partial Regex OtherNationality();
}
