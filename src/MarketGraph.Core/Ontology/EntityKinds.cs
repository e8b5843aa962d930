namespace MarketGraph.Core.Ontology;

public static class EntityKinds
{
    /// <summary>Short prefix used in entity ids ("org:orange").</summary>
    public static string IdPrefix(this EntityKind kind) => kind switch
    {
        EntityKind.Organization => "org",
        EntityKind.PublicBody => "pub",
        EntityKind.Person => "per",
        EntityKind.Technology => "tech",
        EntityKind.Offering => "off",
        EntityKind.Country => "cty",
        EntityKind.Contract => "ctr",
        EntityKind.Document => "doc",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static bool TryParse(string? text, out EntityKind kind)
    {
        kind = default;
        return !string.IsNullOrWhiteSpace(text)
            && Enum.TryParse(text.Replace("_", "").Trim(), ignoreCase: true, out kind)
            && Enum.IsDefined(kind);
    }
}
