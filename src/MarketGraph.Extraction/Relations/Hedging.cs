using System.Text.RegularExpressions;

namespace MarketGraph.Extraction;

/// <summary>
/// Cues that a sentence does not report a relation as done: negation, hypothesis, plans, expectations.
/// Such claims keep a confidence below the default threshold (0.5) so they are not stored by default.
/// </summary>
internal static partial class Hedging
{
    public const double HedgedConfidence = 0.35;
    public const double NegatedConfidence = 0.1;

    /// <summary>Negation inside the words that carry the relation.</summary>
    public static bool IsNegated(string region) => Negation().IsMatch(region);

    /// <summary>
    /// A plan or a hypothesis anywhere before the end of the relation's words, or a conditional verb in the
    /// relation's own clause: from the last clause break (comma, colon, quote) before the match to its end.
    /// "Huawei fournirait le matériel, T-Systems, la filiale de Deutsche Telekom, gérant le cloud" hedges the
    /// supply, not what the second clause states.
    /// </summary>
    public static bool IsHedged(string masked, int matchStart, int matchEnd)
    {
        if (Plan().IsMatch(masked.AsSpan(0, matchEnd))) return true;
        var clauseStart = masked.AsSpan(0, matchStart).LastIndexOfAny(ClauseBreaks) + 1;
        return Conditional().IsMatch(masked.AsSpan(clauseStart, matchEnd - clauseStart));
    }

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;:«»“”\"()–—");

    [GeneratedRegex(@"\b(?:ne|n['’])\s*(?:[\p{L}'’-]+\s+){0,4}?(?:pas|plus|jamais|guère|point)\b|\bnot\b|n['’]t\b|\bno longer\b|\bnever\b|\baucune?\b|\bdément\w*|\bdeni(?:es|ed)\b|\bdeny\b|\bni\b|\bnullement\b|\bplus du tout\b|\bceased\b|\bended\b|\bmis fin\b|\bfall away\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b(?:envisag\w*|projett\w*|(?:a|ont) (?:le )?projet d|souhait\w*|veut|veulent|voudrai\w*|espèr\w*|compte(?:nt)? (?:bien )?\p{L}+er\b|s['’]apprêt\w*|négoci\w*|en discussions?|discute\w*|rumeur\w*|pourrai\w*|devrai\w*|vise(?:nt)? à|ambitionn\w*|prévoi\w* de|plans? to|planning|planned|aims? to|aiming|intends? to|intention|expects?|expected|hopes?|hoping|considers?|considering|negotiat\w*|in talks|talks with|seeks? to|wants? to|would like|is set to|are set to|potential|possible|éventuel\w*|si (?:elle|il|le|la|les|l['’])\b|if\b|whether|unless|sous réserve)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Plan();

    // French conditional endings ("fournirait", "rachèteraient", "deviendrait"): the mood of a reported rumour
    [GeneratedRegex(@"\b(?:would|could|might|may(?!\s+\d)|serai\w*|aurai\w*|\p{L}+(?:erai|irai|drai|oirai)(?:t|ent)|if awarded|en cas de|si elle est retenue|si il est retenu)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Conditional();
}
