using System.Text.RegularExpressions;
using MarketGraph.Extraction.Text;

namespace MarketGraph.Extraction.Entities;

/// <summary>
/// Finds the reference list's names and aliases in text with one compiled, accent- and case-folded regex.
/// Acronyms must match their case exactly, and one-word names must start with a capital in the text, so
/// "bleu" or "orange" as common words are not companies.
/// </summary>
public sealed class Gazetteer
{
    private readonly Regex _regex;
    private readonly Dictionary<string, (ReferenceActor Actor, string Alias)> _byFolded;

    public Gazetteer(ReferenceList list)
    {
        _byFolded = new Dictionary<string, (ReferenceActor, string)>(StringComparer.Ordinal);
        foreach (var actor in list.Actors)
        {
            foreach (var alias in actor.Aliases.Prepend(actor.Name))
            {
                var folded = Folding.Fold(alias.Trim());
                if (folded.Length > 1) _byFolded.TryAdd(folded, (actor, alias.Trim()));
            }
        }
        var alternation = string.Join('|', _byFolded.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        _regex = new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{alternation})(?![\p{{L}}\p{{N}}])", RegexOptions.Compiled | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(5));
    }

    public IEnumerable<Mention> Find(string text, string folded)
    {
        foreach (Match m in _regex.Matches(folded))
        {
            var (actor, alias) = _byFolded[m.Value];
            var surface = text.Substring(m.Index, m.Length);
            if (!Acceptable(alias, surface)) continue;
            yield return new Mention(m.Index, m.Index + m.Length, actor.ToMention(), MentionSource.Reference);
        }
    }

    private static bool Acceptable(string alias, string surface)
    {
        var isAcronym = alias.Length <= 6 && alias.Count(char.IsUpper) >= 2 && !alias.Any(char.IsLower);
        if (isAcronym) return string.Equals(alias, surface, StringComparison.Ordinal);
        var name = surface.Length > 2 && surface[0] is 'l' or 'L' && surface[1] is '\'' or '’' ? surface[2..] : surface;
        var firstLetter = name.FirstOrDefault(char.IsLetter);
        return alias.Contains(' ') && !alias.StartsWith("l'", StringComparison.OrdinalIgnoreCase)
            ? surface.Any(char.IsUpper)
            : char.IsUpper(firstLetter);
    }
}
