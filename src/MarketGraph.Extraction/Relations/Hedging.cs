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

    /// <summary>Where the cues lie in one masked sentence: found once, then asked about each match.</summary>
    public sealed class Cues
    {
        private readonly string _masked;
        private readonly List<(int Start, int End)> _negations;
        private readonly List<(int Start, int End)> _plans;
        private readonly List<(int Start, int End)> _conditionals;

        public Cues(string masked)
        {
            _masked = masked;
            _negations = Spans(Negation(), masked);
            _plans = Spans(Plan(), masked);
            _conditionals = Spans(Conditional(), masked);
        }

        /// <summary>Negation inside the words that carry the relation (and the few words before them).</summary>
        /// <summary>A learnt claim's confidence, read from [start, end): capped under a negation (looked for from a little before) or a hedge.</summary>
        public double Capped(double confidence, int start, int end) =>
            IsNegated(Math.Max(0, start - 25), end) ? Math.Min(confidence, NegatedConfidence)
            : IsHedged(start, end) ? Math.Min(confidence, HedgedConfidence) : confidence;

        public bool IsNegated(int regionStart, int regionEnd) => _negations.Exists(n => n.Start >= regionStart && n.End <= regionEnd);

        /// <summary>
        /// A plan or a hypothesis anywhere before the end of the relation's words, or a conditional verb in the
        /// relation's own clause: from the last clause break (comma, colon, quote) before the match to its end.
        /// "Huawei fournirait le matériel, T-Systems, la filiale de Deutsche Telekom, gérant le cloud" hedges the
        /// supply, not what the second clause states.
        /// </summary>
        public bool IsHedged(int matchStart, int matchEnd)
        {
            if (_plans.Exists(p => p.End <= matchEnd)) return true;
            var clauseStart = _masked.AsSpan(0, matchStart).LastIndexOfAny(ClauseBreaks) + 1;
            return _conditionals.Exists(c => c.Start >= clauseStart && c.End <= matchEnd);
        }

        private static List<(int, int)> Spans(Regex regex, string text)
        {
            var spans = new List<(int, int)>();
            foreach (var m in regex.EnumerateMatches(text)) spans.Add((m.Index, m.Index + m.Length));
            return spans;
        }
    }

    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create(",;:«»“”\"()–—");

    [GeneratedRegex(@"\b(?:ne|n['’])\s*(?:[\p{L}'’-]+\s+){0,4}?(?:pas|plus|jamais|guère|point)\b|\bnot\b|n['’]t\b|\bno longer\b|\bnever\b|\baucune?\b|\bdément\w*|\bdeni(?:es|ed)\b|\bdeny\b|\bni\b|\bnullement\b|\bplus du tout\b|\bceased\b|\bended\b|\bmis fin\b|\bfall away\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b(?:envisag\w*|projett\w*|(?:a|ont) (?:le )?projet d|souhait\w*|veut|veulent|voudrai\w*|espèr\w*|compte(?:nt)? (?:bien )?\p{L}+er\b|s['’]apprêt\w*|négoci\w*|en discussions?|discute\w*|rumeur\w*|pourrai\w*|devrai\w*|vise(?:nt)? à|vise(?:nt)?\s+(?:désormais\s+|aussi\s+|également\s+)?(?:la|le|l['’]|une?)\b|brigu\w*|targets?\s+(?:the|a|an)\b|targeting|working towards?|pursu(?:es|ing)\s+(?:the|a|an)\b|ambitionn\w*|prévoi\w* de|plans? to|planning|planned|aims? to|aiming|intends? to|intention|expects?|expected|hopes?|hoping|considers?|considering|negotiat\w*|in talks|talks with|seeks? to|wants? to|would like|is set to|are set to|potential|possible|éventuel\w*|si (?:elle|il|le|la|les|l['’])\b|if\b|whether|unless|sous réserve)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Plan();

    // French conditional endings ("fournirait", "rachèteraient", "deviendrait"): the mood of a reported rumour
    [GeneratedRegex(@"\b(?:would|could|might|may(?!\s+\d)|serai\w*|aurai\w*|\p{L}+(?:erai|irai|drai|oirai)(?:t|ent)|if awarded|en cas de|si elle est retenue|si il est retenu)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Conditional();
}
