namespace MarketGraph.Core.Ingestion;

public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Claims below this confidence are not stored (hedged or planned facts score below it).</summary>
    public double MinConfidence { get; set; } = 0.5;
}
