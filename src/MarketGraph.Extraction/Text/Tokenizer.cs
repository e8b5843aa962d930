namespace MarketGraph.Extraction;

/// <summary>
/// Word tokens: runs of letters and digits, joined across an inner hyphen, ampersand, dot or slash
/// ("T-Systems", "AT&amp;T", "Amazon.com", "24/7"; "Dell/Nutanix" is two names). Apostrophes split ("d'Orange" → "d", "Orange").
/// </summary>
public static class Tokenizer
{
    public static IEnumerable<TextSpan> Words(string text) => Words(text, 0, text.Length);

    public static IEnumerable<TextSpan> Words(string text, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var s = i;
            while (i < end)
            {
                if (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark) { i++; continue; }
                if (text[i] is '-' or '&' or '.' or '/' && i + 1 < end && char.IsLetterOrDigit(text[i + 1])
                    && (text[i] != '.' || char.IsLetter(text[i + 1]) && char.IsLower(text[i + 1]))
                    && (text[i] != '/' || char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]))) { i++; continue; }
                break;
            }
            yield return new TextSpan(s, i);
        }
    }

    /// <summary>Fills <paramref name="into"/> (cleared first) with the word tokens of a range.</summary>
    public static void Words(string text, int start, int end, List<TextSpan> into)
    {
        into.Clear();
        foreach (var t in Words(text, start, end)) into.Add(t);
    }

    /// <summary>Whether "'s" (or "’s") starts at <paramref name="index"/> and ends a word before <paramref name="end"/>: "Orange's".</summary>
    internal static bool IsPossessiveAt(string text, int index, int end) =>
        index + 1 < end && text[index] is '\'' or '’' && text[index + 1] == 's' && (index + 2 == end || !char.IsLetter(text[index + 2]));
}
