using System.Text.RegularExpressions;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Extraction;

/// <summary>What to do when a rule's pattern has no subject (or object) marker: look back in the document.</summary>
internal enum Implicit
{
    None,
    /// <summary>The most recent public body that led a sentence (the buyer of a contract).</summary>
    RecentPublicBody,
    /// <summary>The most recent offering named (what an organisation operates).</summary>
    RecentOffering,
    /// <summary>The French State (a French minister's government).</summary>
    FrenchState,
    /// <summary>The most recent organisation that led a sentence ("son alliance avec X": whose alliance).</summary>
    RecentOrganisation,
    /// <summary>The person named last before this sentence ("Ancienne directrice de X, elle …").</summary>
    RecentPerson,
    /// <summary>
    /// The first organisation named before the match in its own sentence, else <see cref="RecentOrganisation"/> ("S3NS said
    /// its X offering"; "X est détenue à 62 % par A, aux côtés de B, qui conserve 38 % du capital").
    /// </summary>
    SentenceSubject,
    /// <summary>
    /// The company whose capital the text is telling: the owned or acquired side of the latest stake or acquisition read
    /// in the last two sentences; none otherwise ("A détient 60 % de X. B conserve 25 %": B's 25 % are of X).
    /// </summary>
    StakeTopic,
}

/// <summary>
/// One relation pattern over a masked sentence. Named groups: <c>s</c> subject marker(s), <c>o</c> object
/// marker(s), and optional property groups <c>pct</c>, <c>title</c>, <c>tech</c>, <c>topic</c>, <c>subj</c>.
/// Pattern templates: {s:KINDS}/{o:KINDS} one marker, {S:KINDS}/{O:KINDS} a list, {G} or {G:n} a gap of
/// words, {PCT} a percentage, {T} a person's title, {DET} an optional determiner.
/// </summary>
internal sealed partial class RelationRule
{
    /// <summary>A percentage as the patterns read it ("23 %", "23%", "23 per cent"), its number in the group "pct".</summary>
    public const string PercentPattern = @"(?<pct>\d{1,3}(?:[.,·]\d{1,2})?)\s?(?:%|pour\s?cent|per\s?cent|percent)";

    // no timeout: sentences are capped at SentenceSplitter.MaxSentenceLength and every gap is bounded,
    // so matching time is bounded; a timeout would also fire on the first (JIT-compiling) match under load
    private static readonly TimeSpan MatchTimeout = Regex.InfiniteMatchTimeout;

    public RelationRule(string name, RelationType type, string template, double confidence = 0.85)
    {
        Name = name;
        Type = type;
        Template = template;
        Confidence = confidence;
        var expanded = Expand(template);
        var required = RequiredGroups(template);
        AnchorGroups = required.Where(g => g.WordStart).Select(g => LiteralPrefixes(g.Group)).OfType<string[]>().ToList();
        SubjectKinds = KindsOf(template, 's');
        ObjectKinds = KindsOf(template, 'o');
        Pattern = new Regex(expanded, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled, MatchTimeout);
        // built on first use: the non-backtracking engine takes milliseconds to build each, and most rules meet few sentences
        _relaxed = new Lazy<Regex>(() => new Regex(RelaxedPattern.Relax(expanded.Replace(Lead, LooseLead)),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.NonBacktracking));
        _interpreted = new Lazy<Regex>(() => new Regex(expanded, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, MatchTimeout));
    }

    private readonly Lazy<Regex> _interpreted;

    /// <summary>
    /// The first match at or after <paramref name="startat"/>. The compiled engine of .NET 10.0 throws
    /// IndexOutOfRangeException on some patterns with a lazy loop of negative lookaheads when the search starts inside the
    /// sentence ("A still owns 30% of B, C took a 20% stake…" from B's marker); the interpreter reads the same pattern
    /// right, so such a search is run again there.
    /// </summary>
    public Match Match(string input, int startat = 0)
    {
        try
        {
            return Pattern.Match(input, startat);
        }
        catch (IndexOutOfRangeException)
        {
            return _interpreted.Value.Match(input, startat);
        }
    }

    public string Name { get; }

    /// <summary>
    /// For each mandatory group of words in the template that starts at a word start, what its alternatives start
    /// with: a sentence where some group has none of its anchors at a word start cannot match (see
    /// <see cref="CueIndex"/>). Most sentences hold none of a rule's verbs.
    /// </summary>
    public IReadOnlyList<string[]> AnchorGroups { get; }

    /// <summary>
    /// The test after <see cref="CueIndex"/> and <see cref="CanMatch"/>, before the full pattern: whether the
    /// <see cref="Relaxed"/> pattern matches. Few sentences that hold a rule's words have them in the rule's order
    /// around markers of its kinds, and the full pattern is slow to find that out.
    /// </summary>
    public bool MayMatch(string masked) => Relaxed.IsMatch(masked);

    private readonly Lazy<Regex> _relaxed;

    /// <summary><see cref="Pattern"/> relaxed (<see cref="RelaxedPattern"/>) and run without backtracking: one linear pass.</summary>
    public Regex Relaxed => _relaxed.Value;

    /// <summary>Kind letters the subject (object) marker may have; null when the template names no such marker.</summary>
    public string? SubjectKinds { get; }
    public string? ObjectKinds { get; }

    /// <summary>
    /// Whether the sentence holds markers this rule could match at all (a cheap test before the pattern runs):
    /// a marker of a subject kind, one of an object kind, and two markers when both sides come from the sentence.
    /// </summary>
    public bool CanMatch(string kindsPresent, int markerCount)
    {
        var needSubject = SubjectKinds is not null && ImplicitSubject == Implicit.None;
        var needObject = ObjectKinds is not null && ImplicitObject == Implicit.None;
        if (needSubject && kindsPresent.AsSpan().IndexOfAny(SubjectKinds) < 0) return false;
        if (needObject && kindsPresent.AsSpan().IndexOfAny(ObjectKinds) < 0) return false;
        return markerCount >= (needSubject && (needObject || Pairwise) ? 2 : 1);
    }

    /// <summary>
    /// The "(?:…)" groups at depth 0 that are not optional and hold no marker or template placeholder: a match of the
    /// whole pattern contains a match of each. Also whether each starts at a word start (after \b or \s+). None when
    /// the template has a top-level alternative.
    /// </summary>
    internal static List<(string Group, bool WordStart)> RequiredGroups(string template)
    {
        var groups = new List<(string Group, bool WordStart)>();
        var depth = 0;
        var inClass = false;
        var start = -1;
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '\\') { i++; continue; }
            if (inClass) { if (c == ']') inClass = false; continue; }
            if (c == '[') { inClass = true; continue; }
            if (c == '|' && depth == 0) return [];
            if (c == '(')
            {
                if (depth == 0) start = template.AsSpan(i).StartsWith("(?:") ? i : -1;
                depth++;
            }
            else if (c == ')')
            {
                depth--;
                if (depth != 0 || start < 0) continue;
                var optional = i + 1 < template.Length && template[i + 1] is '?' or '*' or '{';
                var group = template[start..(i + 1)];
                if (optional || group.Contains('⟦') || Placeholder().IsMatch(group)) continue;
                var before = template[..start];
                groups.Add((group, before.EndsWith(@"\b", StringComparison.Ordinal) || before.EndsWith(@"\s+", StringComparison.Ordinal)));
            }
        }
        return groups;
    }

    /// <summary>
    /// "(?:a racheté|acquire[sd]?|took over)" → ["a racheté", "acquire", "took over"]: the text a match of each
    /// alternative starts with. Null when an alternative starts with something other than a letter or a digit.
    /// </summary>
    internal static string[]? LiteralPrefixes(string group)
    {
        if (!group.StartsWith("(?:", StringComparison.Ordinal) || !group.EndsWith(')')) return null;
        var body = group[3..^1];
        var alternatives = new List<string>();
        var depth = 0;
        var inClass = false;
        var start = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\\') { i++; continue; }
            if (inClass) { if (c == ']') inClass = false; continue; }
            if (c == '[') inClass = true;
            else if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) { alternatives.Add(body[start..i]); start = i + 1; }
        }
        alternatives.Add(body[start..]);
        var prefixes = new List<string>();
        foreach (var alternative in alternatives)
        {
            if (alternative.Length == 0 || !(char.IsLetterOrDigit(alternative[0]) || alternative.StartsWith("(?:", StringComparison.Ordinal))) return null;
            var own = Prefixes(alternative).ToList();
            if (own.Any(p => p.Length == 0)) return null;
            prefixes.AddRange(own);
        }
        return prefixes.Distinct().ToArray();
    }

    /// <summary>The literal text an alternative starts with; a small class ("['’]") gives one prefix per character.</summary>
    private static IEnumerable<string> Prefixes(string alternative)
    {
        var end = 0;
        while (end < alternative.Length && "\\([.^$|?*+{".IndexOf(alternative[end]) < 0) end++;
        // a group of plain words ("(?:a|ont) racheté"): one prefix per word; an optional one ("(?:will )?work") also without it
        if (end < alternative.Length && alternative.AsSpan(end).StartsWith("(?:") && alternative.IndexOf(')', end) is var shut and > 0
            && (shut + 1 >= alternative.Length || alternative[shut + 1] is not ('*' or '{' or '+'))
            && alternative.AsSpan(end + 3, shut - end - 3).IndexOfAny("\\([.^$?*+{") < 0)
        {
            var optional = shut + 1 < alternative.Length && alternative[shut + 1] == '?';
            if (optional)
            {
                foreach (var rest in Prefixes(alternative[(shut + 2)..]))
                    yield return (alternative[..end] + rest).ToLowerInvariant();
            }
            foreach (var word in alternative[(end + 3)..shut].Split('|'))
            {
                if (word.Length == 0) { yield return ""; yield break; }
                foreach (var rest in Prefixes(word + alternative[(shut + (optional ? 2 : 1))..]))
                    yield return (alternative[..end] + rest).ToLowerInvariant();
            }
            yield break;
        }
        if (end < alternative.Length && alternative[end] == '[' && alternative.IndexOf(']', end) is var close and > 0
            && close - end - 1 is > 0 and <= 3 && close + 1 < alternative.Length && alternative[close + 1] is not ('?' or '*' or '{' or '+')
            && alternative.AsSpan(end + 1, close - end - 1).IndexOfAny("\\-^") < 0)
        {
            foreach (var c in alternative.AsSpan(end + 1, close - end - 1).ToArray())
            {
                foreach (var rest in Prefixes(c + alternative[(close + 1)..]))
                    yield return (alternative[..end] + rest).ToLowerInvariant();
            }
            yield break;
        }
        // a quantifier makes the character before it optional
        if (end < alternative.Length && alternative[end] is '?' or '*' or '{') end--;
        yield return alternative[..Math.Max(end, 0)].ToLowerInvariant();
    }

    [GeneratedRegex(@"\{(?:[sSoO]:|G\b|G:|PCT\}|T\}|DET\}|A\})")]
    private static partial Regex Placeholder();

    private static string? KindsOf(string template, char side)
    {
        var m = Regex.Match(template, @"\{[" + side + char.ToUpperInvariant(side) + @"]:(?<k>[a-z]+)\}|\(\?<" + side + @">⟦\[(?<k>[a-z]+)\]");
        return m.Success ? m.Groups["k"].Value : null;
    }
    public RelationType Type { get; }
    public string Template { get; }
    public Regex Pattern { get; }
    public double Confidence { get; }
    public Implicit ImplicitSubject { get; init; }
    public Implicit ImplicitObject { get; init; }
    /// <summary>Every pair within the subject list relates (partners presenting jointly).</summary>
    public bool Pairwise { get; init; }
    /// <summary>Also assert this relation on the same pair (a full takeover is also a 100 % stake).</summary>
    public RelationType? Also { get; init; }
    /// <summary>
    /// The pattern is a description (an apposition, "X, filiale de Y"): it is taken as given, so only a negation
    /// inside it lowers confidence, not the mood of the sentence's main verb.
    /// </summary>
    public bool Presupposed { get; init; }
    /// <summary>
    /// The subject must be a role noun whose words match this ("la coentreprise formée par A et B": the noun itself says
    /// what the entity it points back to is); null when any subject will do.
    /// </summary>
    public Regex? SubjectNoun { get; init; }
    /// <summary>The stake every match states ("filiale à 100 %", "wholly-owned").</summary>
    public double? Percent { get; init; }
    /// <summary>The object group is free text whose markers all count, parenthesised ones included ("… (A et B)").</summary>
    public bool FreeTextObject { get; init; }
    /// <summary>Object must carry this role in the reference list (e.g. "certification").</summary>
    public string? ObjectRole { get; init; }

    /// <summary>
    /// What may stand before a name in a list or an object: an article and up to two words ("le Chinois Huawei", "de
    /// l'Espagnol Telefonica"), or a possessor ("Italy's Aruba", "SUSE's Rancher").
    /// </summary>
    private const string Lead = @"(?:(?<!\p{L})(?:de\s+|d['’]|à\s+|avec\s+|with\s+)?(?:le|la|les|l['’]|the)\s*(?:(?!(?:de|du|des|d|of|à|au|aux|en|in|et|and|pour|for)\b)\p{L}[\p{Ll}-]+\s+){0,2}|de\s+|d['’]|⟦[co]\d+⟧['’]s\s+)?";

    /// <summary>What <see cref="Lead"/> matches and more, far smaller for the non-backtracking engine to build.</summary>
    private const string LooseLead = @"(?:[^⟦⟧.;]|⟦[co]\d+⟧)*";

    private static string Marker(string kinds) => "⟦[" + kinds + @"]\d+⟧(?:\s*\([^()]{0,150}\))?";

    private static string Item(string kinds) => Lead + "⟦[" + kinds + @"]\d+⟧(?:\s*\([^()]{0,150}\))?";

    /// <summary>"A, B and C": commas, then at most one final conjunction, which ends the list.</summary>
    private static string List(string kinds, bool lead) =>
        (lead ? Item(kinds) : Marker(kinds)) + @"(?:\s*,\s*" + Item(kinds) + @")*(?:\s*,?\s*(?:et|and|&|ainsi que|as well as|/)\s*" + Item(kinds) + ")?";

    public static string Expand(string template) =>
        // "Iberdatos' chief executive": a possessive of a name ending in s has the apostrophe alone
        Regex.Replace(template.Replace(@"['’]s\s", @"['’]s?\s").Replace(@"['’]s\b", @"['’](?:s\b|(?=\s))"), @"\{(?<g>[sSoO]):(?<k>[a-z]+)\}|\{G(?::(?<n>\d+))?\}|\{PCT\}|\{T\}|\{DET\}|\{A\}", m =>
        {
            if (m.Groups["g"].Success)
            {
                var g = m.Groups["g"].Value;
                var kinds = m.Groups["k"].Value;
                var name = g.ToLowerInvariant();
                return char.IsUpper(g[0]) ? $"(?<{name}>{List(kinds, m.Index != 0)})" : (m.Index == 0 ? "" : Lead) + "(?<" + name + ">⟦[" + kinds + @"]\d+⟧)";
            }
            if (m.Value.StartsWith("{G", StringComparison.Ordinal))
                return $"[^⟦⟧.;!?]{{0,{(m.Groups["n"].Success ? m.Groups["n"].Value : "40")}}}?";
            return m.Value switch
            {
                "{PCT}" => PercentPattern,
                "{T}" => @"(?<title>(?:(?:le|la|l['’]|the|a|an|son|sa|its|leur|their|notre|our)\s*)?" + Lexicons.TitlePatternLiteral + @"[^⟦⟧.;()«»,]{0,100}?)",
                "{A}" => Lead,
                "{DET}" => @"(?:(?:le|la|les|l['’]|the|a|an|un|une|son|sa|ses|its|their|leur|leurs)\s*)?",
                _ => m.Value,
            };
        });
}
