using System.Globalization;
using System.Xml.Linq;

namespace MarketGraph.Crawlers.Notices;

internal static class XmlHelpers
{
    public static string? Text(this XElement? e) => e is null ? null : Normalise(e.Value);

    public static string? Normalise(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        if (IsNormal(s)) return s;
        return string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    // the common case, already single-spaced: no split and join
    private static bool IsNormal(string s)
    {
        if (char.IsWhiteSpace(s[0]) || char.IsWhiteSpace(s[^1])) return false;
        for (var i = 1; i < s.Length; i++)
        {
            if (char.IsWhiteSpace(s[i]) && (s[i] != ' ' || s[i - 1] == ' ')) return false;
        }
        return true;
    }

    public static decimal? Decimal(string? s) =>
        decimal.TryParse(s?.Trim().Replace(" ", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : null;

    /// <summary>Dates as notices write them: "2024-10-10+02:00", "2023-08-10Z", "20180915", "2019-01-29+01:00", ISO date-times.</summary>
    public static DateOnly? Date(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        s = s.Trim();
        if (s.Length == 8 && s.All(char.IsDigit))
            return DateOnly.TryParseExact(s, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var c) ? c : null;
        if (s.Length >= 10 && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        return null;
    }
}
