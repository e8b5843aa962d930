namespace MarketGraph.Cli.Tests;

/// <summary>train writes the three model files; eval --model and --rules-only read with them or without any.</summary>
public class TrainCommandTests
{
    private const string Gold = """
        { "id": "g1", "title": "Nomination", "language": "fr", "published": "2025-01",
          "text": "Brenvik Analytique a nommé Jeanne Lamarque directrice générale. Didier Renard, directeur général d'Orange, salue l'arrivée de Jeanne Lamarque.",
          "entities": [ {"name": "Brenvik Analytique", "type": "Organization", "aliases": []},
                        {"name": "Jeanne Lamarque", "type": "Person", "aliases": []},
                        {"name": "Didier Renard", "type": "Person", "aliases": []},
                        {"name": "Orange", "type": "Organization", "aliases": []} ],
          "relations": [ {"type": "HOLDS_ROLE", "subject": "Jeanne Lamarque", "object": "Brenvik Analytique", "props": {"title": "directrice générale"},
                          "evidence": "Brenvik Analytique a nommé Jeanne Lamarque directrice générale."},
                         {"type": "HOLDS_ROLE", "subject": "Didier Renard", "object": "Orange", "props": {"title": "directeur général"},
                          "evidence": "Didier Renard, directeur général d'Orange, salue l'arrivée de Jeanne Lamarque."} ] }
        """;

    [Fact]
    public async Task Train_writes_the_models_and_eval_uses_them()
    {
        using var cli = new CliRun();
        var gold = Directory.CreateDirectory(Path.Combine(cli.Folder, "gold")).FullName;
        File.WriteAllText(Path.Combine(gold, "g1.json"), Gold);
        var models = Path.Combine(cli.Folder, "models");

        var train = await cli.RunAsync("train", gold, "--out", models);
        Assert.Equal(0, train.Code);
        Assert.Contains("1 articles", train.Out);
        Assert.True(File.Exists(Path.Combine(models, "name-model.json")));
        Assert.True(File.Exists(Path.Combine(models, "relation-model.json")));
        Assert.True(File.Exists(Path.Combine(models, "context-model.json")));

        var withModels = await cli.RunAsync("eval", gold, "--model", models);
        var rulesOnly = await cli.RunAsync("eval", gold, "--rules-only");
        Assert.Equal(0, withModels.Code);
        Assert.Equal(0, rulesOnly.Code);
        Assert.Contains("OVERALL", withModels.Out);
        Assert.Contains("HOLDS_ROLE", rulesOnly.Out);
    }
}
