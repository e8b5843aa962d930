using MarketGraph.Core.Documents;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Extraction.Tests;

/// <summary>
/// The context model: relations between a mention and an entity an earlier sentence named, which candidates it is
/// offered, and the guards around what it claims.
/// </summary>
public class ContextModelTests
{
    private static List<(string Sentence, List<string> Candidates)> CandidatesOf(string text, string language = "en")
    {
        var recognizer = new EntityRecognizer(ActorLexicon.Default, language);
        var context = new DocumentContext(recognizer.Entities);
        var result = new List<(string, List<string>)>();
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            var mentions = recognizer.Recognise(text, sentence);
            result.Add((text[sentence.Start..sentence.End],
                context.Candidates(mentions).Select(c => $"{recognizer.Entities[c.Entity].Name}:{string.Join('+', c.Sources)}:{c.SentencesAgo}").ToList()));
            context.Observe(mentions);
        }
        return result;
    }

    [Fact]
    public void The_first_sentence_has_no_context()
    {
        var s = CandidatesOf("Orange et Capgemini ont créé Bleu. Thales détient 40 % de la société.", "fr");
        Assert.Empty(s[0].Candidates);
    }

    [Fact]
    public void Candidates_are_the_two_bodies_named_last_the_one_named_most_the_latest_offering_and_person()
    {
        var s = CandidatesOf("Capgemini runs Bleu with Orange. Orange Business sells Flexible Engine to Capgemini. Capgemini hired Jane Porter from Atos. Thales bought a 20% stake.");
        Assert.Equal(["Atos:r0:1", "Capgemini:r1+top:1", "Flexible Engine:off:2", "Jane Porter:per:1"], s[3].Candidates);
    }

    [Fact]
    public void An_entity_the_sentence_names_is_not_its_own_context()
    {
        var s = CandidatesOf("Scaleway is a cloud provider. Iliad owns Scaleway.");
        Assert.DoesNotContain(s[1].Candidates, c => c.StartsWith("Scaleway:", StringComparison.Ordinal));
    }

    [Fact]
    public void How_long_ago_counts_sentences_without_names_too()
    {
        var s = CandidatesOf("OVHcloud opened a region. Construction took six months. Nobody expected that. Thales holds 5%.");
        Assert.Contains("OVHcloud:r0+top:3", s[3].Candidates);
    }

    [Fact]
    public void A_candidate_carries_what_the_rules_made_of_it_earlier()
    {
        var text = "Thales détient 40 % de la start-up Nordavik Cloud. La société a été fondée en 2019. Atos en détient 10 %.";
        var recognizer = new EntityRecognizer(ActorLexicon.Default, "fr");
        var context = new DocumentContext(recognizer.Entities);
        var sentences = SentenceSplitter.Split(text).ToList();
        var first = recognizer.Recognise(text, sentences[0]);
        context.Observe(first);
        context.Note(RelationType.OwnsStake, first[0].Entity, first[1].Entity);
        context.Observe(recognizer.Recognise(text, sentences[1]));
        var candidates = context.Candidates(recognizer.Recognise(text, sentences[2]));
        var company = Assert.Single(candidates, c => recognizer.Entities[c.Entity].Name == "Nordavik Cloud");
        Assert.Equal(["os"], company.History);
        Assert.Equal(["osh"], Assert.Single(candidates, c => recognizer.Entities[c.Entity].Name == "Thales").History);
    }

    [Theory]
    [InlineData("Corvalis Networks a été fondée en 2016 à Rennes et exploite 900 kilomètres de fibre. Le fonds Arvor Capital en détient 30 % depuis 2021.",
        "Arvor Capital", "Corvalis Networks", 30, "fr")]
    public void The_shipped_context_model_reads_an_owner_only_stake_against_the_company_just_described(string text, string owner, string company, double percent, string language)
    {
        var e = Extract(new TextClaimExtractor(), text, language);
        Assert.Contains($"{owner}>{company}", Stakes(e));
        // the share is the one the owner's clause gives
        Assert.Equal(percent, e.Claims.Single(c => c.Type == RelationType.OwnsStake && c.Subject.Name == owner).Props.GetDouble("percent"));
        // the pair spans two sentences: neither the rules nor the sentence model read it
        Assert.DoesNotContain($"{owner}>{company}", Stakes(Extract(new TextClaimExtractor(ActorCatalog.Default, RelationModel.Default, NameModel.Default), text, language)));
    }

    // a context model that relates every mentioned organisation to every earlier organisation by a stake
    private static TextClaimExtractor EagerStakeModel() => new(ActorCatalog.Default, null, null,
        new RelationModel("test", [], [new RelationModel.LabelModel(RelationType.OwnsStake, false, new HashSet<string> { "oo" }, 3, new Dictionary<string, double>())],
            new Dictionary<RelationType, double> { [RelationType.OwnsStake] = 0.5 }));

    private static Core.Ports.Extraction Extract(TextClaimExtractor extractor, string text, string language = "en") =>
        extractor.Extract(new Document("t", text, MediaTypes.PlainText) { Language = language });

    private static List<string> Stakes(Core.Ports.Extraction e, double min = 0.5) =>
        e.Claims.Where(c => c.Type == RelationType.OwnsStake && c.Confidence >= min).Select(c => $"{c.Subject.Name}>{c.Object.Name}").ToList();

    [Fact]
    public void A_mention_gets_one_context_relation_per_type_and_the_first_sentence_none()
    {
        var e = Extract(EagerStakeModel(), "Capgemini met Atos in Paris. Thales was there too.");
        var stakes = Stakes(e);
        Assert.Single(stakes);
        Assert.StartsWith("Thales>", stakes[0], StringComparison.Ordinal);
        Assert.All(e.Claims, c => Assert.InRange(c.Confidence, 0.5, 0.75));
    }

    [Fact]
    public void Where_the_sentence_itself_relates_a_mention_by_the_type_the_context_adds_nothing_to_it()
    {
        var e = Extract(EagerStakeModel(), "Capgemini met Atos in Paris. Thales holds 20% of Sopra Steria.");
        Assert.Equal(["Thales>Sopra Steria"], Stakes(e));
    }

    [Fact]
    public void A_context_relation_in_a_denied_or_hedged_sentence_stays_below_the_threshold()
    {
        Assert.Empty(Stakes(Extract(EagerStakeModel(), "Capgemini met Atos in Paris. Thales has not taken a stake.")));
        Assert.Empty(Stakes(Extract(EagerStakeModel(), "Capgemini a rencontré Atos à Paris. Thales pourrait entrer au capital.", "fr")));
        Assert.NotEmpty(Stakes(Extract(EagerStakeModel(), "Capgemini a rencontré Atos à Paris. Thales pourrait entrer au capital.", "fr"), 0));
    }
}
