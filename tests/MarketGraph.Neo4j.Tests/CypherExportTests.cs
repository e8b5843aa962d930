using System.Diagnostics;
using System.Text;

namespace MarketGraph.Neo4j.Tests;

public sealed class CypherExportTests
{
    /// <summary>Cypher's string escapes, decoded independently of the writer.</summary>
    private static string Unquote(string literal)
    {
        Assert.StartsWith("'", literal);
        Assert.EndsWith("'", literal);
        var sb = new StringBuilder();
        for (var i = 1; i < literal.Length - 1; i++)
        {
            var c = literal[i];
            Assert.False(c is '\'' or '\n' or '\r', $"unescaped {(int)c} at {i}");
            if (c != '\\') { sb.Append(c); continue; }
            var e = literal[++i];
            switch (e)
            {
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'u': sb.Append((char)Convert.ToInt32(literal.Substring(i + 1, 4), 16)); i += 4; break;
                default: sb.Append(e); break;
            }
        }
        return sb.ToString();
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("O'Brien")]
    [InlineData("back\\slash \\' and \\\\")]
    [InlineData("line one\nline two\r\nthree\ttab")]
    [InlineData("État « guillemets » 中文 😀")]
    [InlineData("\u0001 bell \u0007 sep \u2028 end")]
    [InlineData(SampleGraph.TrickyName)]
    public void String_literals_round_trip(string value)
    {
        var literal = CypherLiteral.Of(value);
        Assert.Equal(value, Unquote(literal));
    }

    [Fact]
    public void Numbers_lists_and_maps_are_cypher_literals()
    {
        Assert.Equal("23", CypherLiteral.Of(23L));
        Assert.Equal("23.0", CypherLiteral.Of(23.0));
        Assert.Equal("0.1", CypherLiteral.Of(0.1));
        Assert.Equal("null", CypherLiteral.Of(null));
        Assert.Equal("['a', 'b\\'c']", CypherLiteral.Of(new List<string> { "a", "b'c" }));
        Assert.Equal("{`percent`: 23, `we``ird`: true}", CypherLiteral.Of(new Dictionary<string, object?> { ["percent"] = 23L, ["we`ird"] = true }));
    }

    [Fact]
    public async Task Export_writes_schema_first_then_the_graph_with_evidence()
    {
        var output = new StringWriter();
        await CypherExport.WriteAsync(SampleGraph.Create(), output, CancellationToken.None);
        var script = output.ToString();

        var firstConstraint = script.IndexOf("CREATE CONSTRAINT entity_id", StringComparison.Ordinal);
        var firstMerge = script.IndexOf("MERGE", StringComparison.Ordinal);
        Assert.True(firstConstraint >= 0 && firstConstraint < firstMerge);
        Assert.Contains(CypherLiteral.Of(SampleGraph.TrickyName), script);
        Assert.Contains(CypherLiteral.Of("L'État détient 23 % d'Orange."), script); // the evidence quote
        Assert.Contains("MERGE (a)-[r:$(row.type) {id: row.id}]->(b)", script);
        Assert.DoesNotContain("$rows", script);
        // the tricky name's newline never reaches the script raw: one statement per ';' at a line end
        Assert.DoesNotContain("\nLine two", script);
    }

    [CypherLintFact]
    public async Task Export_output_passes_the_cypher_linter()
    {
        var file = Path.Combine(Path.GetTempPath(), $"marketgraph-export-{Guid.NewGuid():N}.cypher");
        try
        {
            await using (var writer = new StreamWriter(file))
            {
                await CypherExport.WriteAsync(SampleGraph.Create(), writer, CancellationToken.None);
            }
            var psi = new ProcessStartInfo("node", ["lint.mjs", file])
            {
                WorkingDirectory = RepositoryPaths.LintDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(psi)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, await stdout + await stderr);
            Assert.Contains("0 problems", await stdout);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
