namespace MarketGraph.Extraction.Tests;

/// <summary>
/// Regression floors on the project's own evaluation corpora (Corpus/README.md): measured minus a small margin.
/// heldout-d and heldout-e are held out: their floors guard against regressions, their misses are never read to write rules.
/// </summary>
public class CorpusTests
{
    [Theory]
    [InlineData("dev-a", 0.92, 0.75)]
    [InlineData("dev-b", 0.95, 0.74)]
    [InlineData("dev-c", 0.88, 0.63)]
    [InlineData("heldout-d", 0.76, 0.30)]
    [InlineData("heldout-e", 0.76, 0.25)]
    public void Corpus_scores_stay_above_the_floor(string folder, double precisionFloor, double f1Floor)
    {
        var report = GoldEvaluator.Evaluate(Path.Combine(CorpusDirectory(), folder), new TextClaimExtractor());
        Assert.True(report.Overall.Precision >= precisionFloor, report.Format());
        Assert.True(report.Overall.F1 >= f1Floor, report.Format());
    }

    internal static string CorpusDirectory() => Path.Combine(RepositoryRoot(), "tests", "MarketGraph.Extraction.Tests", "Corpus");

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MarketGraph.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
