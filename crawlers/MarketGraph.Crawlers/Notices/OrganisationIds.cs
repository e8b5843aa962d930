using System.Text.RegularExpressions;
using MarketGraph.Core.Entities;

namespace MarketGraph.Crawlers.Notices;

/// <summary>Sorts the raw identifiers notices give into the schemes the resolver matches on.</summary>
public static partial class OrganisationIds
{
    public static Dictionary<string, string> Classify(string? id, string? country = null, string? declaredScheme = null)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(id)) return ids;
        var raw = id.Trim();
        var compact = Spaces().Replace(raw, "");
        var scheme = declaredScheme?.Trim().ToUpperInvariant();
        if (scheme is "TVA" or "VAT" || VatLike().IsMatch(compact))
        {
            ids[IdentifierSchemes.Vat] = compact.ToUpperInvariant();
        }
        else if (Digits().IsMatch(compact) && compact.Length == 14 && (country is null or "FR" or "FRA" || scheme == "SIRET"))
        {
            ids[IdentifierSchemes.Siret] = compact;
            ids[IdentifierSchemes.Siren] = compact[..9];
        }
        else if (Digits().IsMatch(compact) && compact.Length == 9 && (country is "FR" or "FRA" || scheme == "SIREN"))
        {
            ids[IdentifierSchemes.Siren] = compact;
        }
        else if (scheme == "LEI" || (compact.Length == 20 && Lei().IsMatch(compact)))
        {
            ids[IdentifierSchemes.Lei] = compact;
        }
        else if (compact.Any(char.IsDigit))
        {
            ids[IdentifierSchemes.NationalId] = country is { Length: > 0 } ? $"{country}:{raw}" : raw;
        }
        return ids;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^[0-9]+$")]
    private static partial Regex Digits();

    // EU VAT numbers: a country prefix then 8–12 digits/letters with at least 7 digits (FR12345678901, DE176071460)
    [GeneratedRegex(@"^(AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI)[0-9A-Z]{2}[0-9]{6,10}$", RegexOptions.IgnoreCase)]
    private static partial Regex VatLike();

    [GeneratedRegex(@"^[0-9A-Z]{18}[0-9]{2}$")]
    private static partial Regex Lei();
}
