using MarketGraph.Core.Ontology;

namespace MarketGraph.Extraction.Tests;

/// <summary>
/// The common ways press text states each relation, in French and English, with sentences written for these
/// tests; and the look-alikes that must not give a claim.
/// </summary>
public class PhrasingTests
{
    private static void Expect(string text, RelationType type, string subject, string obj)
    {
        var e = Run.Extract(text);
        Assert.True(Run.Has(e, type, subject, obj), $"expected {type} {subject} -> {obj}; got:\n{Run.Dump(e)}");
    }

    private static void ExpectNone(string text, RelationType type)
    {
        var e = Run.Extract(text);
        Assert.False(e.Claims.Any(c => c.Type == type && c.Confidence >= 0.5), $"expected no {type}; got:\n{Run.Dump(e)}");
    }

    [Theory]
    [InlineData("Cloudwatt est devenue une filiale à part entière d'Orange en 2015.", "Cloudwatt", "Orange")]
    [InlineData("Since 2019, Outscale is a subsidiary of Dassault Systèmes.", "Outscale", "Dassault Systèmes")]
    public void Subsidiary_stated_with_a_verb(string text, string child, string parent) => Expect(text, RelationType.SubsidiaryOf, child, parent);

    [Theory]
    [InlineData("Capgemini met la main sur Cloud Temple pour renforcer son offre souveraine.", "Capgemini", "Cloud Temple")]
    [InlineData("Thales s'empare de Clever Cloud, un hébergeur nantais.", "Thales", "Clever Cloud")]
    [InlineData("IONOS snapped up Aruba in a surprise move last spring.", "IONOS", "Aruba")]
    public void Acquired_idioms(string text, string acquirer, string acquired) => Expect(text, RelationType.Acquired, acquirer, acquired);

    [Theory]
    [InlineData("Thales et Google Cloud ont créé S3NS, une coentreprise dédiée au cloud de confiance.", "S3NS", "Thales")]
    [InlineData("Capgemini and Orange have set up Bleu, a joint venture for the French public sector.", "Bleu", "Orange")]
    [InlineData("Delos Cloud, détenue conjointement par SAP et Microsoft, vise les administrations allemandes.", "Delos Cloud", "SAP")]
    public void Joint_venture_named_after_its_creation(string text, string jv, string parent) => Expect(text, RelationType.JointVentureOf, jv, parent);

    [Theory]
    [InlineData("Deutsche Telekom a dévoilé hier une offre de cloud public. Son alliance avec Huawei surprend les analystes.", "Deutsche Telekom", "Huawei")]
    [InlineData("OVHcloud et Capgemini annoncent un partenariat stratégique sur le cloud de confiance.", "OVHcloud", "Capgemini")]
    [InlineData("Atos and Google Cloud have signed a five-year partnership agreement.", "Atos", "Google Cloud")]
    public void Partnership_told_otherwise(string text, string a, string b) => Expect(text, RelationType.PartnersWith, a, b);

    [Fact]
    public void Partners_announcing_a_deal_with_a_third_party_are_not_paired_by_the_announcement()
    {
        var e = Run.Extract("Orange et Capgemini annoncent un accord avec Microsoft pour le cloud de confiance.");
        Assert.True(Run.Has(e, RelationType.PartnersWith, "Orange", "Microsoft"), Run.Dump(e));
        Assert.False(Run.Has(e, RelationType.PartnersWith, "Orange", "Capgemini") || Run.Has(e, RelationType.PartnersWith, "Capgemini", "Orange"), Run.Dump(e));
    }

    [Theory]
    [InlineData("Huawei, fournisseur historique de Deutsche Telekom, livrera aussi les serveurs du projet.", "Huawei", "Deutsche Telekom")]
    [InlineData("Dell, a long-standing supplier to Orange, will ship the racks.", "Dell", "Orange")]
    [InlineData("Orange utilise des serveurs de Dell dans ses centres de données.", "Dell", "Orange")]
    [InlineData("Scaleway deploys Nokia routers across its Paris region.", "Nokia", "Scaleway")]
    [InlineData("Cisco a remporté un contrat de plusieurs millions auprès de Bouygues Telecom.", "Cisco", "Bouygues Telecom")]
    [InlineData("Nokia provides network equipment to Vodafone in Germany.", "Nokia", "Vodafone")]
    public void Supplies(string text, string supplier, string customer) => Expect(text, RelationType.Supplies, supplier, customer);

    [Theory]
    [InlineData("Bleu, qui s'appuie sur Microsoft Azure, vise les ministères.", "Bleu", "Microsoft Azure")]
    [InlineData("NumSpot, which runs on OpenStack, opened its first region.", "NumSpot", "OpenStack")]
    [InlineData("Orange Business Services va proposer à ses clients les solutions de Microsoft (Microsoft 365 et Azure).", "Orange Business Services", "Microsoft 365")]
    public void Built_on(string text, string offering, string technology) => Expect(text, RelationType.BuiltOn, offering, technology);

    [Theory]
    [InlineData("Orange Business Services annonce le lancement de son offre Cloud Avenue pour les collectivités.", "Orange Business Services", "Cloud Avenue")]
    [InlineData("Deutsche Telekom's public cloud Open Telekom Cloud is gaining customers in the public sector.", "Deutsche Telekom", "Open Telekom Cloud")]
    [InlineData("Flexible Engine, l'offre de cloud public d'Orange Business Services, change de nom.", "Orange Business Services", "Flexible Engine")]
    [InlineData("Scaleway a ouvert sa plateforme Nuvia aux hôpitaux.", "Scaleway", "Nuvia")]
    [InlineData("OVHcloud launched its Stratos Vault platform for public buyers.", "OVHcloud", "Stratos Vault")]
    public void Operates(string text, string org, string offering) => Expect(text, RelationType.Operates, org, offering);

    [Theory]
    [InlineData("Capgemini a été retenu par l'UGAP pour un accord-cadre de services cloud.", "UGAP", "Capgemini")]
    [InlineData("Atos was selected by the European Commission to run its cloud brokerage.", "European Commission", "Atos")]
    [InlineData("Le marché d'hébergement a été attribué à OVHcloud par la DINUM en mars.", "DINUM", "OVHcloud")]
    [InlineData("L'UGAP a signé un accord-cadre de quatre ans avec Sopra Steria.", "UGAP", "Sopra Steria")]
    [InlineData("The European Commission signed a framework contract with IBM for cloud services.", "European Commission", "IBM")]
    public void Awarded_contract(string text, string buyer, string supplier) => Expect(text, RelationType.AwardedContract, buyer, supplier);

    [Theory]
    [InlineData("Marie Lenoir a été nommée directrice générale de Scaleway en janvier.", "Marie Lenoir", "Scaleway")]
    [InlineData("John Hartley has been appointed chief executive officer of Vodafone.", "John Hartley", "Vodafone")]
    [InlineData("Capgemini nomme Paul Garnier au poste de directeur du cloud.", "Paul Garnier", "Capgemini")]
    [InlineData("Julia Brandt, SAP's chief technology officer, presented the plan.", "Julia Brandt", "SAP")]
    public void Holds_role(string text, string person, string org) => Expect(text, RelationType.HoldsRole, person, org);

    [Theory]
    [InlineData("L'ANSSI a délivré la qualification SecNumCloud pour l'offre d'Outscale.", "Outscale", "SecNumCloud")]
    [InlineData("The HDS certification of Cloud Temple was renewed this year.", "Cloud Temple", "HDS")]
    public void Qualified_nominal(string text, string holder, string certification) => Expect(text, RelationType.Qualified, holder, certification);

    [Fact]
    public void A_conditional_clause_does_not_hedge_the_next_clause()
    {
        const string text = "Huawei fournirait les serveurs, T-Systems, la filiale de Deutsche Telekom, assurant l'exploitation.";
        var e = Run.Extract(text);
        Assert.True(Run.Has(e, RelationType.SubsidiaryOf, "T-Systems", "Deutsche Telekom"), Run.Dump(e));
        ExpectNone(text, RelationType.Supplies);
    }

    [Theory]
    [InlineData("Orange rachèterait Cloud Temple selon plusieurs sources.", RelationType.Acquired)]
    [InlineData("Selon la presse, Capgemini pourrait racheter Cloud Temple.", RelationType.Acquired)]
    [InlineData("Thales envisage de créer une coentreprise avec Google Cloud.", RelationType.JointVentureOf)]
    [InlineData("Atos and Google Cloud are in talks about a partnership.", RelationType.PartnersWith)]
    [InlineData("Aucun contrat n'a été signé avec OVHcloud par la DINUM.", RelationType.AwardedContract)]
    public void Rumours_plans_and_denials_give_no_claim(string text, RelationType type) => ExpectNone(text, type);

    [Fact]
    public void The_latter_points_to_the_last_organisation_named()
    {
        var e = Run.Extract("Orange a signé avec Huawei. Ce dernier fournit les serveurs à Deutsche Telekom.");
        Assert.True(Run.Has(e, RelationType.Supplies, "Huawei", "Deutsche Telekom"), Run.Dump(e));
    }

    [Fact]
    public void The_latter_after_a_person_is_not_resolved_to_an_organisation()
    {
        var e = Run.Extract("Orange a reçu Marie Lenoir, directrice de Scaleway, puis Paul Garnier a parlé. Ce dernier fournit des conseils à Capgemini.");
        Assert.DoesNotContain(e.Claims, c => c.Type == RelationType.Supplies && c.Confidence >= 0.5);
    }

    [Fact]
    public void Names_joined_by_a_slash_are_two_names()
    {
        var e = Run.Extract("L'opérateur a référencé une offre Dell/Nutanix pour le cloud privé.", "fr");
        Assert.Contains(e.Entities, x => x.Name == "Dell");
        Assert.Contains(e.Entities, x => x.Name == "Nutanix");
    }

    [Fact]
    public void A_product_named_after_an_offering_noun_is_an_offering()
    {
        var e = Run.Extract("Scaleway présente son offre Nuvia aux collectivités.", "fr");
        Assert.Contains(e.Entities, x => x.Name == "Nuvia" && x.Kind == EntityKind.Offering);
    }
}
