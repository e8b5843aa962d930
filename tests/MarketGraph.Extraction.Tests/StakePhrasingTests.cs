using MarketGraph.Core.Ontology;

namespace MarketGraph.Extraction.Tests;

/// <summary>Stakes told by a company's list of shareholders, named or through "its"/"ses": the rules' reading and the engine's as shipped.</summary>
public class StakePhrasingTests
{
    [Theory]
    [InlineData("NumSpot opened a new cloud region in Lyon last week. Its largest shareholder is Docaposte, and Bouygues Telecom is also an investor.", "Docaposte", "NumSpot")]
    [InlineData("Kelbrane's main investors include Ardian and Eurazeo.", "Eurazeo", "Kelbrane")]
    [InlineData("Kervane a ouvert un site à Lyon en mars. Ses actionnaires sont le fonds Ardian et Eurazeo.", "Ardian", "Kervane")]
    public void A_stake_told_by_the_companys_shareholders(string text, string owner, string company)
    {
        foreach (var e in new[] { Run.ExtractByPatterns(text), Run.Extract(text) })
            Assert.True(Run.Has(e, RelationType.OwnsStake, owner, company), Run.Dump(e));
    }
}
