namespace MarketGraph.Crawlers.Sources;

/// <summary>How a source's notices are kept by their CPV codes (catalogue key <c>cloudFilter</c>).</summary>
public enum CloudFilterMode
{
    /// <summary><c>"none"</c>: every notice is kept.</summary>
    None,
    /// <summary><c>"cpv"</c>: a notice is kept only when one of its CPV codes is on the cloud list (what <c>cloudOnly: true</c> means).</summary>
    Cpv,
    /// <summary>
    /// <c>"cpv-when-present"</c>: as <see cref="Cpv"/>, but a notice without any CPV code is kept. For sources whose
    /// query already selects IT purchases and whose notices often carry no CPV (BOAMP open data, filtered on the
    /// "Informatique" descriptor).
    /// </summary>
    CpvWhenPresent,
}

public static class CloudFilterModes
{
    public static readonly IReadOnlyDictionary<string, CloudFilterMode> ByName = new Dictionary<string, CloudFilterMode>(StringComparer.OrdinalIgnoreCase)
    {
        ["none"] = CloudFilterMode.None,
        ["cpv"] = CloudFilterMode.Cpv,
        ["cpv-when-present"] = CloudFilterMode.CpvWhenPresent,
    };
}
