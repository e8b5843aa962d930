using System.Text;
using MarketGraph.Core.Claims;
using MarketGraph.Core.Documents;
using MarketGraph.Core.Entities;
using MarketGraph.Core.Ontology;
using MarketGraph.Core.Ports;
using ExtractionResult = MarketGraph.Core.Ports.Extraction;

namespace MarketGraph.Api.Tests;

/// <summary>Two short texts of our own, after the 2017 article of DESIGN.md: stakes, a supplier, an award.</summary>
public static class SampleGraph
{
    public const string Article = "L'État détient 23 % d'Orange. Orange détient 100 % de Cloudwatt. Huawei fournit à Orange une pile OpenStack pour son cloud public. Cloudwatt est bâtie sur OpenStack.";
    public const string Notice = "La DINSIC a attribué à Orange Business Services un marché IaaS. Orange Business Services est une filiale d'Orange. Huawei équipe aussi Deutsche Telekom en OpenStack.";

    public static readonly ExtractorInfo Extractor = new("api-test-seed", "1");

    public static EntityMention State => new("État", EntityKind.PublicBody) { Aliases = ["French State"], Country = "FR" };
    public static EntityMention Orange => new("Orange", EntityKind.Organization) { Country = "FR", Identifiers = new Dictionary<string, string> { ["siren"] = "380129866" } };
    public static EntityMention Cloudwatt => new("Cloudwatt", EntityKind.Organization) { Country = "FR" };
    public static EntityMention Huawei => new("Huawei", EntityKind.Organization) { Country = "CN" };
    public static EntityMention OpenStack => new("OpenStack", EntityKind.Technology);
    public static EntityMention Dinsic => new("DINSIC", EntityKind.PublicBody) { Country = "FR" };
    public static EntityMention Obs => new("Orange Business Services", EntityKind.Organization) { Country = "FR" };
    public static EntityMention Telekom => new("Deutsche Telekom", EntityKind.Organization) { Country = "DE" };

    public static Document ArticleDocument => Doc(Article, "Orange, l'État et Huawei", "https://example.org/orange-2017", new DateOnly(2017, 2, 1));
    public static Document NoticeDocument => Doc(Notice, "Marché IaaS de la DINSIC", "https://example.org/dinsic-iaas", new DateOnly(2018, 5, 1));

    public static async Task SeedAsync(IGraphStore store)
    {
        await store.IngestAsync(ArticleDocument, new ExtractionResult([State, Orange, Cloudwatt, Huawei, OpenStack],
        [
            Claim(RelationType.OwnsStake, State, Orange, Article, "L'État détient 23 % d'Orange.", 0.9, ("percent", 23)),
            Claim(RelationType.OwnsStake, Orange, Cloudwatt, Article, "Orange détient 100 % de Cloudwatt.", 0.9, ("percent", 100)),
            Claim(RelationType.Supplies, Huawei, Orange, Article, "Huawei fournit à Orange une pile OpenStack pour son cloud public.", 0.85, ("technology", "OpenStack")),
            Claim(RelationType.BuiltOn, Cloudwatt, OpenStack, Article, "Cloudwatt est bâtie sur OpenStack.", 0.8),
        ]));
        await store.IngestAsync(NoticeDocument, new ExtractionResult([Dinsic, Obs, Orange, Huawei, Telekom],
        [
            Claim(RelationType.AwardedContract, Dinsic, Obs, Notice, "La DINSIC a attribué à Orange Business Services un marché IaaS.", 0.95,
                ("subject", "IaaS"), ("value", 1200000), ("currency", "EUR"), ("date", "2018-04-15"), ("cpv", "72000000")),
            Claim(RelationType.SubsidiaryOf, Obs, Orange, Notice, "Orange Business Services est une filiale d'Orange.", 0.9),
            Claim(RelationType.Supplies, Huawei, Telekom, Notice, "Huawei équipe aussi Deutsche Telekom en OpenStack.", 0.8, ("technology", "OpenStack")),
        ]));
    }

    public static Document Doc(string text, string title, string url, DateOnly published) =>
        new(ContentHash.Of(Encoding.UTF8.GetBytes(text)), text, MediaTypes.PlainText)
        {
            Title = title,
            Url = url,
            Publisher = "MarketGraph tests",
            Published = published,
            Language = "fr",
            FetchedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        };

    public static Claim Claim(RelationType type, EntityMention subject, EntityMention obj, string text, string sentence, double confidence, params (string, object?)[] props)
    {
        var start = text.IndexOf(sentence, StringComparison.Ordinal);
        if (start < 0) throw new ArgumentException($"'{sentence}' is not in the text");
        return new Claim(type, subject, obj, ClaimProps.Of(props), Evidence.FromSpan(text, start, start + sentence.Length), Extractor, confidence);
    }
}
