using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace MarketGraph.Api.Tests;

public sealed class SchemaTests
{
    /// <summary>graph-schema/schema.graphql is the SDL printed from code. Regenerate: UPDATE_SCHEMA=1 dotnet test --filter Sdl.</summary>
    [Fact]
    public void Sdl_file_matches_the_schema_in_code()
    {
        using var app = new ApiApp();
        var schema = app.Services.GetRequiredService<ISchema>();
        var printed = schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";
        var file = Path.Combine(RepositoryRoot(), "graph-schema", "schema.graphql");
        if (Environment.GetEnvironmentVariable("UPDATE_SCHEMA") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, printed);
        }
        Assert.True(File.Exists(file), $"{file} is missing: run the tests once with UPDATE_SCHEMA=1");
        Assert.True(File.ReadAllText(file).ReplaceLineEndings("\n") == printed,
            "graph-schema/schema.graphql differs from the schema in code: review the change, then regenerate it with UPDATE_SCHEMA=1 dotnet test tests/MarketGraph.Api.Tests --filter Sdl");
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Directory.Build.props"))) return dir.FullName;
        }
        throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }
}
