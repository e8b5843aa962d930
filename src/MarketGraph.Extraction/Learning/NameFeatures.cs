namespace MarketGraph.Extraction;

/// <summary>
/// The features of a capitalised run of words for <see cref="NameModel"/>: its words, first and last word, shapes,
/// length, whether it opens with a known first name, and the words and punctuation around it.
/// </summary>
internal static class NameFeatures
{
    public static List<string> Of(string text, TextSpan sentence, List<TextSpan> tokens, string[] words, string[] folded, int start, int count)
    {
        var end = start + count - 1;
        var f = new List<string>(32) { "n=" + Math.Min(count, 4), "first=" + folded[start], "last=" + folded[end] };
        for (var k = start; k <= end; k++)
        {
            f.Add("w=" + folded[k]);
            f.Add("shape=" + Shape(words[k]));
        }
        var last = folded[end];
        f.Add("suf=" + (last.Length > 3 ? last[^3..] : last));
        var firstWord = words[start];
        var hyphen = firstWord.IndexOf('-');
        if (Lexicons.FirstNames.Contains(firstWord) || hyphen > 0 && Lexicons.FirstNames.Contains(firstWord[..hyphen])) f.Add("firstname");
        if (count >= 2 && Lexicons.GenericNameEndings.Contains(words[end])) f.Add("ending");
        if (start == 0) f.Add("initial");
        f.Add("p1=" + (start >= 1 ? folded[start - 1] : "^"));
        f.Add("p2=" + (start >= 2 ? folded[start - 2] + "_" + folded[start - 1] : "^"));
        f.Add("n1=" + (end + 1 < words.Length ? folded[end + 1] : "$"));
        f.Add("n2=" + (end + 2 < words.Length ? folded[end + 1] + "_" + folded[end + 2] : "$"));
        f.Add("pc=" + Punctuation(text, start >= 1 ? tokens[start - 1].End : sentence.Start, tokens[start].Start));
        f.Add("nc=" + Punctuation(text, tokens[end].End, end + 1 < tokens.Count ? tokens[end + 1].Start : sentence.End));
        return f;
    }

    /// <summary>"Xx", "XX", "X0", "xX"… with runs collapsed: the look of a word.</summary>
    private static string Shape(string word)
    {
        var shape = new System.Text.StringBuilder(6);
        foreach (var c in word)
        {
            var s = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? '0' : c;
            if (shape.Length == 0 || shape[^1] != s) shape.Append(s);
            if (shape.Length == 6) break;
        }
        return shape.ToString();
    }

    private static string Punctuation(string text, int from, int to)
    {
        var gap = text.AsSpan(from, Math.Max(0, to - from)).Trim();
        return gap.Length == 0 ? "_" : gap[..Math.Min(2, gap.Length)].ToString().Replace('’', '\'');
    }
}
