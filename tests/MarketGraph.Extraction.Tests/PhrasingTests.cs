using MarketGraph.Core.Claims;
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

    /// <summary>The one claim of this type between these two at or above the default threshold.</summary>
    private static Claim ExpectOne(string text, RelationType type, string subject, string obj)
    {
        var e = Run.Extract(text);
        return Assert.Single(e.Claims, c => c.Type == type && c.Subject.Name == subject && c.Object.Name == obj && c.Confidence >= 0.5);
    }

    /// <summary>A claim of this type between these two at or above the default threshold that says the fact ended.</summary>
    private static void ExpectEnded(string text, RelationType type, string subject, string obj)
    {
        var e = Run.Extract(text);
        Assert.True(e.Claims.Any(c => c.Type == type && c.Subject.Name == subject && c.Object.Name == obj && c.Confidence >= 0.5
            && c.Props.GetBool("current") == false), $"expected an ended {type} {subject} -> {obj}; got:\n{Run.Dump(e)}");
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

    [Theory]
    [InlineData("Atos, la branche services du groupe Eviden, a racheté Cloud Temple en 2024.", "Atos", "Cloud Temple")]
    [InlineData("Capgemini, which already owns a stake in Bleu, has acquired Clever Cloud.", "Capgemini", "Clever Cloud")]
    public void The_main_clause_subject_is_read_past_an_apposition(string text, string acquirer, string acquired)
    {
        var e = Run.Extract(text);
        Assert.True(Run.Has(e, RelationType.Acquired, acquirer, acquired), Run.Dump(e));
        Assert.Single(e.Claims, c => c.Type == RelationType.Acquired && c.Confidence >= 0.5);
    }

    [Theory]
    [InlineData("Orange détient 70 % de Kervalia, la Banque des Territoires les 30 % restants.", "Banque des Territoires", "Kervalia", 30)]
    [InlineData("Vodafone holds 55% of Brindle Towers and Telefónica the remaining 45%.", "Telefonica", "Brindle Towers", 45)]
    [InlineData("Vodafone owns 65% of Brindle Towers, with KKR holding a further 20%.", "KKR", "Brindle Towers", 20)]
    [InlineData("Vodafone took a 40% stake in Brindle Towers in 2022, while KKR holds a further 8 per cent.", "KKR", "Brindle Towers", 8)]
    [InlineData("Le fonds Quartz Partners accompagne la société Kervalia depuis 2022. Le fonds conserve aujourd'hui 20 % du capital de Kervalia.", "Quartz Partners", "Kervalia", 20)]
    [InlineData("Brindle Towers is majority-owned by Vodafone, with KKR holding a 9% stake.", "KKR", "Brindle Towers", 9)]
    [InlineData("Bleu est une coentreprise créée en 2022 par Orange et Capgemini, qui en détiennent chacun 50 %.", "Capgemini", "Bleu", 50)]
    [InlineData("S3NS is a joint venture of Thales and Google, which each hold half of the business.", "Thales", "S3NS", 50)]
    public void A_second_holder_told_with_the_verb_left_out_or_each_holding_a_share(string text, string owner, string owned, double percent)
    {
        var claim = ExpectOne(text, RelationType.OwnsStake, owner, owned);
        Assert.Equal(percent, claim.Props.GetDouble("percent"));
    }

    [Theory]
    [InlineData("La société Kervalia a bouclé sa levée de fonds. Le capital se répartit désormais entre son fondateur Paul Renaud (41 %), le fonds Quartz Partners (27 %) et Bpifrance (18 %).", "Bpifrance", "Kervalia", 18)]
    [InlineData("La société Kervalia a bouclé sa levée de fonds. Le capital se répartit désormais entre son fondateur Paul Renaud (41 %), le fonds Quartz Partners (27 %) et Bpifrance (18 %).", "Paul Renaud", "Kervalia", 41)]
    [InlineData("Brindle Towers' capital is split between KKR (51%) and Vodafone (35%).", "KKR", "Brindle Towers", 51)]
    public void A_shareholder_table_gives_each_holder_its_share(string text, string owner, string owned, double percent)
    {
        var claim = ExpectOne(text, RelationType.OwnsStake, owner, owned);
        Assert.Equal(percent, claim.Props.GetDouble("percent"));
    }

    [Fact]
    public void A_shareholder_table_does_not_make_a_listed_holder_the_company_owned()
    {
        var e = Run.Extract("Orange a annoncé ses résultats hier soir. Le capital se répartit entre Orange (60 %) et Bpifrance (40 %).");
        Assert.DoesNotContain(e.Claims, c => c.Type == RelationType.OwnsStake && c.Object.Name == "Orange");
    }

    [Theory]
    [InlineData("Atos a cédé en 2023 la participation de 20 % qu'il détenait dans Kervalia, selon le groupe.", "Atos", "Kervalia")]
    [InlineData("Vodafone has sold its 30% stake in Brindle Towers to a pension fund.", "Vodafone", "Brindle Towers")]
    public void A_stake_sold_is_an_ended_stake(string text, string owner, string owned)
    {
        var claim = ExpectOne(text, RelationType.OwnsStake, owner, owned);
        Assert.False(claim.Props.GetBool("current"));
    }

    [Theory]
    [InlineData("Bpifrance est devenu en 2024 le premier actionnaire de Kervalia, devant ses fondateurs.", "Bpifrance", "Kervalia")]
    [InlineData("KKR became Brindle Towers' largest shareholder in 2023.", "KKR", "Brindle Towers")]
    public void The_largest_shareholder_owns_a_stake(string text, string owner, string owned) => Expect(text, RelationType.OwnsStake, owner, owned);

    [Theory]
    [InlineData("Le ministère de l'Intérieur et des Outre-mer a attribué à Capgemini un marché d'infogérance.", "Ministère de l'Intérieur et des Outre-mer", "Capgemini")]
    [InlineData("The Kent County Council has awarded Atos a contract to host its citizen services.", "Kent County Council", "Atos")]
    [InlineData("La Région Île-de-France a attribué à Outscale un marché d'hébergement de cinq ans.", "Région Île-de-France", "Outscale")]
    public void Public_bodies_named_by_their_official_form(string text, string buyer, string supplier) => Expect(text, RelationType.AwardedContract, buyer, supplier);

    [Fact]
    public void A_company_is_named_again_without_its_generic_last_word()
    {
        var e = Run.Extract("Thales a racheté Norvane Systems, un intégrateur breton. Norvane compte 80 salariés et travaille avec Scaleway.", "fr");
        Assert.True(Run.Has(e, RelationType.PartnersWith, "Norvane Systems", "Scaleway") || Run.Has(e, RelationType.PartnersWith, "Scaleway", "Norvane Systems"), Run.Dump(e));
    }

    [Theory]
    [InlineData("Scaleway sells its SecNumCloud-qualified Hosted Private Cloud to ministries.", "Hosted Private Cloud", "SecNumCloud")]
    [InlineData("Nuvia, la plateforme de Cloud Temple, est sortie en mai. La plateforme est certifiée HDS depuis 2023.", "Nuvia", "HDS")]
    public void Certified_products(string text, string product, string certification) => Expect(text, RelationType.Qualified, product, certification);

    [Theory]
    [InlineData("Cloud Temple est devenue une filiale à 100 % de Thales.", "Thales", "Cloud Temple")]
    [InlineData("Clever Cloud is now a wholly-owned subsidiary of Atos.", "Atos", "Clever Cloud")]
    public void Wholly_owned_subsidiaries_are_a_full_stake(string text, string parent, string child)
    {
        Expect(text, RelationType.OwnsStake, parent, child);
        Expect(text, RelationType.SubsidiaryOf, child, parent);
    }

    [Theory]
    [InlineData("Red Hat, the IBM subsidiary, supplies the orchestration layer.", "Red Hat", "IBM")]
    [InlineData("La Banque des Territoires, qui fait partie du groupe Caisse des Dépôts, investit dans le cloud.", "Banque des Territoires", "Caisse des Dépôts")]
    [InlineData("Sopra Steria a repris la société Kelvio l'an dernier. Kelvio est depuis devenu une filiale à part entière du groupe.", "Kelvio", "Sopra Steria")]
    public void Subsidiaries_told_otherwise(string text, string child, string parent) => Expect(text, RelationType.SubsidiaryOf, child, parent);

    [Theory]
    [InlineData("Sopra Steria avait déjà racheté en 2021 la société Kelvio.", "Sopra Steria", "Kelvio")]
    [InlineData("Many customers are leaving VMware after its acquisition by Broadcom.", "Broadcom", "VMware")]
    public void Acquisitions_told_otherwise(string text, string acquirer, string acquired) => Expect(text, RelationType.Acquired, acquirer, acquired);

    [Fact]
    public void A_role_noun_for_an_it_services_firm()
    {
        var e = Run.Extract("Sopra Steria recrute. La DINUM vient de confier à l'ESN un marché de quatre ans.", "fr");
        Assert.True(Run.Has(e, RelationType.AwardedContract, "DINUM", "Sopra Steria"), Run.Dump(e));
    }

    [Theory]
    [InlineData("S3NS said that its Premi3ns offering opened to ministries in June.", "S3NS", "Premi3ns")]
    [InlineData("Scaleway grandit vite. Elle commercialise Kapsule auprès des collectivités.", "Scaleway", "Kapsule")]
    public void Offerings_introduced_by_a_possessive_or_a_pronoun(string text, string org, string offering) => Expect(text, RelationType.Operates, org, offering);

    [Fact]
    public void A_product_described_by_its_technology_is_built_on_it()
    {
        var e = Run.Extract("Scaleway markets Kapsule, its managed Kubernetes service, to public buyers.", "en");
        Assert.True(Run.Has(e, RelationType.BuiltOn, "Kapsule", "Kubernetes"), Run.Dump(e));
    }

    [Theory]
    [InlineData("Arvel Systems, a certified Nutanix partner, has moved several cities off VMware in the last two years.", "Arvel Systems", "Nutanix")]
    [InlineData("Wallix, partenaire historique d'OVHcloud, signe un nouveau contrat.", "Wallix", "OVHcloud")]
    public void Partners_described_in_an_apposition(string text, string a, string b) => Expect(text, RelationType.PartnersWith, a, b);

    [Fact]
    public void A_place_on_a_framework_is_an_award()
    {
        var e = Run.Extract("Vodafone Business has been awarded a place on the Crown Commercial Service (CCS) network framework.", "en");
        Assert.True(Run.Has(e, RelationType.AwardedContract, "Crown Commercial Service", "Vodafone Business"), Run.Dump(e));
    }

    [Theory]
    [InlineData("Thales holds a majority stake in S3NS, with Google Cloud as a minority shareholder.", "Google Cloud", "S3NS")]
    [InlineData("La Poste est détenue à 66 % par la Caisse des Dépôts et à 34 % par l'État.", "French State", "La Poste")]
    public void Second_shareholders(string text, string owner, string owned) => Expect(text, RelationType.OwnsStake, owner, owned);

    [Fact]
    public void Buying_from_a_supplier_points_the_supply_the_right_way()
    {
        var e = Run.Extract("Pour ses centres de données, Scaleway se fournit en serveurs auprès de Dell.", "fr");
        Assert.True(Run.Has(e, RelationType.Supplies, "Dell", "Scaleway"), Run.Dump(e));
        Assert.False(Run.Has(e, RelationType.Supplies, "Scaleway", "Dell"), Run.Dump(e));
    }

    [Fact]
    public void A_noun_that_looks_like_a_supply_verb_is_not_one()
    {
        // "équipe" is the team here, not "equips"
        ExpectNone("« Avec Cloud Temple, nous gagnons une équipe rompue au secteur public », a déclaré la directrice de Docaposte.", RelationType.Supplies);
    }

    [Fact]
    public void A_list_does_not_take_in_the_description_of_its_last_item()
    {
        var e = Run.Extract("Outscale fournit l'infrastructure de NumSpot, la coentreprise de Docaposte et de Bouygues Telecom.", "fr");
        Assert.True(Run.Has(e, RelationType.Supplies, "Outscale", "NumSpot"), Run.Dump(e));
        Assert.False(Run.Has(e, RelationType.Supplies, "Outscale", "Docaposte"), Run.Dump(e));
    }

    [Fact]
    public void A_fronted_former_title_belongs_to_the_person_the_pronoun_names()
    {
        var e = Run.Extract("Scaleway recrute Marie Lenoir. Ancienne directrice des achats d'Atos, elle rejoint le groupe en mars.", "fr");
        var claim = Assert.Single(e.Claims, c => c.Type == RelationType.HoldsRole && c.Object.Name == "Atos" && c.Confidence >= 0.5);
        Assert.Equal("Marie Lenoir", claim.Subject.Name);
        Assert.False(claim.Props.GetBool("current"));
    }

    [Theory]
    [InlineData("Les serveurs de Nubilo sont hébergés sur le cloud d'Outscale, qualifié SecNumCloud par l'ANSSI et certifié HDS.", "Outscale", "HDS")]
    [InlineData("The data centres of Scaleway are certified to ISO 27001 by an external auditor and qualified HDS since 2023.", "Scaleway", "HDS")]
    public void Certifications_chained_after_a_first_one(string text, string holder, string certification) => Expect(text, RelationType.Qualified, holder, certification);

    [Theory]
    [InlineData("Cloud Temple, dont l'offre Secure Temple est qualifiée SecNumCloud, recrute.", "Cloud Temple", "Secure Temple")]
    [InlineData("Services run on Kapsule, which Scaleway operates from its own data centres in Paris.", "Scaleway", "Kapsule")]
    public void Offerings_in_relative_clauses(string text, string org, string offering) => Expect(text, RelationType.Operates, org, offering);

    [Theory]
    [InlineData("The team integrates Clever Cloud, which Atos acquired in 2023 for an undisclosed sum.", "Atos", "Clever Cloud")]
    [InlineData("Dassault Systèmes, qui avait pris le contrôle d'Outscale en 2017, publie ses résultats.", "Dassault Systèmes", "Outscale")]
    public void Acquisitions_in_relative_clauses(string text, string acquirer, string acquired) => Expect(text, RelationType.Acquired, acquirer, acquired);

    [Theory]
    [InlineData("The deal extends a strategic partnership that Orange and Google Cloud signed in 2019.", "Orange", "Google Cloud")]
    [InlineData("Outscale et Sopra Steria avaient par ailleurs signé en 2023 un accord de partenariat pour les collectivités.", "Outscale", "Sopra Steria")]
    public void Partnerships_signed_earlier(string text, string a, string b) => Expect(text, RelationType.PartnersWith, a, b);

    [Theory]
    [InlineData("Pour ses deux centres de données, Scaleway a retenu des serveurs PowerEdge fournis par Dell.", "Dell", "Scaleway")]
    [InlineData("Atos will subcontract part of the hosting to Italy's Aruba under a three-year deal.", "Aruba", "Atos")]
    [InlineData("Scaleway has signed supply agreements with Schneider Electric for its cooling equipment.", "Schneider Electric", "Scaleway")]
    public void Supplies_told_by_the_customer(string text, string supplier, string customer)
    {
        var e = Run.Extract(text);
        Assert.True(Run.Has(e, RelationType.Supplies, supplier, customer), Run.Dump(e));
        Assert.DoesNotContain(e.Claims, c => c.Type is RelationType.PartnersWith || c.Subject.Kind == EntityKind.Country);
    }

    [Fact]
    public void A_lot_won_by_a_supplier_is_awarded_by_the_buyer_named_before()
    {
        var e = Run.Extract("La DINUM a lancé un appel d'offres en deux lots. Le second lot, portant sur la migration, a été remporté par Sopra Steria.", "fr");
        Assert.True(Run.Has(e, RelationType.AwardedContract, "DINUM", "Sopra Steria"), Run.Dump(e));
    }

    [Theory]
    [InlineData("Marie Lenoir était jusqu'en mars directrice commerciale de Scaleway.", "Marie Lenoir", "Scaleway", false)]
    [InlineData("Paul Garnier has joined Nutanix as regional vice-president for France.", "Paul Garnier", "Nutanix", true)]
    [InlineData("Former Equinix executive Julia Brandt joins the board.", "Julia Brandt", "Equinix", false)]
    [InlineData("Julia Brandt, who headed Capgemini's cloud unit for five years, left in May.", "Julia Brandt", "Capgemini", false)]
    [InlineData("Paul Garnier, jusqu'ici directeur des opérations de Cloud Temple, prend la tête de l'équipe.", "Paul Garnier", "Cloud Temple", false)]
    public void Roles_with_their_tense(string text, string person, string org, bool current)
    {
        var e = Run.Extract(text);
        var claim = e.Claims.FirstOrDefault(c => c.Type == RelationType.HoldsRole && c.Subject.Name == person && c.Object.Name == org && c.Confidence >= 0.5);
        Assert.True(claim is not null, Run.Dump(e));
        Assert.Equal(current, claim.Props.GetBool("current"));
    }

    [Fact]
    public void A_product_named_after_its_company_is_an_offering_it_operates()
    {
        var e = Run.Extract("Services are delivered through the Scaleway Sovereign Platform, which Scaleway operates in Paris.", "en");
        Assert.Contains(e.Entities, x => x.Name == "Scaleway Sovereign Platform" && x.Kind == EntityKind.Offering);
        Assert.True(Run.Has(e, RelationType.Operates, "Scaleway", "Scaleway Sovereign Platform"), Run.Dump(e));
    }

    [Fact]
    public void A_coordinated_second_owner_owns_the_first_company_not_the_first_owner()
    {
        var e = Run.Extract("The new company, Nubilo Cloud, will be 51% owned by Orange and 49% owned by Google Cloud.", "en");
        Assert.True(Run.Has(e, RelationType.OwnsStake, "Google Cloud", "Nubilo Cloud"), Run.Dump(e));
        Assert.False(Run.Has(e, RelationType.OwnsStake, "Google Cloud", "Orange"), Run.Dump(e));
    }

    [Theory]
    [InlineData("Scaleway grandit. Sa suite collaborative, Nuvia Docs, reprend les briques de Nextcloud.", "Scaleway", "Nuvia Docs")]
    [InlineData("La solution retenue, baptisée Nuvia Espace, est opérée par Scaleway depuis Paris.", "Scaleway", "Nuvia Espace")]
    public void Products_introduced_by_a_possessive_noun_or_operated_by(string text, string org, string offering) => Expect(text, RelationType.Operates, org, offering);

    [Fact]
    public void A_company_described_with_a_possessive_country_is_recognised_and_named_short_later()
    {
        var e = Run.Extract("Thales has bought Norvane Data Centres, Norway's second-largest colocation provider. Norvane is now a subsidiary of Thales.", "en");
        Assert.True(Run.Has(e, RelationType.SubsidiaryOf, "Norvane Data Centres", "Thales"), Run.Dump(e));
    }

    [Fact]
    public void Executive_vice_presidents_named_with_a_possessive()
    {
        var e = Run.Extract("Julia Brandt, the European Commission's executive vice-president for tech sovereignty, spoke first.", "en");
        Assert.True(Run.Has(e, RelationType.HoldsRole, "Julia Brandt", "European Commission"), Run.Dump(e));
    }

    [Theory]
    [InlineData("Scaleway ouvre une région à Lyon. Elle a obtenu la certification HDS en 2023.", "Scaleway", "HDS")]
    [InlineData("Cloud Temple recrute. Ses centres de données sont certifiés ISO 27001 depuis 2020.", "Cloud Temple", "ISO 27001")]
    public void Certifications_stated_with_a_pronoun(string text, string holder, string certification) => Expect(text, RelationType.Qualified, holder, certification);

    [Fact]
    public void A_denied_certification_stated_with_a_pronoun_gives_nothing() =>
        ExpectNone("Scaleway ouvre une région à Lyon. Elle n'a pas obtenu la qualification SecNumCloud.", RelationType.Qualified);

    [Fact]
    public void A_product_named_by_its_description_is_the_last_product_named()
    {
        var e = Run.Extract("Orange Business Services lance Cloud Avenue. The public cloud platform, which is built on OpenStack, opens in May.", "en");
        Assert.True(Run.Has(e, RelationType.BuiltOn, "Cloud Avenue", "OpenStack"), Run.Dump(e));
    }

    [Fact]
    public void The_owner_of_a_possessive_product_is_the_company_no_preposition_governs()
    {
        var e = Run.Extract("Désormais filiale à 100 % de Thales, la société Kelvio conserve son offre de cloud privé KelvioStack.", "fr");
        Assert.True(Run.Has(e, RelationType.Operates, "Kelvio", "KelvioStack"), Run.Dump(e));
        Assert.False(Run.Has(e, RelationType.Operates, "Thales", "KelvioStack"), Run.Dump(e));
    }

    [Theory]
    [InlineData("Scaleway est détenue à 30 % par le fonds d'infrastructure Tamaris Capital.", "Tamaris Capital", "Scaleway")]
    [InlineData("Scaleway is 60% owned by regional utility Weser Energie Netze.", "Weser Energie Netze", "Scaleway")]
    [InlineData("Scaleway est détenue à 60 % par ses fondateurs et à 40 % par le fonds Armorique Capital.", "Armorique Capital", "Scaleway")]
    [InlineData("OVHcloud is owned 70% by its founders and 30% by the Munich investor Fjord Ventures.", "Fjord Ventures", "OVHcloud")]
    public void Owners_named_after_a_description_of_what_they_are(string text, string owner, string owned) => Expect(text, RelationType.OwnsStake, owner, owned);

    [Theory]
    [InlineData("Bpifrance a pris, le 3 mars 2025, une participation de 8 % dans Scaleway.", "Bpifrance", "Scaleway")]
    [InlineData("Bpifrance acquired, in March 2024, a 10% stake in OVHcloud.", "Bpifrance", "OVHcloud")]
    public void A_date_between_commas_does_not_part_verb_and_object(string text, string owner, string owned) => Expect(text, RelationType.OwnsStake, owner, owned);

    [Theory]
    [InlineData("Bpifrance acquired a 10% stake in OVHcloud.")]
    [InlineData("Thales a racheté une participation de 20 % dans Scaleway.")]
    public void Buying_a_stake_is_not_a_takeover(string text) => ExpectNone(text, RelationType.Acquired);

    [Theory]
    [InlineData("The Leeds firm Datanubes opened a site. “We are ready,” said Carla Mendes, Datanubes' chief executive.", "Carla Mendes", "Datanubes")]
    [InlineData("Irongate Colo has promoted Sean Walsh to chief operating officer.", "Sean Walsh", "Irongate Colo")]
    [InlineData("Daniel Okafor has joined Scaleway's supervisory board.", "Daniel Okafor", "Scaleway")]
    [InlineData("Hélène Marchal rejoint le conseil de surveillance de Scaleway.", "Hélène Marchal", "Scaleway")]
    public void Roles_by_possessive_promotion_and_board_seat(string text, string person, string org) => Expect(text, RelationType.HoldsRole, person, org);

    [Fact]
    public void A_promotion_keeps_the_whole_title()
    {
        var e = Run.Extract("Irongate Colo has promoted Sean Walsh to chief operating officer.", "en");
        var role = Assert.Single(e.Claims, c => c.Type == RelationType.HoldsRole);
        Assert.Equal("chief operating officer", role.Props.GetString("title"));
    }

    [Theory]
    [InlineData("Scaleway est présidée depuis 2019 par Marie Dupont.", "Marie Dupont", "Scaleway")]
    [InlineData("Kestrix Cloud is run by managing director Callum Reid.", "Callum Reid", "Kestrix Cloud")]
    [InlineData("Chez Scaleway, la directrice générale Amandine Roux rappelle les objectifs.", "Amandine Roux", "Scaleway")]
    [InlineData("Chez OVHcloud, l'hébergeur roubaisien, Hélène Garrigues prend la direction générale.", "Hélène Garrigues", "OVHcloud")]
    [InlineData("La Région Occitanie a confié sa direction du numérique à Sandrine Oyelaran.", "Sandrine Oyelaran", "Région Occitanie")]
    [InlineData("La présidence de Scaleway est confiée à Gwenaëlle Mbaye.", "Gwenaëlle Mbaye", "Scaleway")]
    [InlineData("Pierre Larrieu conserve la présidence de OVHcloud.", "Pierre Larrieu", "OVHcloud")]
    [InlineData("Daan Verhoeven continues as managing director of Scaleway.", "Daan Verhoeven", "Scaleway")]
    [InlineData("Fabrice Lenoir préside depuis janvier le conseil de surveillance de OVHcloud.", "Fabrice Lenoir", "OVHcloud")]
    [InlineData("Dans la foulée, Orange a nommé Mélissa Tran présidente de Scaleway.", "Mélissa Tran", "Scaleway")]
    [InlineData("Orange a annoncé la nomination de Nadia Belkacem au poste de directrice générale de Scaleway.", "Nadia Belkacem", "Scaleway")]
    [InlineData("Fiona McLeish now serves as Scaleway's chief operating officer and led the bid.", "Fiona McLeish", "Scaleway")]
    [InlineData("Marta Guidi, previously chief technology officer at Orange, has been appointed chief executive of Scaleway.", "Marta Guidi", "Scaleway")]
    public void Roles_given_led_kept_or_entrusted(string text, string person, string org) => Expect(text, RelationType.HoldsRole, person, org);

    [Theory]
    [InlineData("Le Département de la Creuse migre sa messagerie. « Le calendrier est tenu », indique Léa Fontaine, directrice du numérique du département.", "Léa Fontaine", "Département de la Creuse")]
    [InlineData("Kelby Moor NHS Foundation Trust has moved its records to the cloud. “It was overdue,” said Dr Ravi Menon, the trust's chief information officer.", "Ravi Menon", "Kelby Moor NHS Foundation Trust")]
    [InlineData("Milton Vale Borough Council signed the deal on Monday. Councillor Anne Hollis, leader of the council, welcomed it.", "Anne Hollis", "Milton Vale Borough Council")]
    [InlineData("Le ministère des Armées a choisi un nouvel hébergeur. Paul Girardot, secrétaire général du ministère, a validé le choix.", "Paul Girardot", "Ministère des Armées")]
    public void A_public_bodys_common_noun_names_the_body_a_title_belongs_to(string text, string person, string body) => Expect(text, RelationType.HoldsRole, person, body);

    [Fact]
    public void A_public_bodys_common_noun_does_not_name_a_body_of_another_kind()
    {
        var e = Run.Extract("La Région Bretagne finance le réseau. Marc Le Du, directeur du syndicat, l'a présenté aux élus.");
        Assert.DoesNotContain(e.Claims, c => c.Type == RelationType.HoldsRole && c.Object.Name == "Région Bretagne");
    }

    [Theory]
    [InlineData("Créée en 2021, Quorvex a pour directrice générale Amélie Sarrazin.", "Amélie Sarrazin", "Quorvex")]
    [InlineData("Le groupe Talvéra, présidé par Jérôme Aubert, emploie 300 personnes.", "Jérôme Aubert", "Talvéra")]
    [InlineData("Brindle Networks, chaired by Helen Rossiter, employs 300 people.", "Helen Rossiter", "Brindle Networks")]
    [InlineData("Kervalis a annoncé lundi la nomination de Sophie Marec au poste de directrice financière.", "Sophie Marec", "Kervalis")]
    [InlineData("Tallow Cloud announced the appointment of James Irwin as chief financial officer.", "James Irwin", "Tallow Cloud")]
    [InlineData("Fiona Keane joined in 2021 from Vodafone, where she had been head of cloud sales.", "Fiona Keane", "Vodafone")]
    public void Roles_held_for_a_named_company_or_announced_by_it(string text, string person, string org) => Expect(text, RelationType.HoldsRole, person, org);

    [Theory]
    [InlineData("Paul Renaud, directeur général de Quorvex depuis mars, a succédé en 2023 à Anne Brissac à la tête de la société.", "Anne Brissac", "Quorvex", "directeur général")]
    [InlineData("Helen Rossiter is the chief executive of Brindle Networks. She replaced founder Tom Avery in 2022.", "Tom Avery", "Brindle Networks", "founder")]
    [InlineData("Élise Varenne est présidente de Talvéra. Elle succède à Bruno Castel, parti à la retraite.", "Bruno Castel", "Talvéra", "présidente")]
    public void Whom_a_person_with_a_known_post_succeeds_held_that_post(string text, string predecessor, string org, string title)
    {
        var claim = ExpectOne(text, RelationType.HoldsRole, predecessor, org);
        Assert.False(claim.Props.GetBool("current"));
        Assert.Equal(title, claim.Props.GetString("title"));
    }

    [Fact]
    public void A_successor_named_in_a_passive_takes_the_post_and_no_post_is_guessed_without_one()
    {
        var e = Run.Extract("Marc Olier est le président de Talvéra. Il est remplacé par Julie Fabre.");
        Assert.True(Run.Has(e, RelationType.HoldsRole, "Julie Fabre", "Talvéra"), Run.Dump(e));
        var none = Run.Extract("Julie Fabre a succédé à Marc Olier en 2022.");
        Assert.DoesNotContain(none.Claims, c => c.Type == RelationType.HoldsRole);
    }

    [Theory]
    [InlineData("Le ministère des Armées a retenu en décembre 2024 Bleu pour héberger ses applications.", RelationType.AwardedContract, "Ministère des Armées", "Bleu")]
    [InlineData("Thomas Girard est devenu en janvier directeur général de Kervalia.", RelationType.HoldsRole, "Thomas Girard", "Kervalia")]
    [InlineData("Rebecca Hollis joined last year from Vodafone, where she was head of government accounts.", RelationType.HoldsRole, "Rebecca Hollis", "Vodafone")]
    public void A_date_inside_a_clause_does_not_hide_its_relation(string text, RelationType type, string subject, string obj) => Expect(text, type, subject, obj);

    [Theory]
    [InlineData("Kervalia has been a subsidiary of Capgemini since 2021, when Capgemini bought it from its founders.", RelationType.Acquired, "Capgemini", "Kervalia")]
    [InlineData("La société Kervalia est une filiale d'Orange depuis 2021, lorsque l'opérateur l'a rachetée à ses fondateurs.", RelationType.Acquired, "Orange", "Kervalia")]
    [InlineData("La société Kervalia, filiale de Capgemini depuis son rachat en 2022, compte 180 salariés.", RelationType.Acquired, "Capgemini", "Kervalia")]
    [InlineData("Orange a lui-même racheté en 2024 l'intégrateur Kervalia.", RelationType.Acquired, "Orange", "Kervalia")]
    [InlineData("L'hébergeur Kervalia est certifié HDS depuis 2021 et ISO 27001 depuis 2019.", RelationType.Qualified, "Kervalia", "ISO 27001")]
    [InlineData("OVHcloud is certified to ISO 27001 and holds HDS.", RelationType.Qualified, "OVHcloud", "HDS")]
    [InlineData("Le lot 1 a été attribué au groupement formé par Orange et la société Kervalia.", RelationType.PartnersWith, "Orange", "Kervalia")]
    public void Takeovers_told_afterwards_certifications_in_a_list_and_bid_partners(string text, RelationType type, string subject, string obj) => Expect(text, type, subject, obj);

    [Fact]
    public void The_members_of_a_consortium_that_buys_a_stake_are_not_thereby_partners() =>
        ExpectNone("Orange a cédé 25 % de Totem à un consortium formé par KKR et Bpifrance.", RelationType.PartnersWith);

    [Theory]
    [InlineData("Quellwerk Edge builds micro data centres for German towns. Its ruggedised servers are supplied by Hsinpo Computing.", "Hsinpo Computing", "Quellwerk Edge")]
    [InlineData("La société Kervalia exploite trois datacenters à Lyon. Les serveurs sont fournis par Lenovo depuis 2021.", "Lenovo", "Kervalia")]
    [InlineData("La société Kervalia exploite le réseau mobile Kerva 5G, déployé avec des équipements fournis par Nokia.", "Nokia", "Kervalia")]
    [InlineData("Brindle Towers's radio units are supplied by Ericsson under a five-year contract.", "Ericsson", "Brindle Towers")]
    public void Gear_told_without_its_buyer_goes_to_the_company_the_text_is_about(string text, string supplier, string customer) => Expect(text, RelationType.Supplies, supplier, customer);

    [Fact]
    public void Gear_supplied_to_a_named_customer_does_not_go_to_the_company_the_text_is_about()
    {
        var e = Run.Extract("La société Kervalia exploite trois datacenters à Lyon. Nokia fournit les équipements radio à Orange depuis 2020.");
        Assert.DoesNotContain(e.Claims, c => c.Type == RelationType.Supplies && c.Object.Name == "Kervalia");
    }

    [Theory]
    [InlineData("Laura Brenner, qui dirigeait jusqu'en 2024 la division secteur public de Capgemini, est devenue directrice générale de Kervalia.", "Laura Brenner", "Capgemini")]
    [InlineData("Jonas Weber previously ran Vodafone's enterprise division before joining the board of Tallow Cloud.", "Jonas Weber", "Vodafone")]
    [InlineData("Giulia Ferri joined Tallow Cloud in 2023 from Aruba, where she had been sales director.", "Giulia Ferri", "Aruba")]
    [InlineData("« Le marché est porteur », estime Laura Brenner, directrice générale de Kervalia depuis 2023 et ancienne directrice technique d'Orange.", "Laura Brenner", "Orange")]
    [InlineData("Owen Price, Tallow Cloud's managing director and previously head of sales at Vodafone, said the work starts in May.", "Owen Price", "Vodafone")]
    [InlineData("“We start in May,” said Hanna Lund, Tallow Cloud's chief executive, who previously led partner sales at Atos.", "Hanna Lund", "Atos")]
    [InlineData("Paul Roy, CEO of Kervalia, and Marie Lenoir, who previously ran operations at Capgemini, signed the deal.", "Marie Lenoir", "Capgemini")]
    [InlineData("Claire Dubreuil, directrice générale de Kervalia, qui a auparavant dirigé l'activité cloud de Sopra Steria, a signé l'accord.", "Claire Dubreuil", "Sopra Steria")]
    public void A_former_post_told_beside_the_current_one(string text, string person, string org)
    {
        var claim = ExpectOne(text, RelationType.HoldsRole, person, org);
        Assert.False(claim.Props.GetBool("current"));
    }

    [Theory]
    [InlineData("La Région Occitanie a lancé un appel d'offres en deux lots. Le lot 1 revient à Orange pour 41 millions d'euros.", "Région Occitanie", "Orange")]
    [InlineData("The Crown Commercial Service split the framework into three lots. Lot 2 was awarded separately to Capgemini for £3.2 million.", "Crown Commercial Service", "Capgemini")]
    [InlineData("The Crown Commercial Service split the framework into three lots. Lot 1 went to Microsoft and Capgemini.", "Crown Commercial Service", "Microsoft")]
    [InlineData("La Région Occitanie a lancé un appel d'offres en deux lots. Le lot 2 a été remporté par le groupement constitué de Capgemini et de Sopra Steria.", "Région Occitanie", "Sopra Steria")]
    public void A_lot_goes_to_its_winner_from_the_buyer_the_text_is_about(string text, string buyer, string winner) => Expect(text, RelationType.AwardedContract, buyer, winner);

    [Fact]
    public void A_second_certificate_held_after_a_first_is_a_qualification_too() =>
        Expect("L'hébergeur Kervalia est certifié HDS depuis 2021 et détient également la certification ISO 27001.", RelationType.Qualified, "Kervalia", "ISO 27001");

    [Theory]
    [InlineData("Le CHU de Montréval modernise son système. Au CHU, la migration est pilotée par Kerlis Conseil.", "Kerlis Conseil", "CHU de Montréval")]
    [InlineData("Rijkswaterstaat moved to the cloud. At Rijkswaterstaat, migration was carried out by Amsterdam consultancy Brugwerk.", "Brugwerk", "Rijkswaterstaat")]
    [InlineData("La tierce maintenance applicative de la Région Occitanie est assurée par Sopra Steria depuis 2022.", "Sopra Steria", "Région Occitanie")]
    [InlineData("Le chantier de migration est conduit pour la Région Occitanie par l'intégrateur Kerlis Conseil.", "Kerlis Conseil", "Région Occitanie")]
    [InlineData("Thales assure pour la Région Occitanie l'exploitation de la sécurité opérationnelle.", "Thales", "Région Occitanie")]
    public void Work_done_for_a_customer_told_by_the_work(string text, string supplier, string customer) => Expect(text, RelationType.Supplies, supplier, customer);

    [Theory]
    [InlineData("L'intégrateur Kerlis Conseil est partenaire de Google Cloud et de Scaleway depuis 2021.", "Scaleway")]
    [InlineData("The integrator Kerlis Conseil is a certified partner of Google Cloud and Scaleway.", "Scaleway")]
    public void A_partner_of_several_companies_partners_each(string text, string second) => Expect(text, RelationType.PartnersWith, "Kerlis Conseil", second);

    [Fact]
    public void A_noun_for_a_person_points_back_to_the_last_person_named() =>
        Expect("Sophie Marec a été nommée directrice générale de Kervalia. La nouvelle dirigeante a passé huit ans chez Orange, où elle dirigeait la division cloud.",
            RelationType.HoldsRole, "Sophie Marec", "Orange");

    [Fact]
    public void A_noun_for_a_person_followed_by_its_organisation_is_a_title_not_a_pointer()
    {
        var e = Run.Extract("Paul Renaud dirige la société Quorvex depuis 2019. La dirigeante de Kervalia, Sophie Marec, a salué l'accord.");
        Assert.DoesNotContain(e.Claims, c => c.Type == RelationType.HoldsRole && c.Subject.Name == "Paul Renaud" && c.Object.Name == "Kervalia");
    }

    [Fact]
    public void Leaving_a_post_is_a_former_role_and_a_title_keeps_its_last_letters()
    {
        var left = Run.Extract("Frédéric Aubanel a quitté le 31 mai ses fonctions de directeur général de Scaleway.", "fr");
        Assert.False(Assert.Single(left.Claims, c => c.Type == RelationType.HoldsRole).Props.GetBool("current"));
        // "directrice générale Amandine": the article-like end of "générale" is not an article before the name
        var titled = Run.Extract("Chez Scaleway, la directrice générale Amandine Roux rappelle les objectifs.", "fr");
        Assert.Equal("directrice générale", Assert.Single(titled.Claims, c => c.Type == RelationType.HoldsRole).Props.GetString("title"));
    }

    [Theory]
    [InlineData("Marie Dupont a quitté Orange. Elle est désormais directrice générale de Scaleway.", "Marie Dupont", "Scaleway", "fr")]
    [InlineData("Tom Hale left Orange last year. He is now chief executive of Scaleway.", "Tom Hale", "Scaleway", "en")]
    public void A_sentence_opening_with_a_pronoun_continues_the_last_subject(string text, string person, string org, string language)
    {
        var e = Run.Extract(text, language);
        Assert.True(Run.Has(e, RelationType.HoldsRole, person, org), Run.Dump(e));
    }

    [Fact]
    public void An_impersonal_pronoun_points_to_nobody()
    {
        var e = Run.Extract("OVHcloud a publié ses résultats. Il faut rappeler que Orange a racheté Scaleway.", "fr");
        Assert.DoesNotContain(e.Claims, c => c.Subject.Name == "OVHcloud" || c.Object.Name == "OVHcloud");
    }

    [Theory]
    [InlineData("Westmarsh City Council has awarded a seven-year, £14.2 million contract to Veltrix Networks to replace its network.", "Westmarsh City Council", "Veltrix Networks")]
    [InlineData("Kestrel Systems, a subsidiary of Van Aalst, has itself been awarded a £5m framework agreement by NHS England.", "NHS England", "Kestrel Systems")]
    [InlineData("Kréol Télécom a été retenu le 11 mars 2025 par le Département de Mayotte pour déployer un réseau.", "Département de Mayotte", "Kréol Télécom")]
    [InlineData("Crown Commercial Service has appointed Birchway Digital and Thamesgate Systems to lot 2 of its new hosting framework.", "Crown Commercial Service", "Thamesgate Systems")]
    [InlineData("The Scottish Government has awarded Caledon Networks a ten-year, £380m contract.", "Scottish Government", "Caledon Networks")]
    [InlineData("The Crown Commercial Service has appointed Atos and Capgemini to a new multi-supplier framework for cloud hosting.", "Crown Commercial Service", "Capgemini")]
    [InlineData("Ashgrove County has approved a seven-year, $23.6 million contract with Atos for a dispatch system.", "Ashgrove County", "Atos")]
    public void Awards_with_decimals_dates_and_framework_lots(string text, string buyer, string supplier) => Expect(text, RelationType.AwardedContract, buyer, supplier);

    [Fact]
    public void A_decimal_stake_keeps_its_decimals()
    {
        var e = Run.Extract("Scaleway est détenue à 12.5 % par Bpifrance.", "fr");
        Assert.Equal(12.5, Assert.Single(e.Claims, c => c.Type == RelationType.OwnsStake).Props.GetDouble("percent"));
    }

    [Fact]
    public void A_pronoun_continues_the_subject_not_a_name_under_a_preposition_or_a_possessive()
    {
        // "À Lyon, Scaleway…": the pronoun is Scaleway; "Orange's product, Flexible Engine, …": it is the product
        var e = Run.Extract("Chez Orange, Scaleway recrute. Elle a racheté OVHcloud l'an dernier.", "fr");
        Assert.True(Run.Has(e, RelationType.Acquired, "Scaleway", "OVHcloud"), Run.Dump(e));
        Assert.False(Run.Has(e, RelationType.Acquired, "Orange", "OVHcloud"), Run.Dump(e));
        var product = Run.Extract("OVHcloud's flagship product, Nubilo Vault, is sold in France. It runs on OpenStack.", "en");
        Assert.False(Run.Has(product, RelationType.BuiltOn, "OVHcloud", "OpenStack"), Run.Dump(product));
    }

    [Fact]
    public void Buying_equipment_from_a_maker_is_not_a_takeover() =>
        ExpectNone("Scaleway buys its servers from Bavarian manufacturer Thomas-Krenn AG.", RelationType.Acquired);

    [Theory]
    [InlineData("Scaleway, dont le fonds Méridia Infra détient 62 % du capital depuis 2021, recrute.", "Méridia Infra", "Scaleway")]
    [InlineData("OVHcloud, in which Bpifrance now holds 12%, grows.", "Bpifrance", "OVHcloud")]
    [InlineData("Filiale à 100 % de l'ESN Capgemini, Sogeti Cloud devient un acteur majeur.", "Capgemini", "Sogeti Cloud")]
    [InlineData("Scaleway, filiale à 80 % de l'opérateur télécom Orange, recrute.", "Orange", "Scaleway")]
    [InlineData("Scaleway is 60%-owned by the Basque industrial group Grupo Arrieta, with the remaining 40% held by Bpifrance.", "Bpifrance", "Scaleway")]
    [InlineData("The venture, called Nubéa, is 60 percent owned by Orange, with Microsoft holding the remaining 40 percent.", "Microsoft", "Nubéa")]
    [InlineData("Orange also owns half of Pennine Open Access, a joint venture.", "Orange", "Pennine Open Access")]
    [InlineData("Bpifrance conserve ainsi 15 % du capital de Scaleway.", "Bpifrance", "Scaleway")]
    public void Stakes_in_relative_clauses_subsidiaries_remainders_and_halves(string text, string owner, string owned) => Expect(text, RelationType.OwnsStake, owner, owned);

    [Fact]
    public void The_remaining_share_is_not_a_stake_in_the_first_owner()
    {
        var e = Run.Extract("Scaleway is 60%-owned by the Basque industrial group Grupo Arrieta, with the remaining 40% held by Bpifrance.", "en");
        Assert.False(Run.Has(e, RelationType.OwnsStake, "Bpifrance", "Grupo Arrieta"), Run.Dump(e));
        Assert.True(Run.Has(e, RelationType.OwnsStake, "Grupo Arrieta", "Scaleway"), Run.Dump(e));
    }

    [Theory]
    [InlineData("Scaleway sells its hosted infrastructure under the Scaleway Sovereign Cloud brand.", "Scaleway", "Scaleway Sovereign Cloud")]
    [InlineData("OVHcloud lance une offre. Baptisée Socle Ouvert, l'offre d'OVHcloud repose sur Proxmox VE.", "OVHcloud", "Socle Ouvert")]
    [InlineData("Exploitée par Proximus, la plateforme, baptisée Fedcloud, s'appuie sur OpenStack.", "Proximus", "Fedcloud")]
    [InlineData("Workloads will land on Kelvo Civic Cloud, a managed hosting platform that Scaleway runs for councils.", "Scaleway", "Kelvo Civic Cloud")]
    [InlineData("Helixa's platform, Helixa Vault, runs on Red Hat OpenShift.", "Helixa", "Helixa Vault")]
    [InlineData("Thamesgate Systems, a subsidiary of Noordhaven IT, offers Thamesgate Private Cloud, which is built on Proxmox VE.", "Thamesgate Systems", "Thamesgate Private Cloud")]
    public void Operators_by_brand_naming_fronted_passive_and_possessive(string text, string op, string offering) => Expect(text, RelationType.Operates, op, offering);

    [Theory]
    [InlineData("Scaleway is ISO 27001 certified.", "Scaleway", "ISO 27001")]
    [InlineData("L'ANSSI a délivré la qualification SecNumCloud 3.2 à Nubeo Souverain, l'offre du lyonnais Nubeo.", "Nubeo Souverain", "SecNumCloud")]
    public void Certifications_as_adjective_or_delivered(string text, string holder, string certification) => Expect(text, RelationType.Qualified, holder, certification);

    [Theory]
    [InlineData("In Germany, Delos Cloud, a subsidiary of SAP, also builds on Microsoft Azure.", "Delos Cloud", "Microsoft Azure")]
    [InlineData("Bleu, coentreprise d'Orange et de Capgemini, commercialise des services fondés sur Microsoft Azure.", "Bleu", "Microsoft Azure")]
    public void Built_on_past_a_description(string text, string offering, string technology) => Expect(text, RelationType.BuiltOn, offering, technology);

    [Fact]
    public void A_possessor_before_a_technology_is_not_what_it_is_built_on()
    {
        var e = Run.Extract("Nordlicht's platform, Nordlicht Kube, is built on SUSE's Rancher distribution.", "en");
        Assert.True(Run.Has(e, RelationType.BuiltOn, "Nordlicht Kube", "Rancher"), Run.Dump(e));
        Assert.DoesNotContain(e.Claims, c => c.Type == RelationType.BuiltOn && c.Object.Name == "SUSE");
    }

    [Theory]
    [InlineData("Hébergée par OVHcloud pour le compte de Scaleway, la solution est qualifiée.", "OVHcloud", "Scaleway")]
    [InlineData("Scaleway rents space in both facilities from Ark Data Centres.", "Ark Data Centres", "Scaleway")]
    [InlineData("Orange héberge ses baies chez Scaleway, qui exploite deux centres.", "Scaleway", "Orange")]
    [InlineData("Pour la partie radio, Orange a commandé à Ericsson des antennes et des unités de bande de base.", "Ericsson", "Orange")]
    [InlineData("Pour les liens réseau, Orange s'appuie sur Scaleway, qui lui fournit un réseau privé.", "Scaleway", "Orange")]
    [InlineData("OVHcloud's biggest customer is Orange, a French operator.", "OVHcloud", "Orange")]
    [InlineData("OVHcloud compte parmi ses clients la Région Nouvelle-Aquitaine et le CHU de Bordeaux.", "OVHcloud", "CHU de Bordeaux")]
    [InlineData("The Federal Employment Agency is among the customers of OVHcloud.", "OVHcloud", "Bundesagentur für Arbeit")]
    [InlineData("OVHcloud compte également parmi ses clients le ministère des Armées.", "OVHcloud", "Ministère des Armées")]
    [InlineData("La société Kervalia compte notamment le CHU de Nantes parmi ses clients.", "Kervalia", "CHU de Nantes")]
    [InlineData("Orange has ordered routers from Ericsson for its 900 rural sites.", "Ericsson", "Orange")]
    [InlineData("Le CHU de Nantes a commandé des serveurs auprès de Dell pour son nouveau datacenter.", "Dell", "CHU de Nantes")]
    public void Supplies_by_hosting_renting_ordering_and_customers(string text, string supplier, string customer) => Expect(text, RelationType.Supplies, supplier, customer);

    [Theory]
    [InlineData("Le CHU de Nantes fait également appel à Scaleway pour un projet de recherche sur l'imagerie.", "Scaleway", "CHU de Nantes")]
    [InlineData("Depuis 2022, la Région Bretagne a fait appel à la société Kervalia pour héberger ses applications.", "Kervalia", "Région Bretagne")]
    [InlineData("Westmarsh City Council has turned to Scaleway to run its payroll system.", "Scaleway", "Westmarsh City Council")]
    [InlineData("The Ministry of Culture now uses OVHcloud to host its collaboration tools, officials said.", "OVHcloud", "Ministry of Culture")]
    [InlineData("La société Kervalia a confié à Scaleway l'hébergement de ses plateformes.", "Scaleway", "Kervalia")]
    [InlineData("Après quatre années sur Amazon Web Services, la société Kervalia a migré chez OVHcloud.", "OVHcloud", "Kervalia")]
    [InlineData("Sopra Steria, dont la société Kervalia est cliente depuis 2010, a ouvert une agence à Nantes.", "Sopra Steria", "Kervalia")]
    [InlineData("Kelvo Systems has become one of the first production customers of Delos Cloud, the SAP subsidiary.", "Delos Cloud", "Kelvo Systems")]
    [InlineData("Bleu has signed up the Ministry of Culture as a customer for its collaboration suite.", "Bleu", "Ministry of Culture")]
    [InlineData("Kelvo Fibre sells dark fibre and wavelength services to carriers including Orange and Free.", "Kelvo Fibre", "Free")]
    [InlineData("La société Kelvo commercialise ses offres de gros auprès des fournisseurs d'accès, dont Orange et SFR.", "Kelvo", "SFR")]
    [InlineData("Le CHU de Nantes s'appuie en outre sur Worldline depuis 2021 pour le paiement en ligne.", "Worldline", "CHU de Nantes")]
    public void Supplies_told_by_a_customer_calling_on_a_provider(string text, string supplier, string customer) => Expect(text, RelationType.Supplies, supplier, customer);

    [Fact]
    public void A_provider_left_before_migrating_is_not_the_new_supplier()
    {
        var e = Run.Extract("Après quatre années sur Amazon Web Services, la société Kervalia a migré chez OVHcloud.", "fr");
        Assert.False(Run.Has(e, RelationType.Supplies, "OVHcloud", "Amazon Web Services"), Run.Dump(e));
    }

    [Theory]
    [InlineData("The Scottish Government hired Scaleway's former chief as adviser on the deal.")]
    [InlineData("Le CHU de Nantes pourrait faire appel à Scaleway l'an prochain.")]
    public void Calling_on_a_provider_without_a_purpose_or_as_a_plan_is_not_a_supply(string text) => ExpectNone(text, RelationType.Supplies);

    [Fact]
    public void Celle_ci_points_to_the_person_just_named()
    {
        var e = Run.Extract("Orange a nommé Sandrine Oyelaran. Celle-ci était auparavant directrice technique de Scaleway.", "fr");
        Assert.True(Run.Has(e, RelationType.HoldsRole, "Sandrine Oyelaran", "Scaleway"), Run.Dump(e));
    }

    [Theory]
    [InlineData("Bouygues Telecom et Amazon Web Services ont officialisé le 3 juin 2025 la création d'Hélios, une coentreprise destinée au cloud.", "Hélios", "Amazon Web Services")]
    [InlineData("Vantaris runs a test centre through Bałtyk RAN Lab, a joint venture with the Polish operator Orange.", "Bałtyk RAN Lab", "Orange")]
    [InlineData("Spanish fibre wholesaler Orange and towerco Cellnex have set up a joint venture, Rural5 Iberia, to build shared sites.", "Rural5 Iberia", "Cellnex")]
    public void Joint_ventures_announced_described_and_set_up(string text, string venture, string parent) => Expect(text, RelationType.JointVentureOf, venture, parent);

    [Theory]
    [InlineData("Tollan Fibre now operates as a wholly owned subsidiary of Orange and keeps its brand.", "Tollan Fibre", "Orange")]
    [InlineData("Kerlann Infrastructures possède une filiale, Kerlann Fibre Services, dédiée à la maintenance.", "Kerlann Fibre Services", "Kerlann Infrastructures")]
    [InlineData("Orange's subsidiaries include Teranga Data, which runs a data centre.", "Teranga Data", "Orange")]
    public void Subsidiaries_as_operating_owned_or_listed(string text, string child, string parent) => Expect(text, RelationType.SubsidiaryOf, child, parent);

    [Theory]
    [InlineData("Scaleway has completed its purchase of Radiolibra, a Turin-based developer.", "Scaleway", "Radiolibra")]
    [InlineData("Le fournisseur de cloud lillois Orbelis a bouclé le 20 janvier 2025 le rachat de Nubalia Cloud, un hébergeur valencien.", "Orbelis", "Nubalia Cloud")]
    public void Takeovers_completed_or_closed(string text, string acquirer, string acquired) => Expect(text, RelationType.Acquired, acquirer, acquired);

    [Fact]
    public void A_technology_describing_the_company_bought_is_not_what_was_bought()
    {
        var e = Run.Extract("Scaleway closed the purchase of Berlin-based Kubernetes specialist Nordhaven Labs GmbH in March.", "en");
        Assert.DoesNotContain(e.Claims, c => c.Type == RelationType.Acquired && c.Object.Name == "Kubernetes");
    }

    [Theory]
    [InlineData("L'intégrateur grenoblois Altiscale, partenaire de longue date de Scaleway, assure le déploiement.", "Altiscale", "Scaleway")]
    [InlineData("Corvane is also a Microsoft partner for government deployments.", "Corvane", "Microsoft")]
    [InlineData("Nandakor has a partnership with OVHcloud.", "Nandakor", "OVHcloud")]
    [InlineData("Le lot 1 revient à l'ESN lyonnaise Ternavia Services, associée pour l'occasion à OVHcloud.", "Ternavia Services", "OVHcloud")]
    [InlineData("Scaleway bid alongside Telefónica Tech, the IT services subsidiary of Telefónica.", "Scaleway", "Telefónica Tech")]
    [InlineData("Scaleway a par ailleurs noué avec Orange un partenariat portant sur le partage.", "Scaleway", "Orange")]
    public void Partnerships_described_bid_and_knotted(string text, string a, string b) => Expect(text, RelationType.PartnersWith, a, b);

    [Theory]
    [InlineData("Sarah Lindqvist joins from Scaleway, where she was chief operating officer for five years.", "Sarah Lindqvist", "Scaleway", false)]
    [InlineData("Thomas Rigaud spent eleven years at Thales, latterly as head of consulting.", "Thomas Rigaud", "Thales", false)]
    [InlineData("“We are ready,” said Jens Hoffmann, a member of Dataport's management board.", "Jens Hoffmann", "Dataport", true)]
    [InlineData("Chez Proximus, le dossier est porté par Laurent Dumont, responsable du secteur public.", "Laurent Dumont", "Proximus", true)]
    [InlineData("Ingrid Salvesen left in January to join Lumera Ventures as a partner.", "Ingrid Salvesen", "Lumera Ventures", true)]
    [InlineData("Ingrid Solberg took over as chief executive of Scaleway on 1 April 2025.", "Ingrid Solberg", "Scaleway", true)]
    [InlineData("Tomasz Wieczorek, a former principal engineer at Red Hat, founded a start-up.", "Tomasz Wieczorek", "Red Hat", false)]
    public void Roles_before_a_move_on_boards_and_at_a_company(string text, string person, string org, bool current)
    {
        var e = Run.Extract(text);
        var role = e.Claims.FirstOrDefault(c => c.Type == RelationType.HoldsRole && c.Subject.Name == person && c.Object.Name == org && c.Confidence >= 0.5);
        Assert.True(role is not null, Run.Dump(e));
        Assert.Equal(current, role!.Props.GetBool("current"));
    }

    [Theory]
    [InlineData("Scaleway, headquartered in Paris, was acquired by Orange in September 2023.", "Scaleway", "Orange")]
    [InlineData("Scaleway, which was bought by private equity house Ardian in 2023, keeps its brand.", "Scaleway", "Ardian")]
    public void A_passive_takeover_is_not_read_backwards(string text, string acquired, string acquirer)
    {
        var e = Run.Extract(text, "en");
        Assert.False(Run.Has(e, RelationType.Acquired, acquired, acquirer), Run.Dump(e));
    }

    [Theory]
    [InlineData("Le fonds Ardian a acquis 49 % d'OVHcloud pour 2 milliards d'euros.", RelationType.Acquired)]
    [InlineData("Orange sold its 45% stake to Ardian at the time.", RelationType.Supplies)]
    [InlineData("Bpifrance bought a 10 percent stake from Ardian at closing.", RelationType.Supplies)]
    [InlineData("Pour la couche d'infrastructure, NumSpot s'appuie sur les serveurs d'Outscale.", RelationType.BuiltOn)]
    public void Stakes_and_servers_are_not_takeovers_supplies_or_stacks(string text, RelationType type) => ExpectNone(text, type);

    [Theory]
    [InlineData("Hexalys Towers est détenue à 62 % par le fonds Capucine Partners, aux côtés de la Banque des Territoires, qui conserve 38 % du capital.", "Banque des Territoires", "Hexalys Towers")]
    [InlineData("Following completion, Alpenfunk operates as a subsidiary of Meridian Towers, which holds 90% of its share capital.", "Meridian Towers", "Alpenfunk")]
    [InlineData("Scaleway is backed by the infrastructure investor Ardian, which owns 74 per cent of the company.", "Ardian", "Scaleway")]
    public void A_shareholder_in_a_relative_clause_holds_a_stake_in_the_sentence_subject(string text, string owner, string owned) => Expect(text, RelationType.OwnsStake, owner, owned);

    [Theory]
    [InlineData("Le tour de table a été mené par le fonds Kestrel Partners, qui détient désormais 22 % du capital.")]
    [InlineData("Scaleway, which holds 30% of the market, follows Orange.")]
    public void A_relative_stake_without_a_company_before_it_or_in_a_market_gives_nothing(string text) => ExpectNone(text, RelationType.OwnsStake);

    [Fact]
    public void A_participle_after_a_description_is_not_part_of_it() =>
        Expect("Un second lot revient à Scaleway, un hébergeur nantais qualifié SecNumCloud.", RelationType.Qualified, "Scaleway", "SecNumCloud");

    [Theory]
    [InlineData("The deal brings in Harnell Edge, a Cardiff-based network security specialist that Brackmoor Digital bought in May 2024.", "Brackmoor Digital", "Harnell Edge")]
    [InlineData("Le groupe mise sur Ondavie, une start-up rennaise de sauvegarde que Kervalis Cloud a rachetée en mars 2025.", "Kervalis Cloud", "Ondavie")]
    [InlineData("Its engines come from Telvora, the Italian firm which Arvenne Systems acquired in 2023.", "Arvenne Systems", "Telvora")]
    public void Acquired_told_in_a_relative_clause_after_a_description(string text, string acquirer, string acquired) =>
        Expect(text, RelationType.Acquired, acquirer, acquired);

    [Fact]
    public void A_joint_venture_of_an_italian_hub_names_every_parent_of_a_list()
    {
        var e = Run.Extract("PSN is a joint venture of TIM, Leonardo, CDP Equity and Sogei, set up to run the national cloud.", "en");
        foreach (var parent in new[] { "TIM", "Leonardo", "CDP Equity", "Sogei" })
            Assert.True(Run.Has(e, RelationType.JointVentureOf, "Polo Strategico Nazionale", parent), Run.Dump(e));
    }

    [Fact]
    public void A_role_noun_followed_by_its_parents_describes_the_name_before_it()
    {
        var e = Run.Extract("La start-up Talvence Ops grandit vite. Le montage rappelle celui de S3NS, la coentreprise de Thales et de Google Cloud, qualifiée SecNumCloud depuis 2024.", "fr");
        Assert.True(Run.Has(e, RelationType.Qualified, "S3NS", "SecNumCloud"), Run.Dump(e));
        Assert.DoesNotContain(e.Claims, c => c.Subject.Name == "Talvence Ops");
    }

    [Fact]
    public void A_public_body_using_a_technology_is_not_an_offering_built_on_it()
    {
        var e = Run.Extract("Pour ses archives, la Direction générale des douanes et droits indirects (DGDDI) s'appuie sur OpenStack.", "fr");
        Assert.DoesNotContain(e.Claims, c => c.Type == RelationType.BuiltOn && c.Subject.Kind == EntityKind.PublicBody);
    }

    [Theory]
    [InlineData("Bastian Rehwald, Quellmark's chief executive, said the firm had doubled its staff.", "Bastian Rehwald", "Quellmark", "en")]
    [InlineData("Founder Eirik Solvang, who leads Fjellmark Data, said the site would open in May.", "Eirik Solvang", null, "en")]
    public void A_title_around_a_name_makes_a_person(string text, string person, string? org, string language)
    {
        var e = Run.Extract(text, language);
        Assert.Contains(e.Entities, x => x.Name == person && x.Kind == EntityKind.Person);
        if (org is not null) Assert.True(Run.Has(e, RelationType.HoldsRole, person, org), Run.Dump(e));
    }

    [Fact]
    public void A_place_joined_to_based_is_not_a_name()
    {
        var e = Run.Extract("In 2023 the company acquired Groningen-based backup specialist Terpvik Data, doubling its headcount.", "en");
        Assert.DoesNotContain(e.Entities, x => x.Name.Contains("based", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Pour le déploiement, Kervane Cloud s'appuie sur l'intégrateur Talvence Conseil, avec lequel elle a signé un accord.")]
    [InlineData("For backups, Harwick Data relies on the Leeds firm Brackmoor Systems, its partner since 2021.")]
    public void Relying_on_a_company_is_not_being_built_on_a_technology(string text) => ExpectNone(text, RelationType.BuiltOn);

    [Theory]
    [InlineData("Concrètement, l'hébergeur Kervane Cloud s'appuiera sur OpenStack.", "Concrètement", "fr")]
    [InlineData("Separately, Harwick Data said its platform runs on Kubernetes.", "Separately", "en")]
    public void An_adverb_opening_the_sentence_is_not_a_name(string text, string adverb, string language) =>
        Assert.DoesNotContain(Run.Extract(text, language).Entities, x => x.Name.Contains(adverb, StringComparison.Ordinal));

    [Theory]
    [InlineData("Kervane Cloud s'est également associée à l'éditeur Berlivo Logiciels pour proposer ses applications.", "Kervane Cloud", "Berlivo Logiciels")]
    [InlineData("Le premier accord, conclu entre Bleu et Talmora RH, porte sur la paie des collectivités.", "Bleu", "Talmora RH")]
    [InlineData("NumSpot et l'éditeur Oriveil Santé ont annoncé leur partenariat à Lyon.", "NumSpot", "Oriveil Santé")]
    [InlineData("Le projet sera conduit par Sorvane Conseil, une ESN rennaise avec laquelle Altéra Cloud a noué en 2023 un partenariat.", "Altéra Cloud", "Sorvane Conseil")]
    [InlineData("The work goes to Kroonvik IT, a Dutch integrator with which Orvalde Cloud signed a partnership last year.", "Orvalde Cloud", "Kroonvik IT")]
    public void Partnership_told_with_an_adverb_a_comma_or_a_relative_clause(string text, string a, string b)
    {
        var e = Run.Extract(text);
        Assert.True(Run.Has(e, RelationType.PartnersWith, a, b) || Run.Has(e, RelationType.PartnersWith, b, a), Run.Dump(e));
    }

    [Theory]
    [InlineData("La solution, fournie par Google à Cybelle Défense, fonctionne hors ligne.", "Google", "Cybelle Défense")]
    [InlineData("L'hébergement est assuré par Cloud Temple, qui fournit à NumSpot ses ressources IaaS.", "Cloud Temple", "NumSpot")]
    [InlineData("The hardware comes from Fujitsu, which supplies Primergy servers to Nordlyst Cloud under a sub-contract.", "Fujitsu", "Nordlyst Cloud")]
    public void Supplies_told_in_a_passive_or_a_relative_clause_after_a_preposition(string text, string supplier, string customer) =>
        Expect(text, RelationType.Supplies, supplier, customer);

    [Fact]
    public void The_company_inside_a_relative_clause_is_the_one_the_sentence_opened_on()
    {
        var e = Run.Extract("Halvard Networks is backed by Thamesmead Partners, which owns 55% of the company.", "en");
        Assert.True(Run.Has(e, RelationType.OwnsStake, "Thamesmead Partners", "Halvard Networks"), Run.Dump(e));
    }

    [Fact]
    public void Buying_a_company_from_a_fund_is_not_buying_the_fund()
    {
        var e = Run.Extract("L'ESN Talvane est une filiale du groupe Norvane, qui l'a rachetée en 2022 au fonds Montavel Capital.", "fr");
        Assert.DoesNotContain(e.Claims, c => c.Type == RelationType.Acquired && c.Object.Name == "Montavel Capital" && c.Confidence >= 0.5);
    }

    [Theory]
    [InlineData("Tessavane Conseil a remporté le marché en mai. Its former managing director, Paul Delcroix, left last year to join Sopra Steria.", "Paul Delcroix", "Tessavane Conseil")]
    [InlineData("Velmarde Hosting signed the deal last week. Its chief information officer, Priya Ramsden, said the choice came down to resilience.", "Priya Ramsden", "Velmarde Hosting")]
    [InlineData("Kervalis Numérique a ouvert un site à Brest. Son directeur général, Yannick Strohmann, est un ancien d'Orange.", "Yannick Strohmann", "Kervalis Numérique")]
    public void A_title_opened_by_a_possessive_is_a_role_at_the_company_the_text_is_about(string text, string person, string org) =>
        Expect(text, RelationType.HoldsRole, person, org);

    [Theory]
    [InlineData("Orvalde Digital grandit. Il reste contrôlé par sa famille fondatrice, mais le fonds Ardian détient 30 % de son capital depuis 2022.", "Ardian", "Orvalde Digital")]
    [InlineData("Halbrook Data grew fast last year. The infrastructure fund Tamsin Capital holds 40% of its share capital.", "Tamsin Capital", "Halbrook Data")]
    public void A_stake_in_its_capital_is_in_the_company_the_text_is_about(string text, string owner, string owned) =>
        Expect(text, RelationType.OwnsStake, owner, owned);

    [Fact]
    public void A_possessive_title_names_the_organisation_before_it()
    {
        var e = Run.Extract("Calvenza Sistemi's former chairman, Giorgio Ferrante, now chairs the board of Nettuno Reti.", "en");
        Assert.True(Run.Has(e, RelationType.HoldsRole, "Giorgio Ferrante", "Calvenza Sistemi"), Run.Dump(e));
        Assert.Contains(e.Claims, c => c.Type == RelationType.HoldsRole && c.Object.Name == "Calvenza Sistemi" && c.Props.ToJson().Contains("false", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("La start-up Héliandre grandit vite. Son produit phare, Héliandre Assist, est bâti sur le modèle Mistral Small.", "Héliandre", "Héliandre Assist")]
    [InlineData("Halmveld Data grew fast. Its core service, Halmveld Kommunal, runs on OpenStack.", "Halmveld Data", "Halmveld Kommunal")]
    public void Operates_told_by_a_possessive_before_the_offering(string text, string org, string offering) =>
        Expect(text, RelationType.Operates, org, offering);

    [Theory]
    [InlineData("Talvane Cloud, détenue à parts égales par Orange et Capgemini, vise les ministères.", "Orange", "Talvane Cloud")]
    [InlineData("The venture Arvik Edge is owned 50-50 by Norvane and Skarvik Telecom.", "Skarvik Telecom", "Arvik Edge")]
    public void Stakes_held_in_equal_halves(string text, string owner, string owned) => Expect(text, RelationType.OwnsStake, owner, owned);

    [Theory]
    [InlineData("Le fonds Ardian détient 60 % de Velquen Data. La Banque des Territoires en détient désormais 25 %.", "Banque des Territoires", "Velquen Data")]
    [InlineData("Ardian a racheté Velquen Data en mars. Le fondateur, Loïc Brédan, conserve 15 % du capital.", "Loïc Brédan", "Velquen Data")]
    [InlineData("KKR holds 70% of Brindle Towers. Vodafone keeps a 20% stake and the founders the rest.", "Vodafone", "Brindle Towers")]
    public void An_owner_and_a_share_without_a_company_are_in_the_company_of_the_last_stake(string text, string owner, string owned) =>
        Expect(text, RelationType.OwnsStake, owner, owned);

    [Theory]
    [InlineData("KKR has acquired Brindle Towers. Ahead of the deal, Vodafone sold the 20% stake it had held since 2019.", "Vodafone", "Brindle Towers")]
    [InlineData("Ardian a racheté Velquen Data en mars. Le fonds Breizh Up, entré en 2018, a cédé à cette occasion sa participation de 12 %.", "Breizh Up", "Velquen Data")]
    public void A_stake_sold_without_a_company_ended_in_the_company_of_the_last_stake(string text, string owner, string owned) =>
        ExpectEnded(text, RelationType.OwnsStake, owner, owned);

    [Theory]
    [InlineData("Fondée en 2019, Kervalia compte depuis 2022 le fonds Arvor Capital à son capital, à hauteur de 18 %.", "Arvor Capital", "Kervalia")]
    [InlineData("Tallow Cloud counts Ashgrove Partners, a Leeds investor, among its shareholders.", "Ashgrove Partners", "Tallow Cloud")]
    public void A_company_that_counts_an_investor_at_its_capital(string text, string owner, string owned) => Expect(text, RelationType.OwnsStake, owner, owned);

    [Theory]
    // no stake read before: the rules have nothing to attach the share to (the context model weighs these, see ContextModelTests)
    [InlineData("Velquen Data a été fondée en 2012 à Rennes. La Banque des Territoires en détient 25 %.")]
    [InlineData("Brindle Towers builds masts. Vodafone keeps a 20% stake.")]
    // the sentence names the company itself
    [InlineData("Ardian détient 60 % de Velquen Data. Orange, dont KKR détient 30 %, reste discret.")]
    public void A_share_without_a_company_is_not_guessed_by_the_rules(string text)
    {
        var e = new TextClaimExtractor(modelDirectory: null).Extract(new Core.Documents.Document("t", text, Core.Documents.MediaTypes.PlainText));
        Assert.DoesNotContain(e.Claims, c => c.Type == RelationType.OwnsStake && c.Confidence >= 0.5 && c.Object.Name is "Velquen Data" or "Brindle Towers" && c.Subject.Name is "Banque des Territoires" or "Vodafone" or "KKR");
    }

    [Fact]
    public void A_share_in_a_company_the_sentence_names_is_not_moved_to_another()
    {
        var e = Run.Extract("Ardian détient 60 % de Velquen Data. Orange, dont KKR détient 30 %, reste discret.");
        Assert.DoesNotContain(e.Claims, c => c.Type == RelationType.OwnsStake && c.Confidence >= 0.5 && c.Subject.Name == "KKR" && c.Object.Name != "Orange");
    }

    [Theory]
    [InlineData("Ericsson supplies Cellnex's small-cell radio units under a framework agreement.", "Ericsson", "Cellnex")]
    [InlineData("Juniper Networks provides Scaleway's networking equipment for its data centres.", "Juniper Networks", "Scaleway")]
    [InlineData("Kervalis Numérique fournit aussi Outscale, filiale de Dassault Systèmes.", "Kervalis Numérique", "Outscale")]
    [InlineData("Econocom, qui fournit déjà les switchs de la Région Grand Est, voit son contrat prolongé.", "Econocom", "Région Grand Est")]
    [InlineData("Velquen Data's storage comes from NetApp, and its racks are assembled locally.", "NetApp", "Velquen Data")]
    [InlineData("Les serveurs de Velquen Data proviennent de chez Dell, qui assure aussi la maintenance.", "Dell", "Velquen Data")]
    [InlineData("For hosting, Velquen Data now relies on Microsoft's Azure cloud.", "Microsoft", "Velquen Data")]
    [InlineData("Velquen Data s'appuie sur l'offre de cloud de confiance d'Outscale pour héberger ses applications.", "Outscale", "Velquen Data")]
    [InlineData("Pour la radio, Orange Business s'appuie sur Nokia, son partenaire de longue date.", "Nokia", "Orange Business Services")]
    [InlineData("Velquen Data se fait livrer ses câbles par Prysmian depuis deux ans.", "Prysmian", "Velquen Data")]
    [InlineData("Velquen Data a confié la construction de son réseau à Axione.", "Axione", "Velquen Data")]
    [InlineData("La maintenance des bornes a été confiée par le CHU de Brest à Econocom.", "Econocom", "CHU de Brest")]
    [InlineData("La supervision est assurée pour le compte du CHU de Brest par Thales.", "Thales", "CHU de Brest")]
    [InlineData("The network is run by Capita on behalf of Kent County Council.", "Capita", "Kent County Council")]
    [InlineData("Velquen Data, whose customers include Orange and Bouygues Telecom, is growing.", "Velquen Data", "Bouygues Telecom")]
    [InlineData("STACKIT counts Orange, the French operator, among its largest customers.", "StackIT", "Orange")]
    public void Supplies_told_by_possessives_origins_reliance_and_customers(string text, string supplier, string customer) =>
        Expect(text, RelationType.Supplies, supplier, customer);

    [Theory]
    [InlineData("Its new chief executive comes from Orange, where she ran the cloud unit.")]
    [InlineData("Le fonds est géré par Bpifrance pour le compte de l'État.")]
    [InlineData("Google Cloud runs on Google's infrastructure in Frankfurt.")]
    public void Origins_of_people_funds_run_for_others_and_a_group_s_own_units_are_no_supply(string text) => ExpectNone(text, RelationType.Supplies);

    [Theory]
    [InlineData("Ardian a racheté les titres de la société Velquen Data détenus par ses fondateurs.")]
    [InlineData("KKR bought shares in Brindle Towers last year.")]
    public void Buying_shares_is_not_a_takeover(string text) => ExpectNone(text, RelationType.Acquired);

    [Theory]
    [InlineData("Nordlicht Digital has been majority-owned since 2022 by French IT services group Sopra Steria.", "Sopra Steria", "Nordlicht Digital")]
    [InlineData("Bpifrance entre au capital de Fibre Océane, opérateur d'infrastructures rochelais, à hauteur de 25 %.", "Bpifrance", "Fibre Océane")]
    [InlineData("Docaposte, filiale du groupe La Poste, est l'actionnaire de référence de NumSpot.", "Docaposte", "NumSpot")]
    [InlineData("KKR is now the controlling shareholder of Brindle Towers.", "KKR", "Brindle Towers")]
    public void Stakes_told_by_entering_the_capital_or_a_shareholder_s_rank(string text, string owner, string owned) =>
        Expect(text, RelationType.OwnsStake, owner, owned);

    [Theory]
    [InlineData("Thamesview Capital has exited Surrey data centre operator Wey Data, selling its stake to the founders.", "Thamesview Capital", "Wey Data")]
    [InlineData("Bpifrance est sortie du capital de Velquen Data en 2024.", "Bpifrance", "Velquen Data")]
    [InlineData("The Finnish state fund Solidium sold its last Telia shares in 2023.", "Solidium", "Telia Company")]
    public void Exiting_a_company_or_selling_its_shares_ends_a_stake(string text, string owner, string owned) =>
        ExpectEnded(text, RelationType.OwnsStake, owner, owned);

    [Fact]
    public void A_stake_sold_in_a_company_the_sentence_names_is_not_in_the_topic()
    {
        var e = Run.Extract("Ardian a racheté Velquen Data. Le groupe Vertalis a cédé les 12 % qu'il détenait depuis 2021 dans Kubéo, éditeur nantais.", "fr");
        Assert.DoesNotContain(e.Claims, c => c.Type == RelationType.OwnsStake && c.Subject.Name == "Vertalis" && c.Object.Name == "Velquen Data");
    }

    [Fact]
    public void A_share_taken_alongside_another_investor_is_not_in_that_investor()
    {
        var e = Run.Extract("Le tour est mené par le fonds Estuaire Ventures, qui prend 18 % du capital, aux côtés de Bpifrance.", "fr");
        Assert.DoesNotContain(e.Claims, c => c.Type == RelationType.OwnsStake && c.Object.Name == "Bpifrance" && c.Confidence >= 0.5);
    }

    [Theory]
    [InlineData("Harrowgate NHS Foundation Trust has handed a five-year hosting contract to Brightwater Cloud Services.", "Harrowgate NHS Foundation Trust", "Brightwater Cloud Services")]
    [InlineData("Montpellier, le 22 avril 2025 – Sudnet Services annonce avoir remporté l'appel d'offres de la Région Occitanie pour son hébergement.", "Région Occitanie", "Sudnet Services")]
    public void Contracts_handed_or_won_by_a_company_that_announces_it(string text, string buyer, string supplier) =>
        Expect(text, RelationType.AwardedContract, buyer, supplier);

    [Theory]
    [InlineData("Datavelia revendique une trentaine d'établissements, parmi lesquels le CHU de Rennes et le CHU de Brest.", "Datavelia", "CHU de Brest")]
    [InlineData("Parmi ses clients figurent les Hospices civils de Lyon, auxquels Scaleway fournit depuis 2021 l'hébergement de ses applications.", "Scaleway", "Hospices civils de Lyon")]
    [InlineData("Kestrel Cloud has 40 public customers, including Kent County Council.", "Kestrel Cloud", "Kent County Council")]
    public void Customers_listed_by_their_supplier(string text, string supplier, string customer) => Expect(text, RelationType.Supplies, supplier, customer);

    [Fact]
    public void Gear_supplied_with_no_determiner_goes_to_the_sentence_s_company()
    {
        var e = Run.Extract("Orange builds its rural network with XGS-PON equipment supplied by Nokia.", "en");
        Assert.True(Run.Has(e, RelationType.Supplies, "Nokia", "Orange"), Run.Dump(e));
    }

    [Theory]
    [InlineData("Kervalia a été fondée à Rennes en 2012. La PME a été rachetée en 2025 par Cegedim.", "Cegedim", "Kervalia")]
    [InlineData("The hosting firm Kervalia runs three data centres in Brittany. The outfit was acquired by Cegedim in 2025.", "Cegedim", "Kervalia")]
    public void Small_company_nouns_point_back_to_the_company(string text, string acquirer, string acquired) =>
        Expect(text, RelationType.Acquired, acquirer, acquired);

    [Theory]
    [InlineData("Coentreprise d'Orange et de Capgemini, Talvane Cloud vise la qualification.", "Talvane Cloud", "Capgemini")]
    [InlineData("A joint venture of Thales and Google, Talvane Cloud sells to ministries.", "Talvane Cloud", "Google")]
    [InlineData("Talvane Cloud est une coentreprise de Docaposte. La coentreprise formée en 2022 par Docaposte, Dassault Systèmes et Bouygues Telecom a nommé un directeur.", "Talvane Cloud", "Bouygues Telecom")]
    public void Joint_ventures_told_by_a_fronted_apposition_or_their_noun(string text, string venture, string parent) =>
        Expect(text, RelationType.JointVentureOf, venture, parent);

    [Fact]
    public void A_joint_venture_noun_that_is_not_the_sentence_subject_points_to_nothing_formed()
    {
        var e = Run.Extract("Scaleway a remporté le lot 1. Le lot 2 est attribué à Talvane Cloud, la coentreprise formée par Docaposte et Bouygues Telecom.", "fr");
        Assert.DoesNotContain(e.Claims, c => c.Type == RelationType.JointVentureOf && c.Subject.Name == "Scaleway");
    }

    [Theory]
    [InlineData("The private portion will run on Aegis Cloud, Scaleway's sovereign platform, which is built on OpenStack.", "Scaleway", "Aegis Cloud")]
    [InlineData("Nébulis SAS vend du cloud. L'offre phare de l'entreprise, Nébulis Cloud, est bâtie sur OpenStack.", "Nébulis", "Nébulis Cloud")]
    public void Offerings_told_by_their_operator_s_possessive_or_a_fronted_offer_of(string text, string operatorName, string offering) =>
        Expect(text, RelationType.Operates, operatorName, offering);

    [Theory]
    [InlineData("Julien Marchetti a été nommé DSI de la Région Bretagne. Auparavant, il avait passé cinq ans chez Thales comme architecte sécurité.", "Julien Marchetti", "Thales")]
    [InlineData("Katrin Oduya joins Scaleway as chief executive. Before that she spent a decade at T-Systems as head of public-sector sales.", "Katrin Oduya", "T-Systems")]
    public void A_pronoun_after_an_opening_adverb_continues_the_person(string text, string person, string org) =>
        ExpectEnded(text, RelationType.HoldsRole, person, org);

    [Fact]
    public void A_possessive_of_a_plural_name_opens_a_title()
    {
        var e = Run.Extract("Ashby Networks' managing director, Kieran Doyle, founded the company in 2009 after serving as chief technology officer at Pulsant.", "en");
        Assert.True(Run.Has(e, RelationType.HoldsRole, "Kieran Doyle", "Ashby Networks"), Run.Dump(e));
        Assert.DoesNotContain(e.Claims, c => c.Type == RelationType.HoldsRole && c.Object.Name == "Pulsant" && c.Props.ToJson().Contains("\"current\":true", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Julien Aubrac détient 70 % du capital de la société Kalinéo ; le solde appartient au fonds Occitanie Participations.", "Occitanie Participations", "Kalinéo")]
    [InlineData("Greyhaven Capital owns 60% of Brindle Towers. The remaining 40% belongs to the Japanese group Kaizen Telecom.", "Kaizen Telecom", "Brindle Towers")]
    [InlineData("Meseta Ventures holds a 20% stake in Brindle Towers, while an earlier investor, Galicia Capital, sold its 8% stake last year.", "Galicia Capital", "Brindle Towers")]
    public void The_rest_of_a_capital_belongs_to_the_company_the_sentence_or_the_last_one_named(string text, string owner, string owned) =>
        Expect(text, RelationType.OwnsStake, owner, owned);

    [Theory]
    [InlineData("Crown Commercial Service has opened its new cloud framework. Among the successful bidders are Amazon Web Services, Microsoft and Google.", "Crown Commercial Service", "Google")]
    [InlineData("La Région Grand Est a attribué son marché réseau. Quant au lot 3, dédié aux lycées, il échoit à Orange Business pour 8 millions d'euros.", "Région Grand Est", "Orange Business Services")]
    public void Winners_listed_or_a_lot_that_falls_to_a_supplier(string text, string buyer, string supplier) =>
        Expect(text, RelationType.AwardedContract, buyer, supplier);

    [Theory]
    [InlineData("Nubéon, l'hébergeur lyonnais, a obtenu la qualification SecNumCloud de l'ANSSI pour son offre Nubéon Vault.", "fr")]
    [InlineData("Scaleway has obtained the C5 attestation for its offering Nubéon Vault, a private cloud.", "en")]
    public void A_certification_obtained_for_an_offering_is_the_offering_s(string text, string language)
    {
        var e = Run.Extract(text, language);
        Assert.Contains(e.Claims, c => c.Type == RelationType.Qualified && c.Subject.Name == "Nubéon Vault" && c.Confidence >= 0.5);
        Assert.DoesNotContain(e.Claims, c => c.Type == RelationType.Qualified && c.Subject.Kind == EntityKind.Organization && c.Confidence >= 0.5);
    }

    [Fact]
    public void Selling_a_holding_to_a_buyer_is_no_supply() =>
        ExpectNone("Seed investor Kronauer Angels sold its 6% holding to T-Systems as part of the transaction.", RelationType.Supplies);

    [Theory]
    [InlineData("Scaleway vise désormais la qualification SecNumCloud pour Nubéon Vault, un chantier qui doit aboutir en 2026.", "fr")]
    [InlineData("Scaleway is now targeting the C5 attestation for Nubéon Vault, which it hopes to obtain next year.", "en")]
    public void A_certification_aimed_at_is_not_held(string text, string language) =>
        Assert.DoesNotContain(Run.Extract(text, language).Claims, c => c.Type == RelationType.Qualified && c.Confidence >= 0.5);

    [Fact]
    public void A_noun_after_a_fronted_clause_is_the_main_subject_not_an_apposition()
    {
        var e = Run.Extract("Talvane Cloud a été lancée en 2022. Détenue à parts égales par Orange et Capgemini, sans participation de Microsoft, la société vise les ministères.", "fr");
        Assert.True(Run.Has(e, RelationType.JointVentureOf, "Talvane Cloud", "Capgemini"), Run.Dump(e));
        Assert.DoesNotContain(e.Claims, c => (c.Subject.Name == "Microsoft" || c.Object.Name == "Microsoft") && c.Confidence >= 0.5);
    }
}
