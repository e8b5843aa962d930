using System.Text.RegularExpressions;

namespace MarketGraph.Crawlers.Notices;

/// <summary>Cleans names as notices write them: consortium roles "(mandataire)", spacing.</summary>
public static partial class PartyNames
{
    public static string Clean(string name)
    {
        var cleaned = Role().Replace(name, " ");
        return Spaces().Replace(cleaned, " ").Trim(' ', '-', ',', ';');
    }

    [GeneratedRegex(@"\(\s*(mandataire|co-?traitant|cotraitante|co-?traitante|membre du groupement|groupement)\s*\)|\b(mandataire|co-?traitant)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Role();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
