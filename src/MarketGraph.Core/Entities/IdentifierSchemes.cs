namespace MarketGraph.Core.Entities;

public static class IdentifierSchemes
{
    public const string Siren = "siren";
    public const string Siret = "siret";
    public const string Vat = "vat";
    public const string Lei = "lei";
    public const string TedOrganisation = "ted-org";
    public const string NationalId = "national-id";
}
