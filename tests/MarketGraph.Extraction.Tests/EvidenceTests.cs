using MarketGraph.Core.Ontology;

namespace MarketGraph.Extraction.Tests;

public class EvidenceTests
{
    [Fact]
    public void Evidence_is_the_verbatim_sentence_at_its_offsets()
    {
        var text = "Titre de l'article\n\nLe marché bouge. « C'est clair », dit-on.\u00A0Orange détient 23\u00A0% de Nubilo, une société de cloud. La suite demain.";
        var e = Run.Extract(text, "fr");
        var claim = Assert.Single(e.Claims, c => c.Type == RelationType.OwnsStake);
        Assert.Equal(claim.Evidence.Quote, text[claim.Evidence.Start..claim.Evidence.End]);
        Assert.StartsWith("Orange détient", claim.Evidence.Quote);
        Assert.EndsWith("société de cloud.", claim.Evidence.Quote);
    }

    [Fact]
    public void Every_claim_carries_the_extractor_and_a_confidence_in_range()
    {
        var e = Run.Extract("Atos acquired Ventora, a cloud provider. Marc Vidal, CEO of Atos, confirmed it.", "en");
        Assert.NotEmpty(e.Claims);
        Assert.All(e.Claims, c =>
        {
            Assert.Equal("marketgraph-text", c.Extractor.Name);
            Assert.False(string.IsNullOrEmpty(c.Extractor.Version));
            Assert.InRange(c.Confidence, 0, 1);
            Assert.Equal(c.Evidence.Quote, "Atos acquired Ventora, a cloud provider. Marc Vidal, CEO of Atos, confirmed it."[c.Evidence.Start..c.Evidence.End]);
        });
    }

    [Fact]
    public void Extractor_accepts_plain_text_and_html_but_not_notices()
    {
        var x = new TextClaimExtractor();
        Assert.True(x.CanExtract(new("h", "t", "text/plain")));
        Assert.True(x.CanExtract(new("h", "t", "text/html")));
        Assert.False(x.CanExtract(new("h", "t", "application/vnd.ted.eforms+xml")));
        Assert.Equal("marketgraph-text", x.Info.Name);
    }
}
