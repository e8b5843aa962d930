namespace MarketGraph.Cli.Tests;

/// <summary>Every bad input: exit 2, one line on stderr, and the database exactly as it was.</summary>
public class BadInputTests
{
    public static TheoryData<string, byte[]> BadFiles => new()
    {
        { "empty.txt", [] },
        { "binary.txt", [0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00] },
        { "latin1.txt", [0x43, 0x61, 0x66, 0xe9, 0x20, 0x63, 0x72, 0xe8, 0x6d, 0x65] },
        { "blank.txt", "   \n\t \n  "u8.ToArray() },
        { "slides.pptx", "not a document"u8.ToArray() },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task Bad_file_exits_2_with_one_line_and_leaves_the_database_untouched(string name, byte[] content)
    {
        using var cli = new CliRun();
        Assert.Equal(0, (await cli.RunAsync("ingest", cli.WriteFile("good.txt", "Titre\nL'État détient 23 % d'Orange."))).Code);
        var snapshot = cli.DatabaseSnapshot();

        var result = await cli.RunAsync("ingest", cli.WriteFile(name, content));

        Assert.Equal(2, result.Code);
        var lines = result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("error: ", lines[0]);
        Assert.Contains(name, lines[0]);
        Assert.DoesNotContain("   at ", result.Err);
        Assert.Equal(snapshot, cli.DatabaseSnapshot());
    }

    [Fact]
    public async Task A_50_MB_file_is_refused_without_reading_it_whole()
    {
        using var cli = new CliRun();
        var path = Path.Combine(cli.Folder, "huge.txt");
        using (var f = File.Create(path)) f.SetLength(50L * 1024 * 1024);

        var result = await cli.RunAsync("ingest", path);

        Assert.Equal(2, result.Code);
        Assert.Contains("limit", result.Err);
        var export = await cli.RunAsync("export", "--format", "csv");
        Assert.Single(export.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)); // the header only
    }

    [Fact]
    public async Task One_bad_file_among_good_ones_stores_nothing()
    {
        using var cli = new CliRun();
        var good = cli.WriteFile("good.txt", "Titre\nL'État détient 23 % d'Orange.");
        var bad = cli.WriteFile("bad.txt", []);

        var result = await cli.RunAsync("ingest", good, bad);

        Assert.Equal(2, result.Code);
        Assert.Contains("nothing stored", result.Err);
        var export = await cli.RunAsync("export", "--format", "csv");
        Assert.Single(export.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)); // the header only
    }

    [Theory]
    [InlineData("ingest", "/no/such/file.txt")]
    [InlineData("extract", "/no/such/file.txt")]
    [InlineData("eval", "/no/such/folder")]
    [InlineData("train", "/no/such/folder", "--out", "/tmp/mg-never-written")]
    [InlineData("train", "/no/such/folder")]
    [InlineData("export", "--format", "pdf")]
    [InlineData("frobnicate")]
    [InlineData("query", "{ x", "--variables", "{not json")]
    public async Task Bad_usage_exits_2_with_one_line(params string[] args)
    {
        using var cli = new CliRun();
        var result = await cli.RunAsync(args);
        Assert.Equal(2, result.Code);
        Assert.StartsWith("error: ", result.Err);
        Assert.DoesNotContain("   at ", result.Err);
    }

    [Fact]
    public async Task Eval_with_a_model_folder_that_holds_no_models_exits_2_with_one_line()
    {
        using var cli = new CliRun();
        var gold = Directory.CreateDirectory(Path.Combine(cli.Folder, "gold")).FullName;
        var result = await cli.RunAsync("eval", gold, "--model", cli.Folder);
        Assert.Equal(2, result.Code);
        Assert.StartsWith("error: ", result.Err);
        Assert.Contains("model", result.Err);
        Assert.DoesNotContain("   at ", result.Err);
    }
}
