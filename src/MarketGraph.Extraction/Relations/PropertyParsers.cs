using System.Globalization;
using System.Text.RegularExpressions;

namespace MarketGraph.Extraction;

/// <summary>Dates, percentages and titles as claim properties.</summary>
internal static partial class PropertyParsers
{
    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["janvier"] = 1, ["février"] = 2, ["fevrier"] = 2, ["mars"] = 3, ["avril"] = 4, ["mai"] = 5, ["juin"] = 6,
        ["juillet"] = 7, ["août"] = 8, ["aout"] = 8, ["septembre"] = 9, ["octobre"] = 10, ["novembre"] = 11,
        ["décembre"] = 12, ["decembre"] = 12, ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4,
        ["may"] = 5, ["june"] = 6, ["july"] = 7, ["august"] = 8, ["september"] = 9, ["october"] = 10,
        ["november"] = 11, ["december"] = 12,
    };

    /// <summary>First date in the text: "12 mars 2015" → 2015-03-12, "March 2015" → 2015-03, "en 2015" → 2015.</summary>
    public static string? Date(string text)
    {
        var m = DayMonthYear().Match(text);
        if (m.Success && Months.TryGetValue(m.Groups["m"].Value, out var month))
        {
            var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (m.Groups["d"].Success && int.TryParse(m.Groups["d"].Value, out var day) && day is >= 1 and <= 31)
                return $"{year:D4}-{month:D2}-{day:D2}";
            return $"{year:D4}-{month:D2}";
        }
        var y = YearOnly().Match(text);
        return y.Success ? y.Groups["y"].Value : null;
    }

    public static object? Percent(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (!double.TryParse(text.Replace(',', '.').Replace('·', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || v is < 0 or > 100) return null;
        return v == Math.Floor(v) ? (long)v : v;
    }

    public static string CleanTitle(string title)
    {
        var t = LeadingDeterminer().Replace(title.Trim(), "");
        return t.Trim(' ', ',', '-', '–');
    }

    public static bool IsFormer(string title) => Former().IsMatch(title);

    [GeneratedRegex(@"\b(?:(?<d>\d{1,2})(?:er|st|nd|rd|th)?\s+)?(?<m>janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|january|february|march|april|may|june|july|august|september|october|november|december)\s+(?<y>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?:en|in|depuis|since|dès|fin|début|mi-)\s*(?<y>(?:19|20)\d{2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex YearOnly();

    // a whole word only: "ancienne directrice" keeps its "a"
    [GeneratedRegex(@"^(?:l['’]\s*|(?:le|la|the|a|an|son|sa|its|leur|their|notre|our)\b\s*)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingDeterminer();

    [GeneratedRegex(@"\b(?:ex-|ancien|ancienne|former|then-|previously|jusqu|after serving|after spending|après avoir été|après avoir passé)", RegexOptions.IgnoreCase)]
    private static partial Regex Former();
}
