namespace MarketGraph.Extraction;

/// <summary>
/// Which relation rules a sentence could match, found in one pass over its words: each word start is looked up by
/// its first letters among the rules' anchors. A rule with a group of anchors no word begins cannot match, so its
/// pattern is not run. Rules without anchors are left to <see cref="RelationRule.MayMatch"/>.
/// </summary>
internal sealed class CueIndex
{
    private const int KeyLength = 3;

    private readonly Dictionary<string, List<(int Rule, int Group, string Anchor)>> _byKey = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<RelationRule> _rules;
    /// <summary>Per rule, the bits of all its anchor groups (0 for a rule without anchors).</summary>
    private readonly ulong[] _allGroups;

    public CueIndex(IReadOnlyList<RelationRule> rules)
    {
        _rules = rules;
        _allGroups = new ulong[rules.Count];
        for (var r = 0; r < rules.Count; r++)
        {
            var groups = rules[r].AnchorGroups;
            for (var g = 0; g < groups.Count && g < 64; g++)
            {
                _allGroups[r] |= 1UL << g;
                foreach (var anchor in groups[g])
                {
                    // the key is the start of the anchor's first word: what a word start of the text is looked up by
                    var word = 0;
                    while (word < anchor.Length && word < KeyLength && IsWordChar(anchor[word])) word++;
                    var key = anchor[..word];
                    if (!_byKey.TryGetValue(key, out var list)) _byKey[key] = list = [];
                    list.Add((r, g, anchor));
                }
            }
        }
    }

    public static CueIndex Default { get; } = new(RelationRules.All);

    /// <summary>For each rule, whether the text holds an anchor of each of its groups at a word start (always for a rule without anchors).</summary>
    public bool[] Possible(string text)
    {
        var hits = new ulong[_rules.Count];
        Span<char> key = stackalloc char[KeyLength];
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsWordChar(text[i]) || (i > 0 && IsWordChar(text[i - 1]))) continue;
            var n = 0;
            while (n < KeyLength && i + n < text.Length && IsWordChar(text[i + n]))
            {
                var c = text[i + n];
                key[n] = char.IsAsciiLetterUpper(c) ? (char)(c + ('a' - 'A')) : c < 128 ? c : char.ToLowerInvariant(c);
                n++;
                // an anchor may go on past the word ("a racheté"): a short word is its own key
                Mark(text, i, key[..n], hits);
            }
        }
        var possible = new bool[_rules.Count];
        for (var r = 0; r < _rules.Count; r++)
        {
            possible[r] = hits[r] == _allGroups[r];
        }
        return possible;
    }

    private void Mark(string text, int start, ReadOnlySpan<char> key, ulong[] hits)
    {
        if (!_byKey.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var candidates)) return;
        foreach (var (rule, group, anchor) in candidates)
        {
            var bit = 1UL << group;
            if ((hits[rule] & bit) == 0 && text.AsSpan(start).StartsWith(anchor, StringComparison.OrdinalIgnoreCase)) hits[rule] |= bit;
        }
    }

    // the regex engine's \w: letters, digits, connector punctuation and combining marks
    private static bool IsWordChar(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c) || c == '_' : char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.ConnectorPunctuation;
}
