namespace MarketGraph.Core.Claims;

/// <summary>Which extractor, at which version, produced a claim (so claims can be re-extracted and compared).</summary>
public sealed record ExtractorInfo(string Name, string Version)
{
    public override string ToString() => $"{Name}/{Version}";
}
