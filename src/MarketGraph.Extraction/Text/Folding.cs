using System.Globalization;
using System.Text;

namespace MarketGraph.Extraction.Text;

/// <summary>Lower-cases and strips accents character by character, so offsets in the folded text are offsets in the original.</summary>
public static class Folding
{
    public static string Fold(string text)
    {
        var chars = new char[text.Length];
        for (var i = 0; i < text.Length; i++) chars[i] = FoldChar(text[i]);
        return new string(chars);
    }

    public static char FoldChar(char c) => c < Table.Length ? Table[c] : Compute(c);

    // the scripts and punctuation of European text folded once (the decomposition below allocates; looked up,
    // folding is an array read); rarer characters are folded as they come
    private static readonly char[] Table = Build(0x3000);

    private static char[] Build(int size)
    {
        var table = new char[size];
        for (var i = 0; i < size; i++) table[i] = Compute((char)i);
        return table;
    }

    private static char Compute(char c)
    {
        if (c < 128) return char.ToLowerInvariant(c);
        if (char.IsSurrogate(c)) return c;
        switch (c)
        {
            case '\u00a0': case '\u202f': case '\u2009': return ' ';
            case '\u2019': case '\u2018': case '\u02bc': return '\'';
            case '\u2010': case '\u2011': case '\u2013': return '-';
            case 'œ': case 'Œ': return 'o';
            case 'æ': case 'Æ': return 'a';
        }
        string decomposed;
        try
        {
            decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            return c; // a non-character (U+FFFE…): nothing to fold
        }
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark) return char.ToLowerInvariant(d);
        }
        return char.ToLowerInvariant(c);
    }
}
