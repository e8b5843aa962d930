using MarketGraph.Core.Ontology;

namespace MarketGraph.Extraction.Tests;

/// <summary>
/// Supplies told by hosting, running, a platform's infrastructure, a tower's tenants and a customer's own words: the
/// rules' reading (the learnt models may find some of these too), and the engine's as shipped.
/// </summary>
public class SupplyPhrasingTests
{
    private static void Expect(string text, string supplier, string customer)
    {
        foreach (var e in new[] { Run.ExtractByPatterns(text), Run.Extract(text) })
            Assert.True(Run.Has(e, RelationType.Supplies, supplier, customer), $"expected SUPPLIES {supplier} -> {customer}; got:\n{Run.Dump(e)}");
    }

    [Theory]
    [InlineData("Le câble a été posé par Nexabel, qui a fourni à Marivane Networks les quarante répéteurs.", "Nexabel", "Marivane Networks")]
    [InlineData("Depuis 2019, Kordalis a fourni à Vectane ses serveurs de stockage.", "Kordalis", "Vectane")]
    public void Supplies_told_in_the_past_tense(string text, string supplier, string customer) => Expect(text, supplier, customer);

    [Theory]
    [InlineData("Scaleway's other public-sector customers include Kent County Council, which moved its payroll to the platform in May.", "Scaleway", "Kent County Council")]
    [InlineData("Harrowgate Borough Council has hired Skelmore, a Bradford integrator, to migrate its mailboxes.", "Skelmore", "Harrowgate Borough Council")]
    [InlineData("The patient record comes from Halvora, which Wessex Valley NHS Foundation Trust has used since 2014.", "Halvora", "Wessex Valley NHS Foundation Trust")]
    [InlineData("Le logiciel de radiologie vient de Radiane, que Nuvéa utilise depuis 2016.", "Radiane", "Nuvéa")]
    public void Supplies_told_by_the_customer_list_a_hire_or_a_use(string text, string supplier, string customer) => Expect(text, supplier, customer);

    [Theory]
    [InlineData("Skelmore has run Calder Borough Council's wide-area network since 2018.", "Skelmore", "Calder Borough Council")]
    [InlineData("Network links to Colbane's regional offices are provided by Vodafone Business.", "Vodafone Business", "Colbane")]
    [InlineData("Skelmore still manages networks for Calder Borough Council, its largest customer.", "Skelmore", "Calder Borough Council")]
    [InlineData("Numalia exploite deux salles serveurs pour le compte de Kervanet.", "Numalia", "Kervanet")]
    public void Supplies_told_by_who_runs_whose_systems(string text, string supplier, string customer) => Expect(text, supplier, customer);

    [Theory]
    [InlineData("La plateforme de Cumulane SAS repose sur l'infrastructure IaaS fournie par Outscale.", "Outscale", "Cumulane")]
    [InlineData("Cumulane's sovereign platform relies on infrastructure supplied by Scaleway.", "Scaleway", "Cumulane")]
    [InlineData("Les serveurs de Cumulane sont hébergés dans les centres de données de Data4.", "Data4", "Cumulane")]
    [InlineData("Skelmore's servers are housed in Equinix's data centres in Slough.", "Equinix", "Skelmore")]
    public void Supplies_told_by_the_infrastructure_a_platform_sits_on(string text, string supplier, string customer) => Expect(text, supplier, customer);

    [Theory]
    [InlineData("Vantelco is the anchor tenant on 400 of Northspan Towers' masts.", "Northspan Towers", "Vantelco")]
    [InlineData("Bouygues Telecom loue des emplacements sur les pylônes de la société Hexavane.", "Hexavane", "Bouygues Telecom")]
    [InlineData("Occilane commercialise ses offres sous la marque Occifibre auprès des opérateurs, dont Orange et SFR.", "Occilane", "Orange")]
    public void Supplies_told_by_towers_tenants_and_wholesale_brands(string text, string supplier, string customer) => Expect(text, supplier, customer);

    [Theory]
    [InlineData("Ana Ruiz, who previously ran Orange's wholesale division, joins Skelmore as chief executive.")]
    [InlineData("Renamed Skelmore Cloud, the subsidiary now runs the group's sovereign offering from Leeds.")]
    public void Running_a_division_or_an_offering_is_no_supply(string text)
    {
        var e = Run.Extract(text);
        Assert.DoesNotContain(e.Claims, c => c.Type == RelationType.Supplies && c.Confidence >= 0.5);
    }
}
