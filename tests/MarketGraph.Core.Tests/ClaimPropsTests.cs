using MarketGraph.Core.Claims;
using MarketGraph.Core.Graph;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Core.Tests;

public class ClaimPropsTests
{
    [Fact]
    public void Props_round_trip_through_json_with_their_types()
    {
        var props = ClaimProps.Of(("percent", 23), ("current", false), ("date", new DateOnly(2015, 3, 1)), ("technology", "OpenStack"), ("value", 1.5m), ("none", null));
        var back = ClaimProps.FromJson(props.ToJson());
        Assert.Equal(23L, back["percent"]);
        Assert.Equal(false, back["current"]);
        Assert.Equal("2015-03-01", back["date"]);
        Assert.Equal(1.5, back["value"]);
        Assert.False(back.ContainsKey("none"));
        Assert.Equal(23.0, back.GetDouble("percent"));
    }

    [Fact]
    public void Json_keeps_accents_readable() =>
        Assert.Contains("Télécom", ClaimProps.Of(("topic", "Télécom")).ToJson());

    [Fact]
    public void Symmetric_edges_and_fingerprints_ignore_direction()
    {
        Assert.Equal(Edge.IdFor(RelationType.PartnersWith, "org:a", "org:b"), Edge.IdFor(RelationType.PartnersWith, "org:b", "org:a"));
        Assert.NotEqual(Edge.IdFor(RelationType.Supplies, "org:a", "org:b"), Edge.IdFor(RelationType.Supplies, "org:b", "org:a"));
        Assert.Equal(ClaimFingerprint.Of(RelationType.PartnersWith, "org:a", "org:b", "A  et B"),
            ClaimFingerprint.Of(RelationType.PartnersWith, "org:b", "org:a", "a et b"));
    }
}
