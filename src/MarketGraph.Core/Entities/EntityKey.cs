using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace MarketGraph.Core.Entities;

/// <summary>
/// The normalised key two names must share to be the same entity: lower case, no accents, no leading
/// article (l', le, la, les, the), no legal form (SA, SAS, Inc, Ltd, GmbH…), punctuation folded to spaces.
/// The gold files' matching rule and the resolver both use it.
/// </summary>
public static partial class EntityKey
{
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "sa", "sas", "sasu", "sarl", "eurl", "sca", "sci", "se", "snc", "gie", "scop",
        "inc", "incorporated", "ltd", "limited", "llc", "llp", "plc", "corp", "corporation", "co",
        "gmbh", "ag", "kg", "bv", "nv", "spa", "srl", "ab", "as", "asa", "oy", "oyj", "pty", "sl", "kft",
    };

    /// <summary>Legal forms spelled out, removed as whole trailing phrases.</summary>
    private static readonly string[] LegalFormPhrases =
    [
        " societe anonyme", " societe par actions simplifiee", " societe par actions simplifiee unipersonnelle",
        " societe a responsabilite limitee", " public limited company", " limited liability company",
        " societe europeenne", " societe en commandite par actions",
    ];

    private static readonly string[] LeadingArticles = ["l ", "le ", "la ", "les ", "the "];

    public static string Normalise(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "";
        var folded = FoldAccents(name.Trim().ToLowerInvariant());
        // apostrophes of any kind glue "l'État" → "l etat"; other punctuation becomes space
        folded = NonWord().Replace(folded, " ").Trim();
        foreach (var article in LeadingArticles)
        {
            if (folded.StartsWith(article, StringComparison.Ordinal) && folded.Length > article.Length)
            {
                folded = folded[article.Length..];
                break;
            }
        }
        foreach (var phrase in LegalFormPhrases)
        {
            if (folded.EndsWith(phrase, StringComparison.Ordinal) && folded.Length > phrase.Length)
            {
                folded = folded[..^phrase.Length];
                break;
            }
        }
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && LegalForms.Contains(words[^1])) words.RemoveAt(words.Count - 1);
        // "S.A." folds to "s a": drop trailing one-letter legal-form fragments too
        if (words.Count > 2 && words[^1].Length == 1 && words[^2].Length == 1 && LegalForms.Contains(words[^2] + words[^1]))
            words.RemoveRange(words.Count - 2, 2);
        return string.Join(' ', words);
    }

    public static string FoldAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        }
        return sb.ToString().Normalize(NormalizationForm.FormC)
            .Replace('œ', 'o').Replace("æ", "ae").Replace('ß', 's');
    }

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}
