using MarketGraph.Core.Documents;

namespace MarketGraph.Extraction.Tests;

public class GoldEvaluatorTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "mg-gold-" + Guid.NewGuid().ToString("N"));

    public GoldEvaluatorTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Missing_directory_is_bad_input()
    {
        var e = Assert.Throws<InvalidInputException>(() => GoldEvaluator.Evaluate(Path.Combine(_dir, "nope"), new TextClaimExtractor()));
        Assert.Contains("not found", e.Message);
    }

    [Fact]
    public void Empty_directory_is_bad_input() =>
        Assert.Throws<InvalidInputException>(() => GoldEvaluator.Evaluate(_dir, new TextClaimExtractor()));

    [Fact]
    public void Malformed_gold_file_is_bad_input()
    {
        File.WriteAllText(Path.Combine(_dir, "bad.json"), "{\"text\": \"Orange détient 23 % de Nubilo.\", \"relations\": [{\"type\": \"NOT_A_TYPE\", \"subject\": \"a\", \"object\": \"b\"}]}");
        var e = Assert.Throws<InvalidInputException>(() => GoldEvaluator.Evaluate(_dir, new TextClaimExtractor()));
        Assert.Contains("bad.json", e.Message);
    }

    [Fact]
    public void Scores_with_aliases_lists_and_symmetry()
    {
        const string gold = """
        {"id": "t1", "title": "t", "language": "fr",
         "text": "L'État détient 23 % de Nubilo, une société de cloud. Le partenariat entre Nubilo et Scaleway est signé. Marc Vidal, directeur général de Nubilo, confirme.",
         "entities": [
           {"name": "French State", "type": "PublicBody", "aliases": ["l'État"]},
           {"name": "Nubilo SAS", "type": "Organization", "aliases": ["Nubilo"]},
           {"name": "Scaleway", "type": "Organization", "aliases": []},
           {"name": "Marc Vidal", "type": "Person", "aliases": []}],
         "relations": [
           {"type": "OWNS_STAKE", "subject": ["French State"], "object": "Nubilo SAS", "props": {"percent": 23}, "evidence": "x"},
           {"type": "PARTNERS_WITH", "subject": "Scaleway", "object": "Nubilo SAS", "props": {}, "evidence": "x"},
           {"type": "ACQUIRED", "subject": "Scaleway", "object": "Nubilo SAS", "props": {}, "evidence": "x"}]}
        """;
        File.WriteAllText(Path.Combine(_dir, "t1.json"), gold);
        var report = GoldEvaluator.Evaluate(_dir, new TextClaimExtractor());
        var stake = report.PerType.Single(t => t.Type == "OWNS_STAKE");
        Assert.Equal((1, 1, 1), (stake.TruePositives, stake.Predicted, stake.Gold));
        var partners = report.PerType.Single(t => t.Type == "PARTNERS_WITH");
        Assert.Equal(1, partners.TruePositives);
        var acquired = report.PerType.Single(t => t.Type == "ACQUIRED");
        Assert.Equal(0, acquired.Recall);
        // the role is predicted but not in the gold: a false positive
        var role = report.PerType.Single(t => t.Type == "HOLDS_ROLE");
        Assert.Equal((0, 1, 0), (role.TruePositives, role.Predicted, role.Gold));
        Assert.Equal(2, report.Overall.TruePositives);
        Assert.Equal(3, report.Overall.Gold);
        var table = report.Format();
        Assert.Contains("OWNS_STAKE", table);
        Assert.Contains("OVERALL", table);
    }
}
