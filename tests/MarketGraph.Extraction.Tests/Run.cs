using MarketGraph.Core.Documents;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Extraction.Tests;

using Extraction = MarketGraph.Core.Ports.Extraction;

internal static class Run
{
    private static readonly TextClaimExtractor Extractor = new();

    /// <summary>The shipped name model without the relation models: what the patterns alone find.</summary>
    private static readonly TextClaimExtractor Patterns = new(ActorCatalog.Default, model: null, names: NameModel.Default);

    public static Extraction Extract(string text, string? language = null) =>
        Extractor.Extract(new Document("test", text, MediaTypes.PlainText) { Language = language });

    public static Extraction ExtractByPatterns(string text) => Patterns.Extract(new Document("test", text, MediaTypes.PlainText));

    /// <summary>Claims at or above the default threshold (0.5).</summary>
    public static bool Has(Extraction e, RelationType type, string subject, string obj) =>
        e.Claims.Any(c => c.Type == type && c.Confidence >= 0.5 && c.Subject.Name == subject && c.Object.Name == obj);

    public static string Dump(Extraction e) =>
        string.Join("\n", e.Claims.Select(c => $"{c.Type} {c.Subject.Name} -> {c.Object.Name} ({c.Confidence}) {c.Props.ToJson()}"));
}
