using System.Text;

namespace MarketGraph.Sqlite;

/// <summary>
/// Turns what a user typed into a safe FTS5 query: every word becomes a quoted term (so FTS5 operators and
/// quotes in the input mean nothing), the last one a prefix, all required.
/// </summary>
public static class FtsQuery
{
    public static string? From(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var terms = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) current.Append(c);
            else if (current.Length > 0) { terms.Add(current.ToString()); current.Clear(); }
        }
        if (current.Length > 0) terms.Add(current.ToString());
        if (terms.Count == 0) return null;
        // elided articles ("l'État", "d'Orange") are not worth requiring
        if (terms.Any(t => t.Length > 1)) terms = terms.Where(t => t.Length > 1).ToList();
        if (terms.Count > 16) terms = terms[..16];
        return string.Join(' ', terms.Select((t, i) => i == terms.Count - 1 ? $"\"{t}\"*" : $"\"{t}\""));
    }
}
