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

    /// <summary>A plan, a hypothesis or a conditional anywhere before the end of the relation's words.</summary>
    public static bool IsHedged(string upToMatchEnd, string wholeSentence) =>
        Plan().IsMatch(upToMatchEnd) || Conditional().IsMatch(wholeSentence);

    [GeneratedRegex(@"\b(?:ne|n['’])\s*(?:[\p{L}'’-]+\s+){0,4}?(?:pas|plus|jamais|guère|point)\b|\bnot\b|n['’]t\b|\bno longer\b|\bnever\b|\baucune?\b|\bdément\w*|\bdeni(?:es|ed)\b|\bdeny\b|\bni\b|\bnullement\b|\bplus du tout\b|\bceased\b|\bended\b|\bmis fin\b|\bfall away\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b(?:envisag\w*|projett\w*|(?:a|ont) (?:le )?projet d|souhait\w*|veut|veulent|voudrai\w*|espèr\w*|compte(?:nt)? (?:bien )?\p{L}+er\b|s['’]apprêt\w*|négoci\w*|en discussions?|discute\w*|rumeur\w*|pourrai\w*|devrai\w*|vise(?:nt)? à|ambitionn\w*|prévoi\w* de|plans? to|planning|planned|aims? to|aiming|intends? to|intention|expects?|expected|hopes?|hoping|considers?|considering|negotiat\w*|in talks|talks with|seeks? to|wants? to|would like|is set to|are set to|potential|possible|éventuel\w*|si (?:elle|il|le|la|les|l['’])\b|if\b|whether|unless|sous réserve)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Plan();

    [GeneratedRegex(@"\b(?:would|could|might|may(?!\s+\d)|serai\w*|aurai\w*|s['’]occuperai\w*|deviendrai\w*|if awarded|en cas de|si elle est retenue|si il est retenu)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Conditional();
}
