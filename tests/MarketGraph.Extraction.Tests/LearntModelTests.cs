using MarketGraph.Core.Documents;
using MarketGraph.Core.Ontology;

namespace MarketGraph.Extraction.Tests;

/// <summary>The learnt name and relation models: how they are trained, shipped and kept in check by the rules' guards.</summary>
public class LearntModelTests
{
    [Fact]
    public void The_shipped_models_are_what_training_on_the_listed_corpora_gives()
    {
        var shipped = Path.Combine(CorpusTests.RepositoryRoot(), "src", "MarketGraph.Extraction", "Learning", "Models");
        var trainedOn = RelationModel.Load(Path.Combine(shipped, TextClaimExtractor.RelationModelFile)).TrainedOn;
        Assert.Contains("train-f", trainedOn);
        Assert.DoesNotContain(trainedOn, t => t.StartsWith("heldout", StringComparison.Ordinal));
        var output = Directory.CreateTempSubdirectory("mg-models-").FullName;
        try
        {
            RelationModelTrainer.TrainToFolder(trainedOn.Select(t => Path.Combine(CorpusTests.CorpusDirectory(), t)).ToList(), output);
            foreach (var file in new[] { TextClaimExtractor.NameModelFile, TextClaimExtractor.RelationModelFile, TextClaimExtractor.ContextModelFile })
            {
                Assert.True(File.ReadAllBytes(Path.Combine(shipped, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(output, file))),
                    $"{file} differs from a fresh training run: retrain with ./marketgraph train (Corpus/README.md) and commit the result");
            }
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void The_embedded_models_are_loaded_and_named_in_the_extractor_version()
    {
        Assert.NotNull(RelationModel.Default);
        Assert.NotNull(RelationModel.DefaultContext);
        Assert.NotNull(NameModel.Default);
        Assert.Contains("+model.", new TextClaimExtractor().Info.Version);
        Assert.DoesNotContain("+model.", new TextClaimExtractor(modelDirectory: null).Info.Version);
    }

    [Theory]
    [InlineData("Le contrat signé avec Brenvik Analytique porte sur quatre ans.", "Brenvik Analytique", EntityKind.Organization, "fr")]
    [InlineData("The deal was signed on Tuesday by Tarvesk Networks and the county.", "Tarvesk Networks", EntityKind.Organization, "en")]
    public void Names_without_a_cue_word_are_found_by_the_name_model(string text, string name, EntityKind kind, string language)
    {
        var e = Run.Extract(text, language);
        Assert.Contains(e.Entities, x => x.Name == name && x.Kind == kind);
        Assert.DoesNotContain(new TextClaimExtractor(modelDirectory: null).Extract(new Document("t", text, MediaTypes.PlainText) { Language = language }).Entities,
            x => x.Name == name);
    }

    [Theory]
    [InlineData("Chez Valdorne, la directrice générale a quitté ses fonctions.", "Chez Valdorne")]
    [InlineData("Depuis Lyon, l'opérateur dessert toute la région.", "Depuis Lyon")]
    public void A_capitalised_word_that_opens_the_sentence_is_not_part_of_the_name(string text, string notAName)
    {
        Assert.DoesNotContain(Run.Extract(text, "fr").Entities, x => x.Name == notAName);
    }

    // a model that calls every person–organisation pair in a sentence a role: what the guards around it let through
    private static TextClaimExtractor EagerRoleModel() => new(ActorCatalog.Default,
        new RelationModel("test", [], [new RelationModel.LabelModel(RelationType.HoldsRole, false, new HashSet<string> { "ho" }, 3, new Dictionary<string, double>())],
            new Dictionary<RelationType, double> { [RelationType.HoldsRole] = 0.5 }),
        names: null);

    // the same for joint ventures between organisations
    private static TextClaimExtractor EagerVentureModel() => new(ActorCatalog.Default,
        new RelationModel("test", [], [new RelationModel.LabelModel(RelationType.JointVentureOf, false, new HashSet<string> { "oo" }, 3, new Dictionary<string, double>())],
            new Dictionary<RelationType, double> { [RelationType.JointVentureOf] = 0.5 }),
        names: null);

    [Fact]
    public void Where_the_rules_read_a_relation_the_model_adds_none_of_that_type_to_its_entities()
    {
        var e = Extract(EagerVentureModel(), "Les lauréats sont Scaleway et Proximus, associé à S3NS (une coentreprise de Thales et Google Cloud), Clarence et Mistral AI.");
        var ventures = e.Claims.Where(c => c.Type == RelationType.JointVentureOf && c.Confidence >= 0.5).Select(c => $"{c.Subject.Name}>{c.Object.Name}").Order().ToList();
        // the eager model still pairs the names the rules left alone ("Clarence", "Mistral AI"), never S3NS or its parents
        Assert.Contains("S3NS>Thales", ventures);
        Assert.Contains("S3NS>Google Cloud", ventures);
        Assert.DoesNotContain(ventures, v => v is not ("S3NS>Thales" or "S3NS>Google Cloud") && (v.Contains("S3NS") || v.Contains("Thales") || v.Contains("Google Cloud")));
        Assert.Contains("Clarence>Mistral AI", ventures);
    }

    private static Core.Ports.Extraction Extract(TextClaimExtractor extractor, string text) =>
        extractor.Extract(new Document("t", text, MediaTypes.PlainText) { Language = "fr" });

    [Fact]
    public void A_person_gets_one_learnt_role_per_sentence()
    {
        var e = Extract(EagerRoleModel(), "Didier Renard, Orange et Capgemini figurent sur la photo officielle.");
        Assert.Single(e.Claims, c => c.Type == RelationType.HoldsRole && c.Subject.Name == "Didier Renard");
        Assert.All(e.Claims, c => Assert.InRange(c.Confidence, 0.5, 0.8));
    }

    [Fact]
    public void A_learnt_relation_in_a_hedged_clause_stays_below_the_threshold()
    {
        var e = Extract(EagerRoleModel(), "Didier Renard pourrait rejoindre Orange à la rentrée.");
        Assert.DoesNotContain(e.Claims, c => c.Type == RelationType.HoldsRole && c.Confidence >= 0.5);
        Assert.Contains(e.Claims, c => c.Type == RelationType.HoldsRole && c.Confidence < 0.5);
    }

    [Fact]
    public void The_rules_reading_wins_over_the_model()
    {
        var e = Extract(EagerRoleModel(), "Didier Renard, directeur général d'Orange, a rencontré Capgemini hier.");
        var roles = e.Claims.Where(c => c.Type == RelationType.HoldsRole).ToList();
        var role = Assert.Single(roles);
        Assert.Equal("Orange", role.Object.Name);
        Assert.Equal("directeur général", role.Props.GetString("title"));
    }

    [Fact]
    public void A_model_trained_on_fewer_than_three_folders_claims_only_what_it_is_sure_of()
    {
        var output = Directory.CreateTempSubdirectory("mg-models-").FullName;
        try
        {
            RelationModelTrainer.TrainToFolder([Path.Combine(CorpusTests.CorpusDirectory(), "dev-a")], output);
            var model = RelationModel.Load(Path.Combine(output, TextClaimExtractor.RelationModelFile));
            Assert.NotNull(model.Thresholds);
            Assert.All(model.Thresholds!.Values, t => Assert.Equal(0.9, t));
            var report = GoldEvaluator.Evaluate(Path.Combine(CorpusTests.CorpusDirectory(), "dev-b"), new TextClaimExtractor(output));
            Assert.True(report.Overall.Predicted > 0, report.Format());
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void Training_on_a_missing_folder_is_a_clear_error()
    {
        var e = Assert.Throws<InvalidInputException>(() => RelationModelTrainer.TrainToFolder(["/no/such/gold"], Path.GetTempPath()));
        Assert.Contains("/no/such/gold", e.Message);
    }
}
