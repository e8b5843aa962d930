using MarketGraph.Core.Documents;
using MarketGraph.Core.Entities;
using MarketGraph.Core.Ontology;
using MarketGraph.Crawlers.Notices;

namespace MarketGraph.Crawlers.Tests;

public class NoticeParserTests
{
    [Fact]
    public void Eforms_real_belgian_award_gives_winners_per_lot_with_values_and_cpv()
    {
        var (doc, x) = Fixture.Extract("procurement/ted-eforms/real_can29_2024-OJS198-00611835_BE_cloud-servers.xml");
        Assert.Equal(MediaTypes.TedEforms, doc.MediaType);
        Assert.Equal(new DateOnly(2024, 10, 10), doc.Published);
        Assert.Equal("nl", doc.Language);
        Fixture.AssertEvidence(doc, x);
        Assert.All(x.Claims, c => Assert.Equal(RelationType.AwardedContract, c.Type));
        // 4 co-buyers × 2 winners (DVIT: lots 1, 4, 6; 3D-ICT: lots 2, 3); lot 5 closed without a winner
        Assert.Equal(8, x.Claims.Count);
        var dvit = x.Claims.First(c => c.Object.Name == "DVIT" && c.Subject.Name == "Service de Médiation pour le Consommateur");
        Assert.Equal(EntityKind.PublicBody, dvit.Subject.Kind);
        Assert.Equal(4535.88 + 714 + 767.3, dvit.Props.GetDouble("value")!.Value, 3);
        Assert.Equal("EUR", dvit.Props.GetString("currency"));
        Assert.Equal("00611835-2024", dvit.Props.GetString("contractId"));
        Assert.Equal("LOT-0001,LOT-0004,LOT-0006", dvit.Props.GetString("lots"));
        Assert.Equal("2024-10-07", dvit.Props.GetString("date"));
        Assert.Equal("29", dvit.Props.GetString("noticeSubtype"));
        Assert.Equal("DVIT", dvit.Evidence.Quote);
        Assert.Equal("BEL:0461145522", dvit.Object.Identifiers[IdentifierSchemes.NationalId]);
        Assert.Equal(0.95, dvit.Confidence);
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.Contract && e.Identifiers["notice-id"] == "00611835-2024");
        var notice = new TedEformsParser().Parse(doc.Text, "t");
        Assert.Contains("48820000", notice.Cpv);
        Assert.Contains("72415000", notice.Cpv);
        Assert.Equal(6, notice.Lots.Count);
        Assert.True(CloudCpvFilter.Default.Matches(notice.Cpv));
    }

    [Fact]
    public void Eforms_maximal_consortium_makes_every_member_a_winner()
    {
        var (doc, x) = Fixture.Extract("procurement/ted-eforms/sdk_can_24_maximal.xml");
        Fixture.AssertEvidence(doc, x);
        var winners = x.Claims.Select(c => c.Object.Name).Distinct().ToList();
        Assert.Contains("Gyro Soft SA", winners);
        Assert.True(winners.Count >= 2, string.Join(", ", winners));
        Assert.All(x.Claims, c => Assert.NotNull(c.Props.GetString("contractId")));
    }

    [Fact]
    public void Eforms_minimal_french_award()
    {
        var (doc, x) = Fixture.Extract("procurement/ted-eforms/sdk_can_24_minimal.xml");
        Fixture.AssertEvidence(doc, x);
        var claim = Assert.Single(x.Claims);
        Assert.Equal("Rouen Habitat", claim.Subject.Name);
        Assert.Equal("77310000", claim.Props.GetString("cpv"));
        Assert.Equal("fr", doc.Language);
    }

    [Fact]
    public void Eforms_german_vat_id_is_kept()
    {
        var (doc, x) = Fixture.Extract("procurement/ted-eforms/real_can30_2024-OJS015-043489.xml");
        Fixture.AssertEvidence(doc, x);
        var claim = Assert.Single(x.Claims, c => c.Object.Name.StartsWith("Dunkel", StringComparison.Ordinal));
        Assert.Equal("DE176071460", claim.Object.Identifiers[IdentifierSchemes.Vat]);
        Assert.StartsWith("Berliner Verkehrsbetriebe", claim.Subject.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Eforms_contract_notice_has_no_award()
    {
        var (doc, x) = Fixture.Extract("procurement/ted-eforms/real_cn16_2023-OJS153-00486429_EST_IT.xml");
        Assert.Equal(MediaTypes.TedEforms, doc.MediaType);
        Assert.Empty(x.Claims);
        Assert.Equal(new DateOnly(2023, 8, 10), doc.Published);
    }

    private const string CanRoot = "<ContractAwardNotice xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:ContractAwardNotice-2\" " +
        "xmlns:cbc=\"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2\">";

    [Fact]
    public void Eforms_parser_walks_deep_nesting_without_exhausting_the_stack()
    {
        const int depth = 200_000; // a recursive walk would overflow the stack and kill the process
        var xml = CanRoot + "<cbc:ID>  0042-2026 </cbc:ID>" + string.Concat(Enumerable.Repeat("<x>", depth)) + string.Concat(Enumerable.Repeat("</x>", depth)) + "</ContractAwardNotice>";
        var notice = new TedEformsParser().Parse(xml, "deep");
        Assert.Equal("0042-2026", notice.Id);
        Assert.Empty(notice.Awards);
    }

    [Fact]
    public void Eforms_parser_refuses_a_dtd_and_reports_malformed_xml_in_one_line()
    {
        var dtd = "<?xml version=\"1.0\"?><!DOCTYPE ContractAwardNotice [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + CanRoot + "<cbc:ID>&x;</cbc:ID></ContractAwardNotice>";
        Assert.Contains("DTD", Assert.Throws<InvalidInputException>(() => new TedEformsParser().Parse(dtd, "n.xml")).Message);
        var truncated = new TedEformsParser();
        var e = Assert.Throws<InvalidInputException>(() => truncated.Parse(CanRoot + "<cbc:ID>1</cbc:ID><cbc:Iss", "t.xml"));
        Assert.StartsWith("t.xml: malformed XML", e.Message);
        Assert.DoesNotContain('\n', e.Message);
        Assert.Contains("not a TED eForms notice", Assert.Throws<InvalidInputException>(() => truncated.Parse("<feed/>", "f.xml")).Message);
    }

    [Fact]
    public void Ted_legacy_french_consortium_strips_roles_and_keeps_siret()
    {
        var (doc, x) = Fixture.Extract("procurement/ted-legacy/TED_EXPORT_R2.0.9_F06_CAN_18-412273_FR.xml");
        Assert.Equal(MediaTypes.TedLegacy, doc.MediaType);
        Assert.Equal(new DateOnly(2018, 9, 15), doc.Published);
        Fixture.AssertEvidence(doc, x);
        var eiffage = x.Claims.First(c => c.Object.Name == "Eiffage route mediterranée");
        Assert.Equal("CAPL", eiffage.Subject.Name);
        Assert.Equal("39876221100298", eiffage.Object.Identifiers[IdentifierSchemes.Siret]);
        Assert.Equal("398762211", eiffage.Object.Identifiers[IdentifierSchemes.Siren]);
        Assert.Equal("Eiffage route mediterranée (mandataire)", eiffage.Evidence.Quote);
        Assert.Equal("2018/S 178-404080", eiffage.Props.GetString("contractId"));
        Assert.Contains(x.Claims, c => c.Object.Name == "Gagneraud Construction");
        Assert.Equal("F06", eiffage.Props.GetString("noticeSubtype"));
    }

    [Fact]
    public void Ted_legacy_norwegian_award_has_four_contracts()
    {
        var (doc, x) = Fixture.Extract("procurement/ted-legacy/TED_EXPORT_R2.0.9_F03_CAN_154292-2020_NO_EN.xml");
        Fixture.AssertEvidence(doc, x);
        Assert.Equal(4, x.Claims.Select(c => c.Object.Name).Distinct().Count());
        Assert.All(x.Claims, c => Assert.Equal("Kåfjord Kommune", c.Subject.Name));
    }

    [Fact]
    public void Boamp_xml_pairs_titulaires_with_their_renseignement()
    {
        var (doc, x) = Fixture.Extract("procurement/boamp/boamp-v230_17-5219_attribution_cablage-informatique.xml");
        Assert.Equal(MediaTypes.BoampXml, doc.MediaType);
        Assert.Equal(new DateOnly(2017, 1, 12), doc.Published);
        Fixture.AssertEvidence(doc, x);
        Assert.Equal(2, x.Claims.Count);
        var scara = x.Claims.Single(c => c.Object.Name == "SCARA & Cie");
        Assert.Equal("SCARA &amp; Cie", scara.Evidence.Quote);
        Assert.Equal("DEPARTEMENT DES HAUTES-ALPES", scara.Subject.Name);
        Assert.Equal(150000, scara.Props.GetDouble("value"));
        Assert.Equal("2016-12-07", scara.Props.GetString("date"));
        Assert.Equal("45314320", scara.Props.GetString("cpv"));
        Assert.Equal("17-5219", scara.Props.GetString("contractId"));
    }

    [Fact]
    public void Boamp_xml_consortium()
    {
        var (doc, x) = Fixture.Extract("procurement/boamp/boamp-v230_16-185754_attribution_groupement-mandataire.xml");
        Fixture.AssertEvidence(doc, x);
        Assert.Equal(3, x.Claims.Count);
        Assert.DoesNotContain(x.Claims, c => c.Object.Name.Contains("andataire", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(348852, x.Claims.Sum(c => c.Props.GetDouble("value") ?? 0));
    }

    [Fact]
    public void Boamp_json_record_is_read()
    {
        var (doc, x) = Fixture.Extract("procurement/boamp/api-dila-v230_20-152081_appel-offre_MAPA.json");
        Assert.Equal(MediaTypes.BoampJson, doc.MediaType);
        Assert.Equal(new DateOnly(2020, 12, 14), doc.Published);
        Assert.Empty(x.Claims); // a call for tenders: no winner yet
        Assert.Contains(x.Entities, e => e.Kind == EntityKind.PublicBody);
    }

    [Fact]
    public void Decp_v1_real_data_with_names_and_siret()
    {
        var (doc, x) = Fixture.Extract("procurement/decp/decp-v1_real_2019_data.gouv.fr_aife_subset.json");
        Assert.Equal(MediaTypes.Decp, doc.MediaType);
        Fixture.AssertEvidence(doc, x);
        var adp = x.Claims.First(c => c.Object.Name == "ADP");
        Assert.Equal("Informatique ICDC", adp.Subject.Name);
        Assert.Equal("77566543300089", adp.Subject.Identifiers[IdentifierSchemes.Siret]);
        Assert.Equal("77569066200082", adp.Object.Identifiers[IdentifierSchemes.Siret]);
        Assert.Equal(2500000, adp.Props.GetDouble("value"));
        Assert.Equal("72212450", adp.Props.GetString("cpv"));
        Assert.Equal("2018Y_t1qdCOuG00", adp.Props.GetString("contractId"));
        Assert.Equal("ADP", adp.Evidence.Quote);
        // the duplicated record counts once
        Assert.Equal(x.Claims.Count, x.Claims.Select(c => c.Props.GetString("contractId") + c.Object.Name).Distinct().Count());
    }

    [Fact]
    public void Decp_v2_real_data_with_ids_only()
    {
        var (doc, x) = Fixture.Extract("procurement/decp/decp-v2.0_real_GIP-Maximilien_2024-10-06_subset.json");
        Fixture.AssertEvidence(doc, x);
        Assert.NotEmpty(x.Claims);
        var first = x.Claims.First(c => c.Props.GetString("contractId") == "D2F0000402");
        Assert.Equal("79368308700019", first.Object.Identifiers[IdentifierSchemes.Siret]);
        Assert.Equal("13001845000028", first.Subject.Identifiers[IdentifierSchemes.Siret]);
        Assert.Equal("2019-06-07", first.Props.GetString("date"));
        Assert.Equal("79368308700019", first.Evidence.Quote);
    }

    [Fact]
    public void Decp_evidence_of_each_contract_is_found_after_that_contracts_id()
    {
        const string json = """
            {"marches":[
             {"id":"2024-A","acheteur":{"id":"21750001600019","nom":"Ville A"},"objet":"Hébergement","codeCPV":"72415000","titulaires":[{"typeIdentifiant":"SIRET","id":"42476141900045","denominationSociale":"OVH"}]},
             {"id":"2024-B","acheteur":{"id":"21690123100011","nom":"Ville B"},"objet":"Cloud","codeCPV":"72415000","titulaires":[{"typeIdentifiant":"SIRET","id":"42476141900045","denominationSociale":"OVH"}]}]}
            """;
        var doc = Fixture.Readers.Read(new RawContent(System.Text.Encoding.UTF8.GetBytes(json)) { FileName = "two.json" });
        var x = Fixture.Extractors.Extract(doc, 0.5);
        Fixture.AssertEvidence(doc, x);
        var second = x.Claims.Single(c => c.Props.GetString("contractId") == "2024-B");
        Assert.Equal("OVH", second.Evidence.Quote);
        Assert.True(second.Evidence.Start > json.IndexOf("\"2024-B\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Decp_official_example_with_vat()
    {
        var (doc, x) = Fixture.Extract("procurement/decp/decp-v1.5_official-example_paquet.json");
        Fixture.AssertEvidence(doc, x);
        Assert.NotEmpty(x.Claims);
    }

    [Fact]
    public void Ocds_paraguay_release()
    {
        var (doc, x) = Fixture.Extract("procurement/ocds/ocds-1.1_release-package_real_Paraguay-DNCP_193399.json");
        Assert.Equal(MediaTypes.Ocds, doc.MediaType);
        Fixture.AssertEvidence(doc, x);
        var claim = Assert.Single(x.Claims);
        Assert.Equal("MASTER SOFT SRL", claim.Object.Name);
        Assert.Equal("Dirección Nacional de Contrataciones Públicas (DNCP)", claim.Subject.Name);
        Assert.Equal(135630400, claim.Props.GetDouble("value"));
        Assert.Equal("PYG", claim.Props.GetString("currency"));
        Assert.Equal("2010-04-23", claim.Props.GetString("date"));
    }

    [Fact]
    public void Ocds_french_mapping_keeps_siret_and_cpv()
    {
        var (doc, x) = Fixture.Extract("procurement/ocds/decp-v1.5_to_ocds_001_expected-release-package_LASAT.json");
        Fixture.AssertEvidence(doc, x);
        var claim = Assert.Single(x.Claims);
        Assert.StartsWith("TECAN", claim.Object.Name);
        Assert.NotNull(claim.Props.GetString("cpv"));
    }

    [Fact]
    public void Cloud_filter_reads_the_maintained_list()
    {
        var f = CloudCpvFilter.Default;
        Assert.True(f.IsCloud("72415000"));
        Assert.True(f.IsCloud("48820000-2"));
        Assert.False(f.IsCloud("45314320"));
        Assert.False(f.IsCloud("55243000"));
        Assert.True(f.Count > 100);
    }
}
