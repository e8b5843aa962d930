namespace MarketGraph.Extraction.Tests;

/// <summary>Regression floor on the shared dev articles (read in place, never copied).</summary>
public class DevSetTests
{
    // measured on the dev set minus a small margin: a drop below these is a regression
    private const double PrecisionFloor = 0.95;
    private const double F1Floor = 0.83;

    private static string? DevDirectory()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MarketGraph.slnx")) && !Directory.Exists(Path.Combine(dir.FullName, ".git")))
            dir = dir.Parent;
        if (dir?.Parent is null) return null;
        var dev = Path.Combine(dir.Parent.FullName, "shared", "data", "articles", "dev");
        return Directory.Exists(dev) ? dev : null;
    }

    [Fact]
    public void Dev_set_scores_stay_above_the_floor()
    {
        var dev = DevDirectory();
        if (dev is null)
        {
            Console.WriteLine("SKIPPED: ../shared/data/articles/dev not found beside the repository; dev-set floor not checked");
            return;
        }
        var report = GoldEvaluator.Evaluate(dev, new TextClaimExtractor());
        Console.WriteLine(report.Format());
        Assert.True(report.Overall.Precision >= PrecisionFloor, report.Format());
        Assert.True(report.Overall.F1 >= F1Floor, report.Format());
    }
}
