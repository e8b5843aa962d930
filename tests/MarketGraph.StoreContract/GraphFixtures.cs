using System.Text;
using MarketGraph.Core.Claims;
using MarketGraph.Core.Documents;
using MarketGraph.Core.Entities;
using MarketGraph.Core.Ontology;
using MarketGraph.Core.Ports;

namespace MarketGraph.StoreContract;

/// <summary>Small documents and claims written for the contract suite (our own sentences).</summary>
public static class GraphFixtures
{
    public static readonly ExtractorInfo Extractor = new("contract-fixture", "1");

    public static EntityMention Org(string name, params string[] aliases) => new(name, EntityKind.Organization) { Aliases = aliases };

    public static EntityMention Body(string name, params string[] aliases) => new(name, EntityKind.PublicBody) { Aliases = aliases };

    public static EntityMention Tech(string name) => new(name, EntityKind.Technology);

    public static Document Doc(string text, DateOnly? published = null, string? title = null, string? url = null) =>
        new(ContentHash.Of(Encoding.UTF8.GetBytes(text)), text, MediaTypes.PlainText)
        {
            Title = title ?? text.Split('.')[0],
            Url = url ?? $"https://example.org/{ContentHash.Of(Encoding.UTF8.GetBytes(text))[..8]}",
            Published = published,
            FetchedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
            Publisher = "Fixture Press",
            SourceName = "fixtures",
        };

    /// <summary>A claim whose evidence is the sentence of <paramref name="doc"/> that contains <paramref name="quoteFragment"/>.</summary>
    public static Claim Claim(Document doc, RelationType type, EntityMention subject, EntityMention obj, string quoteFragment,
        ClaimProps? props = null, double confidence = 0.9)
    {
        var at = doc.Text.IndexOf(quoteFragment, StringComparison.Ordinal);
        if (at < 0) throw new ArgumentException($"'{quoteFragment}' is not in the fixture text");
        var start = doc.Text.LastIndexOf(". ", at, StringComparison.Ordinal) is var s and >= 0 ? s + 2 : 0;
        var end = doc.Text.IndexOf('.', at + quoteFragment.Length - 1) is var e and >= 0 ? e + 1 : doc.Text.Length;
        return new Claim(type, subject, obj, props ?? ClaimProps.Empty, Evidence.FromSpan(doc.Text, start, end), Extractor, confidence);
    }

    public static Extraction With(params Claim[] claims) =>
        new(claims.SelectMany(c => new[] { c.Subject, c.Object }).ToList(), claims);
}
