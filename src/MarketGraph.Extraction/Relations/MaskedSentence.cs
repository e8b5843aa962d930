using System.Text;
using System.Text.RegularExpressions;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Extraction;

/// <summary>
/// A sentence with each mention replaced by a marker "⟦o3⟧" (kind letter + mention index), so relation
/// patterns are written over words and markers: o organisation, p public body, h person, t technology,
/// f offering, c country.
/// </summary>
internal sealed partial class MaskedSentence
{
    public MaskedSentence(string text, TextSpan sentence, IReadOnlyList<Mention> mentions, IReadOnlyList<DocumentEntity> entities)
    {
        Sentence = sentence;
        Mentions = mentions;
        var sb = new StringBuilder(sentence.Length + mentions.Count * 4);
        var pos = sentence.Start;
        var kinds = new StringBuilder(6);
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            var letter = KindLetter(entities[m.Entity].Kind);
            if (kinds.ToString().IndexOf(letter) < 0) kinds.Append(letter);
            sb.Append(text, pos, m.Span.Start - pos);
            sb.Append('⟦').Append(letter).Append(i).Append('⟧');
            pos = m.Span.End;
        }
        sb.Append(text, pos, sentence.End - pos);
        // "£14.2 million": a decimal point is not a sentence's end, and the patterns' gaps stop at full stops
        // "par le fonds d'infrastructure ⟦o1⟧" → "par ⟦o1⟧": what a name is, said before it, is not part of the pattern
        var masked = DecimalPoint().Replace(sb.ToString(), DecimalMark);
        Masked = masked.Contains('⟦') && MayHaveDescriptor.IsMatch(masked) ? DescriptorBeforeName().Replace(masked, "") : masked;
        KindLetters = kinds.ToString();
        var appositions = MayHaveApposition.IsMatch(Masked) ? Apposition().Matches(Masked) : null;
        if (appositions is { Count: > 0 }) Appositions = appositions.Select(a => new TextSpan(a.Index, a.Index + a.Length)).ToList();
        var asides = MayHaveDateAside.IsMatch(Masked) ? DateAside().Matches(Masked) : null;
        var inline = (MayHaveInlineDate.IsMatch(Masked) ? InlineDate().Matches(Masked) : Enumerable.Empty<Match>())
            .Concat(MayHaveEmphasis.IsMatch(Masked) ? Emphasis().Matches(Masked) : Enumerable.Empty<Match>()).ToList();
        if (Appositions.Count > 0 || asides is { Count: > 0 } || inline.Count > 0)
        {
            // each description, dated aside or emphasis becomes one space, from the matches already found
            var removed = Appositions.Concat((asides ?? Enumerable.Empty<Match>()).Concat(inline).Select(a => new TextSpan(a.Index, a.Index + a.Length))).OrderBy(a => a.Start).ToList();
            var reduced = new StringBuilder(Masked.Length);
            var from = 0;
            foreach (var a in removed)
            {
                if (a.Start < from) continue;
                reduced.Append(Masked, from, a.Start - from);
                if (a.End >= Masked.Length || !char.IsWhiteSpace(Masked[a.End])) reduced.Append(' ');
                from = a.End;
            }
            Reduced = reduced.Append(Masked, from, Masked.Length - from).ToString();
        }
    }

    // most sentences hold no description, apposition or dated aside
    private static readonly Regex MayHaveDescriptor = RelaxedPattern.Of(DescriptorBeforeName());
    private static readonly Regex MayHaveApposition = RelaxedPattern.Of(Apposition());
    private static readonly Regex MayHaveDateAside = RelaxedPattern.Of(DateAside());
    private static readonly Regex MayHaveInlineDate = RelaxedPattern.Of(InlineDate());
    private static readonly Regex MayHaveEmphasis = RelaxedPattern.Of(Emphasis());

    private Hedging.Cues? _maskedCues;
    private Hedging.Cues? _reducedCues;

    /// <summary>The hedging cues of <see cref="Masked"/> or <see cref="Reduced"/>, found on first use.</summary>
    public Hedging.Cues CuesOf(string masked) => ReferenceEquals(masked, Reduced)
        ? _reducedCues ??= new Hedging.Cues(masked)
        : _maskedCues ??= new Hedging.Cues(masked);

    /// <summary>A confidence as a claim read from [start, end) of <see cref="Masked"/> carries: lowered to the hedged one under a hedge.</summary>
    public double Hedged(int start, int end, double confidence) =>
        CuesOf(Masked).IsHedged(start, end) ? Math.Min(confidence, Hedging.HedgedConfidence) : confidence;

    /// <summary>Where the descriptions removed from <see cref="Reduced"/> lie in <see cref="Masked"/>.</summary>
    public IReadOnlyList<TextSpan> Appositions { get; } = [];

    /// <summary>
    /// Whether a match runs from inside a description out into the main clause ("⟦o0⟧, la filiale de ⟦o1⟧, a racheté
    /// ⟦o2⟧" must not read as ⟦o1⟧ a racheté ⟦o2⟧); the reduced sentence gives the main clause's reading.
    /// </summary>
    public bool LeavesApposition(int start, int end) => Appositions.Any(a => start > a.Start && start < a.End && end > a.End);

    /// <summary>
    /// The sentence without the descriptions set between commas after a name ("⟦o0⟧, la filiale de ⟦o1⟧, a racheté
    /// ⟦o2⟧" → "⟦o0⟧ a racheté ⟦o2⟧") and without dates set between commas ("a pris, le 2 mai, une participation"), so
    /// the main clause's subject meets its verb; null when there is none.
    /// </summary>
    public string? Reduced { get; }

    // after a marker: ", " + a description opening with a determiner, a relative pronoun or a bare role noun, then ", "
    // and a word that continues the main clause (a verb or an adverb, not a determiner, a preposition or a name)
    [GeneratedRegex(@"(?<=⟧(?:\s*\([^()]{0,150}\))?)\s*,\s*(?:(?:la|le|les|l['’]|une?|the|an?|son|sa|ses|its|their|leur|qui|which|who|whose|dont|où|where|ex-|former|ancien(?:ne)?|désormais|now|previously|formerly|jusqu['’]ici|auparavant|until recently|\p{Ll}{3,}(?:ée?s?|ed)|filiale|subsidiary|coentreprise|co-entreprise|joint venture|spécialiste|specialist|leader|pionnier|pioneer|numéro|acteur|éditeur|opérateur|hébergeur|fournisseur|intégrateur)\b[^,;.:«»“”""()]{1,140}?)\s*,\s*(?=(?:et|and)\b[^,;.⟦⟧]{0,40}⟦|(?!(?:la|le|les|l['’]|une?|des|du|de|d['’]|the|an|of|in|on|at|for|with|by|to|à|au|aux|en|et|and|or|ou|mais|but|selon|according|⟦)\b)\p{Ll})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Apposition();

    // a date set between commas inside a clause: "a pris, le 17 avril 2025, une participation", "awarded, in March 2024, a contract"
    [GeneratedRegex(@"\s*,\s*(?:(?:le|on|en|in|au|at|dès|depuis|since|from|début|fin|mi-|early|late|last|this|ce|cette)\s+)*(?:\d{1,2}(?:er)?\s+)?(?:(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|may|june|july|august|september|october|november|december|year|month|week|année|mois|semaine)(?:\s+\d{1,2}(?=\s*,))?(?:\s+\d{4})?|\d{4})\s*,\s*(?=\p{Ll}|⟦)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateAside();

    // a date told inside a clause without commas, between a verb and what follows it: "a attribué le 14 mars 2025 à X",
    // "a retenu en décembre 2024 Bleu", "sold its stake in 2024 to", "became its largest shareholder last year when"
    [GeneratedRegex(@"(?<=\p{L}{2})\s+(?:(?:le|on)\s+\d{1,2}(?:er|st|nd|rd|th)?\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{4})?|(?:en|in)\s+(?:(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+\d{4})?|\d{4})|last\s+(?:year|month|week|autumn|spring|summer|winter)|l['’]an dernier|l['’]année dernière)(?=\s+(?:à|au|aux|to|\p{Ll}|⟦))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineDate();

    // "a elle-même racheté", "has itself acquired": the emphasis stands between the auxiliary and its verb
    [GeneratedRegex(@"(?<=\b(?:a|ont|avait|avaient|has|have|had))\s+(?:elle-même|lui-même|eux-mêmes|elles-mêmes|itself|themselves)(?=\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Emphasis();

    // what a name is, said before it without commas after a preposition, an article or a clause break: "par le fonds
    // d'infrastructure ⟦o1⟧", "by the Cologne fibre operator ⟦o1⟧", "by regional utility ⟦o1⟧", "la PME bretonne ⟦o2⟧"
    [GeneratedRegex(@"(?<=(?:^|[,;:(]\s*|\b(?:par|by|de|du|des|of|à|au|aux|to|from|with|avec|chez|auprès de|que|than|and|et|for|pour|between|entre|including|dont|alongside|as|comme|[Ll]e|[Ll]a|[Ll]es|[Tt]he|an?|une?)\s+|\b(?:[dlDL]|qu)['’]))(?:(?:[Ll]e|[Ll]a|[Ll]es|[Ll]['’]|[Tt]he|an?|une?)\s*)?(?:(?!(?:de|du|des|d|of|à|au|aux|en|in|et|and|pour|for|by|par|is|est|was|a|has|le|la|les|the|an|un|une|que|qui|which|who|that|dont|whose|où|where|ses|son|sa|its|their|leur|leurs|ce|cette|this|these|ces|ne|not|pas)\b)\p{L}[\p{L}-]+\s+){0,3}?(?i:fonds|fund|investor|investisseur|opérateur|operator|utility|groupe|group|company|société|firm|banque|bank|lender|holding|start-up|startup|PME|ETI|ESN|constructeur|manufacturer|maker|éditeur|intégrateur|integrator|hébergeur|fournisseur|provider|supplier|spécialiste|specialist|consortium|family office|telco|carrier|vendor|équipementier|distributeur|distributor|développeur|developer|towerco|wholesaler|grossiste|altnet|consultancy|cabinet|reseller|revendeur)(?:\s+(?:d['’]|de\s+)?(?!(?:de|du|des|d|of|à|au|aux|en|in|et|and|pour|for|by|par|to|with|avec|from|chez|on|sur|at|de la|among|parmi|than|que|qui|which|who|that|whom|whose|dont|où|where)\b|\p{Ll}+(?:é|ée|és|ées|ed)\b)\p{Ll}[\p{Ll}-]+){0,2}\s+(?=⟦)")]
    private static partial Regex DescriptorBeforeName();

    /// <summary>What a decimal point between digits becomes in <see cref="Masked"/> (same length, so offsets hold).</summary>
    public const string DecimalMark = "·";

    [GeneratedRegex(@"(?<=\d)\.(?=\d)")]
    private static partial Regex DecimalPoint();

    public TextSpan Sentence { get; }
    public IReadOnlyList<Mention> Mentions { get; }
    public string Masked { get; }

    /// <summary>The distinct kind letters of the sentence's markers.</summary>
    public string KindLetters { get; }

    public static char KindLetter(EntityKind kind) => kind switch
    {
        EntityKind.Organization => 'o',
        EntityKind.PublicBody => 'p',
        EntityKind.Person => 'h',
        EntityKind.Technology => 't',
        EntityKind.Offering => 'f',
        EntityKind.Country => 'c',
        _ => 'x',
    };

    /// <summary>Mention indices of the markers in a piece of masked text, skipping parenthesised asides.</summary>
    public static List<int> MarkersIn(string masked, bool skipParentheses = true)
    {
        var result = new List<int>();
        var depth = 0;
        for (var i = 0; i < masked.Length; i++)
        {
            var c = masked[i];
            if (c == '(') depth++;
            else if (c == ')') depth = Math.Max(0, depth - 1);
            else if (c == '⟦')
            {
                var close = masked.IndexOf('⟧', i);
                if (close < 0) break;
                // "SUSE's Rancher": the possessor only qualifies the name after it
                if ((depth == 0 || !skipParentheses) && !Tokenizer.IsPossessiveAt(masked, close + 1, masked.Length))
                    result.Add(int.Parse(masked.AsSpan(i + 2, close - i - 2)));
                i = close;
            }
        }
        return result;
    }

    /// <summary>The masked text with markers replaced by the surface forms (for property values).</summary>
    public string Unmask(string masked, string text)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < masked.Length; i++)
        {
            if (masked[i] == '⟦')
            {
                var close = masked.IndexOf('⟧', i);
                var idx = int.Parse(masked.AsSpan(i + 2, close - i - 2));
                var span = Mentions[idx].Span;
                sb.Append(text, span.Start, span.Length);
                i = close;
            }
            else sb.Append(masked[i] == DecimalMark[0] ? '.' : masked[i]);
        }
        return sb.ToString();
    }
}
