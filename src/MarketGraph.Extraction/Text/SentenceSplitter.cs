namespace MarketGraph.Extraction;

/// <summary>
/// Splits text into sentence spans (offsets into the text, trimmed). Survives abbreviations ("M.", "Inc.",
/// "e.g."), initials, decimals, "23 %", quotes and « » guillemets, non-breaking spaces; paragraph breaks
/// always end a sentence. Sentences longer than <see cref="MaxSentenceLength"/> are cut at a space so
/// text without punctuation costs bounded work per piece.
/// </summary>
public static class SentenceSplitter
{
    public const int MaxSentenceLength = 1000;

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "mr", "mrs", "ms", "prof", "st", "ste", "sr", "jr",
        "inc", "ltd", "corp", "co", "cie", "etc", "vs", "cf", "ex", "env", "no", "n°", "p", "pp", "vol", "fig",
        "av", "bd", "art", "al", "ed", "éd", "dept", "gen", "gén", "col", "lt", "sgt", "rev", "est", "approx",
        "jan", "feb", "fév", "févr", "apr", "avr", "aug", "sept", "oct", "nov", "dec", "déc", "janv", "juil",
        "e.g", "i.e", "u.s", "u.k", "n.b",
    };

    public static List<TextSpan> Split(string text)
    {
        var result = new List<TextSpan>();
        var start = 0;
        var n = text.Length;
        var i = 0;
        while (i < n)
        {
            var c = text[i];
            if (c == '\n')
            {
                var j = i + 1;
                while (j < n && text[j] is ' ' or '\t' or '\r' or '\u00A0') j++;
                var blankLine = j < n && text[j] == '\n';
                var prev = PreviousNonSpace(text, i, start);
                var nextStartsSentence = j < n && StartsSentence(text[j]);
                if (blankLine || (nextStartsSentence && (prev is '.' or '!' or '?' or ':' or '»' or '"' or '”' || (prev != ',' && !char.IsLower(text[j])))))
                {
                    Add(text, result, start, i);
                    start = j;
                    i = j;
                    continue;
                }
            }
            else if (c is '.' or '!' or '?' or '…')
            {
                var j = i + 1;
                while (j < n && text[j] is '.' or '!' or '?' or '…') j++;
                while (j < n && (text[j] is '»' or '"' or '”' or '’' or ')' or ']' or '\'' || (text[j] is ' ' or '\u00A0' or '\u202F' && j + 1 < n && text[j + 1] == '»'))) j++;
                var k = j;
                while (k < n && text[k] is ' ' or '\t' or '\u00A0' or '\u202F' or '\r') k++;
                if (k == n || (k > j && StartsSentence(text[k]) && !(c == '.' && IsAbbreviation(text, i, start))) || (k < n && text[k] == '\n'))
                {
                    Add(text, result, start, j);
                    start = k;
                    i = k;
                    continue;
                }
            }
            if (i - start >= MaxSentenceLength)
            {
                var cut = text.LastIndexOf(' ', i, Math.Min(200, i - start));
                if (cut <= start) cut = i;
                Add(text, result, start, cut);
                start = cut;
            }
            i++;
        }
        Add(text, result, start, n);
        return result;
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '«' or '"' or '“' or '(' or '[' or '‘' or '\'' or '-' or '–' or '—' or '•';

    private static char PreviousNonSpace(string text, int i, int floor)
    {
        for (var j = i - 1; j >= floor; j--)
        {
            if (!char.IsWhiteSpace(text[j])) return text[j];
        }
        return '\0';
    }

    /// <summary>The word before the dot is a known abbreviation or a single capital initial ("J.").</summary>
    private static bool IsAbbreviation(string text, int dot, int floor)
    {
        var s = dot;
        while (s > floor && (char.IsLetter(text[s - 1]) || text[s - 1] == '.' || text[s - 1] == '°')) s--;
        if (s == dot) return false;
        var word = text[s..dot];
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        return Abbreviations.Contains(word);
    }

    private static void Add(string text, List<TextSpan> result, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start) result.Add(new TextSpan(start, end));
    }
}
