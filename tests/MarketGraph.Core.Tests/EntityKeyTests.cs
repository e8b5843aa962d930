using MarketGraph.Core.Entities;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Core.Tests;

public class EntityKeyTests
{
    [Theory]
    [InlineData("Orange SA", "orange")]
    [InlineData("l'État", "etat")]
    [InlineData("L’Etat", "etat")]
    [InlineData("The French State", "french state")]
    [InlineData("Deutsche Telekom AG", "deutsche telekom")]
    [InlineData("T-Systems International GmbH", "t systems international")]
    [InlineData("Orange Business Services S.A.", "orange business services")]
    [InlineData("  Société Générale  ", "societe generale")]
    [InlineData("SA", "sa")]
    [InlineData("", "")]
    public void Normalise_folds_case_accents_articles_and_legal_forms(string name, string expected) =>
        Assert.Equal(expected, EntityKey.Normalise(name));

    [Fact]
    public void Entity_ids_are_stable_and_kind_prefixed()
    {
        Assert.Equal("org:orange-business-services", EntityId.For(EntityKind.Organization, "Orange Business Services SA"));
        Assert.Equal(EntityId.For(EntityKind.PublicBody, "l'État"), EntityId.For(EntityKind.PublicBody, "Etat"));
        var longName = string.Join(' ', Enumerable.Repeat("Agence", 30));
        Assert.True(EntityId.For(EntityKind.PublicBody, longName).Length < 90);
    }

    [Theory]
    [InlineData("OWNS_STAKE", RelationType.OwnsStake)]
    [InlineData("partners_with", RelationType.PartnersWith)]
    [InlineData("AwardedContract", RelationType.AwardedContract)]
    public void Relation_types_parse_from_wire_or_enum_names(string text, RelationType expected) =>
        Assert.Equal(expected, RelationTypes.Parse(text));

    [Fact]
    public void Unknown_relation_type_is_rejected() => Assert.False(RelationTypes.TryParse("LIKES", out _));

    [Fact]
    public void Every_relation_type_has_ontology_info() =>
        Assert.All(Enum.GetValues<RelationType>(), t => Assert.False(string.IsNullOrEmpty(t.WireName())));
}

public class EntityKeyLegalPhraseTests
{
    [Theory]
    [InlineData("Orange Société Anonyme", "orange")]
    [InlineData("Numspot Société par actions simplifiée", "numspot")]
    [InlineData("Acme Public Limited Company", "acme")]
    public void Spelled_out_legal_forms_are_removed(string name, string expected) =>
        Assert.Equal(expected, EntityKey.Normalise(name));
}
