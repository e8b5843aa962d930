using System.Text;
using MarketGraph.Core.Entities;

namespace MarketGraph.Neo4j;

/// <summary>
/// A Lucene query for Neo4j's full-text indexes from free text: each word accent-folded, lower-cased and escaped,
/// matched as itself or as a prefix, all words required. User text never reaches Lucene's syntax unescaped.
/// </summary>
public static class LuceneQuery
{
    private const string Special = "+-&|!(){}[]^\"~*?:\\/";

    public static string? From(string text)
    {
        var words = EntityKey.FoldAccents(text.ToLowerInvariant())
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(Escape).Where(w => w.Length > 0).ToList();
        if (words.Count == 0) return null;
        return string.Join(" AND ", words.Select(w => $"({w} OR {w}*)"));
    }

    private static string Escape(string word)
    {
        var sb = new StringBuilder();
        foreach (var c in word)
        {
            if (char.IsControl(c)) continue;
            if (Special.Contains(c)) sb.Append('\\');
            sb.Append(c);
        }
        // a word that is only punctuation would be a bare operator: drop it
        return sb.ToString().Any(char.IsLetterOrDigit) ? sb.ToString() : "";
    }
}
