using MarketGraph.Core.Ontology;

namespace MarketGraph.Extraction.Tests;

public class RelationTests
{
    private static void AssertRelation(string text, RelationType type, string subject, string obj, string? language = null)
    {
        var e = Run.Extract(text, language);
        Assert.True(Run.Has(e, type, subject, obj), $"expected {type} {subject} -> {obj}; got:\n{Run.Dump(e)}");
    }

    [Theory]
    [InlineData("Orange détient 23 % de la société Nubilo depuis l'an dernier.", "Orange", "Nubilo")]
    [InlineData("Capgemini holds a 23% stake in Ventora, a cloud provider.", "Capgemini", "Ventora")]
    [InlineData("Nubilo, détenue à 40 % par Thales, a été fondée en 2019.", "Thales", "Nubilo")]
    [InlineData("Ventora, a company 60%-owned by Atos, opened a data centre.", "Atos", "Ventora")]
    [InlineData("Atos owns 51 percent of Ventora, a cloud provider.", "Atos", "Ventora")]
    public void Owns_stake_with_percent(string text, string owner, string owned)
    {
        AssertRelation(text, RelationType.OwnsStake, owner, owned);
        var claim = Run.Extract(text).Claims.First(c => c.Type == RelationType.OwnsStake);
        Assert.NotNull(claim.Props.GetDouble("percent"));
    }

    [Fact]
    public void Percent_property_is_the_number_in_the_text()
    {
        var claim = Run.Extract("Orange détient 23 % de Nubilo, une société de cloud.").Claims.Single(c => c.Type == RelationType.OwnsStake);
        Assert.Equal(23, claim.Props.GetDouble("percent"));
    }

    [Theory]
    [InlineData("Nubilo, filiale de Thales, a remporté plusieurs contrats.", "Nubilo", "Thales")]
    [InlineData("Ventora, a subsidiary of Atos, opened a data centre.", "Ventora", "Atos")]
    [InlineData("Docaposte (filiale numérique du groupe La Poste) investit dans le cloud.", "Docaposte", "La Poste")]
    [InlineData("Dassault Systèmes (maison mère d'Outscale) publie ses résultats.", "Outscale", "Dassault Systèmes")]
    [InlineData("Thales, through its subsidiary Nubilo, won the deal.", "Nubilo", "Thales")]
    public void Subsidiary_of(string text, string child, string parent) => AssertRelation(text, RelationType.SubsidiaryOf, child, parent);

    [Fact]
    public void Chained_appositions_give_each_link()
    {
        var e = Run.Extract("Selon Nubilo, filiale de Cloudwatt, la branche cloud d'Orange, le projet avance.", "fr");
        Assert.True(Run.Has(e, RelationType.SubsidiaryOf, "Nubilo", "Cloudwatt"), Run.Dump(e));
        Assert.True(Run.Has(e, RelationType.SubsidiaryOf, "Cloudwatt", "Orange"), Run.Dump(e));
    }

    [Theory]
    [InlineData("Orange a racheté la société Nubilo en mars 2015.", "Orange", "Nubilo", "2015-03")]
    [InlineData("Atos acquired Ventora, a cloud provider, in June 2021.", "Atos", "Ventora", "2021-06")]
    [InlineData("La start-up Nubilo a été rachetée par Thales en 2019.", "Thales", "Nubilo", "2019")]
    public void Acquired_with_date(string text, string acquirer, string acquired, string date)
    {
        AssertRelation(text, RelationType.Acquired, acquirer, acquired);
        var claim = Run.Extract(text).Claims.First(c => c.Type == RelationType.Acquired);
        Assert.Equal(date, claim.Props.GetString("date"));
    }

    [Fact]
    public void Taken_over_at_100_percent_is_an_acquisition_and_a_stake()
    {
        var e = Run.Extract("Cloudwatt, repris à 100 % par Orange en mars 2015, reste actif.", "fr");
        Assert.True(Run.Has(e, RelationType.Acquired, "Orange", "Cloudwatt"), Run.Dump(e));
        Assert.True(Run.Has(e, RelationType.OwnsStake, "Orange", "Cloudwatt"), Run.Dump(e));
    }

    [Theory]
    [InlineData("Thales et Atos créent une coentreprise baptisée Nubilo pour le cloud de défense.", "fr")]
    [InlineData("Thales and Atos will establish a joint venture called Nubilo to serve defence customers.", "en")]
    [InlineData("Nubilo, a joint venture of Thales and Atos, opened its first region.", "en")]
    public void Joint_venture_of_each_parent(string text, string language)
    {
        AssertRelation(text, RelationType.JointVentureOf, "Nubilo", "Thales", language);
        AssertRelation(text, RelationType.JointVentureOf, "Nubilo", "Atos", language);
    }

    [Theory]
    [InlineData("Le partenariat entre Orange et Scaleway porte sur le stockage.", "Orange", "Scaleway")]
    [InlineData("Atos s'allie à Google Cloud pour les administrations.", "Atos", "Google Cloud")]
    [InlineData("Proximus partners with Clever Cloud and OVHcloud for the tender.", "Proximus", "OVHcloud")]
    [InlineData("Capgemini signed a partnership with Microsoft last week.", "Microsoft", "Capgemini")]
    public void Partners_with_is_found_in_both_directions(string text, string a, string b)
    {
        var e = Run.Extract(text);
        Assert.True(Run.Has(e, RelationType.PartnersWith, a, b) || Run.Has(e, RelationType.PartnersWith, b, a), Run.Dump(e));
    }

    [Theory]
    [InlineData("Huawei fournit des serveurs et la pile OpenStack à Orange.", "Huawei", "Orange", "OpenStack")]
    [InlineData("Nokia supplies Proximus with radio equipment.", "Nokia", "Proximus", "radio equipment")]
    [InlineData("Bouygues Telecom a choisi Ericsson pour son cœur de réseau.", "Ericsson", "Bouygues Telecom", null)]
    public void Supplies_with_technology(string text, string supplier, string customer, string? technology)
    {
        AssertRelation(text, RelationType.Supplies, supplier, customer);
        if (technology is not null)
            Assert.Contains(technology, Run.Extract(text).Claims.First(c => c.Type == RelationType.Supplies).Props.GetString("technology"));
    }

    [Theory]
    [InlineData("Cloudwatt est bâti sur OpenStack depuis son lancement.", "Cloudwatt", "OpenStack")]
    [InlineData("Open Telekom Cloud is based on OpenStack and runs in Germany.", "Open Telekom Cloud", "OpenStack")]
    [InlineData("Numspot reposera sur Outscale dès l'an prochain.", "NumSpot", "Outscale")]
    [InlineData("Bleu will offer Microsoft 365 to its public customers.", "Bleu", "Microsoft 365")]
    public void Built_on(string text, string offering, string technology) => AssertRelation(text, RelationType.BuiltOn, offering, technology);

    [Theory]
    [InlineData("Deutsche Telekom lance son offre de cloud public Open Telekom Cloud en mars.", "Deutsche Telekom", "Open Telekom Cloud")]
    [InlineData("Open Telekom Cloud, operated by T-Systems, opened a new region.", "T-Systems", "Open Telekom Cloud")]
    public void Operates(string text, string operatorName, string offering) => AssertRelation(text, RelationType.Operates, operatorName, offering);

    [Theory]
    [InlineData("La DINUM a attribué à la start-up Nubilo un marché d'hébergement de trois ans.", "DINUM", "Nubilo")]
    [InlineData("The European Commission awarded Scaleway a contract for sovereign cloud services.", "European Commission", "Scaleway")]
    [InlineData("Scaleway won a hosting contract from the European Commission.", "European Commission", "Scaleway")]
    public void Awarded_contract(string text, string buyer, string supplier) => AssertRelation(text, RelationType.AwardedContract, buyer, supplier);

    [Fact]
    public void Awarded_contract_without_a_named_buyer_goes_to_the_public_body_the_text_is_about()
    {
        var e = Run.Extract("L'ANSSI prépare un nouvel appel d'offres. Un contrat a déjà été passé avec Scaleway pour l'hébergement de données.", "fr");
        Assert.True(Run.Has(e, RelationType.AwardedContract, "ANSSI", "Scaleway"), Run.Dump(e));
        Assert.Contains("hébergement", e.Claims.First(c => c.Type == RelationType.AwardedContract).Props.GetString("subject"));
    }

    [Theory]
    [InlineData("Marc Vidal, directeur général de Scaleway, a présenté la feuille de route.", "Marc Vidal", "Scaleway", "directeur général", true)]
    [InlineData("Laura Chen, the CEO of Ventora, a cloud provider, spoke first.", "Laura Chen", "Ventora", "CEO", true)]
    [InlineData("Marc Vidal, l'ex-dirigeant de Cloudwatt, a rejoint une start-up.", "Marc Vidal", "Cloudwatt", "ex-dirigeant", false)]
    [InlineData("John Miller, former CEO of Atos, joined the board.", "John Miller", "Atos", "former CEO", false)]
    public void Holds_role_with_title_and_current(string text, string person, string org, string title, bool current)
    {
        AssertRelation(text, RelationType.HoldsRole, person, org);
        var claim = Run.Extract(text).Claims.First(c => c.Type == RelationType.HoldsRole && c.Object.Name == org);
        Assert.Equal(title, claim.Props.GetString("title"));
        Assert.Equal(current, claim.Props.GetBool("current"));
    }

    [Fact]
    public void A_french_minister_holds_a_role_in_the_french_state()
    {
        AssertRelation("Le projet a été salué par le ministre de l'Économie, Julien Marchal.", RelationType.HoldsRole, "Julien Marchal", "French State", "fr");
    }

    [Theory]
    [InlineData("OVHcloud a obtenu la qualification SecNumCloud pour son offre.", "OVHcloud", "SecNumCloud")]
    [InlineData("S3NS received the SecNumCloud qualification in 2024.", "S3NS", "SecNumCloud")]
    public void Qualified(string text, string holder, string certification) => AssertRelation(text, RelationType.Qualified, holder, certification);
}
