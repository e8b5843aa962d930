namespace MarketGraph.Extraction;

/// <summary>
/// Which relation rules a sentence could match, found in one pass over its words: each word start is looked up by
/// its first letters among the rules' anchors. A rule with a group of anchors no word begins cannot match, so its
/// pattern is not run. Rules without anchors are left to <see cref="RelationRule.MayMatch"/>.
/// </summary>
internal sealed class CueIndex
{
    private const int KeyLength = 3;

    /// <summary>By key, each distinct anchor once with the rules and group bits it marks.</summary>
    private readonly Dictionary<ulong, (string Anchor, (int Rule, ulong Bit)[] Marks)[]> _byKey = [];
    private readonly IReadOnlyList<RelationRule> _rules;
    /// <summary>Per rule, the bits of all its anchor groups (0 for a rule without anchors).</summary>
    private readonly ulong[] _allGroups;

    public CueIndex(IReadOnlyList<RelationRule> rules)
    {
        _rules = rules;
        _allGroups = new ulong[rules.Count];
        var byKey = new Dictionary<string, Dictionary<string, List<(int, ulong)>>>(StringComparer.Ordinal);
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
                    if (!byKey.TryGetValue(key, out var anchors)) byKey[key] = anchors = new(StringComparer.Ordinal);
                    if (!anchors.TryGetValue(anchor, out var marks)) anchors[anchor] = marks = [];
                    marks.Add((r, 1UL << g));
                }
            }
        }
        foreach (var (key, anchors) in byKey) _byKey[Pack(key)] = anchors.Select(a => (a.Key, a.Value.ToArray())).ToArray();
    }

    public static CueIndex Default { get; } = new(RelationRules.All);

    /// <summary>For each rule, whether the text holds an anchor of each of its groups at a word start (always for a rule without anchors).</summary>
    public bool[] Possible(string text)
    {
        var hits = new ulong[_rules.Count];
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsWordChar(text[i]) || (i > 0 && IsWordChar(text[i - 1]))) continue;
            var n = 0;
            var key = 0UL;
            while (n < KeyLength && i + n < text.Length && IsWordChar(text[i + n]))
            {
                key = Append(key, Lower(text[i + n]));
                n++;
                // an anchor may go on past the word ("a racheté"): a short word is its own key
                Mark(text, i, key, hits);
            }
        }
        var possible = new bool[_rules.Count];
        for (var r = 0; r < _rules.Count; r++)
        {
            possible[r] = hits[r] == _allGroups[r];
        }
        return possible;
    }

    /// <summary>A key of up to <see cref="KeyLength"/> characters as one number: each character appended in 16 bits.</summary>
    private static ulong Pack(string key)
    {
        var packed = 0UL;
        foreach (var c in key) packed = Append(packed, c);
        return packed;
    }

    private static ulong Append(ulong key, char c) => key << 16 | c;

    private void Mark(string text, int start, ulong key, ulong[] hits)
    {
        if (!_byKey.TryGetValue(key, out var candidates)) return;
        foreach (var (anchor, marks) in candidates)
        {
            if (!text.AsSpan(start).StartsWith(anchor, StringComparison.OrdinalIgnoreCase)) continue;
            foreach (var (rule, bit) in marks) hits[rule] |= bit;
        }
    }

    /// <summary><see cref="char.ToLowerInvariant"/>, without a call into ICU for ASCII and Latin-1 letters.</summary>
    private static char Lower(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c + 32),
        < 'À' => c,
        <= 'Þ' and not '×' => (char)(c + 32),
        <= 'ÿ' => c,
        _ => char.ToLowerInvariant(c),
    };

    // the regex engine's \w: letters, digits, connector punctuation and combining marks
    private static bool IsWordChar(char c) =>
        c < 128 ? char.IsAsciiLetterOrDigit(c) || c == '_' : char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.ConnectorPunctuation;
}
