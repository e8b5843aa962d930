using MarketGraph.Core.Ontology;

namespace MarketGraph.Extraction.Tests;

public class HedgingTests
{
    [Theory]
    [InlineData("Orange n'a pas racheté Nubilo, une société de cloud.", RelationType.Acquired, "Orange", "Nubilo")]
    [InlineData("Atos did not acquire Ventora, a cloud provider.", RelationType.Acquired, "Atos", "Ventora")]
    [InlineData("Orange pourrait racheter Nubilo, une société de cloud.", RelationType.Acquired, "Orange", "Nubilo")]
    [InlineData("Orange envisage de racheter la société Nubilo.", RelationType.Acquired, "Orange", "Nubilo")]
    [InlineData("Atos aims to acquire Ventora, a cloud provider, next year.", RelationType.Acquired, "Atos", "Ventora")]
    [InlineData("If the deal closes, Thales would hold 40% of Ventora, a cloud provider.", RelationType.OwnsStake, "Thales", "Ventora")]
    [InlineData("Thales and Atos are planning to partner with Scaleway on storage.", RelationType.PartnersWith, "Atos", "Scaleway")]
    public void Negated_or_hypothetical_relations_stay_below_the_default_threshold(string text, RelationType type, string s, string o)
    {
        var e = Run.Extract(text);
        Assert.False(Run.Has(e, type, s, o), Run.Dump(e));
    }

    [Fact]
    public void The_same_sentence_without_the_hedge_gives_the_claim()
    {
        var e = Run.Extract("Orange a racheté Nubilo, une société de cloud.");
        Assert.True(Run.Has(e, RelationType.Acquired, "Orange", "Nubilo"), Run.Dump(e));
    }
}
