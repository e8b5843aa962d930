namespace MarketGraph.Neo4j.Tests;

public static class RepositoryPaths
{
    /// <summary>The repository root: the first parent of the test binaries that holds graph-schema/.</summary>
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (Directory.Exists(Path.Combine(dir.FullName, "graph-schema", "cypher"))) return dir.FullName;
            }
            throw new DirectoryNotFoundException("graph-schema/ not found above " + AppContext.BaseDirectory);
        }
    }

    public static string LintDirectory => Path.Combine(Root, "graph-schema", "lint");
}

/// <summary>Runs only where the Cypher linter is installed (npm ci in graph-schema/lint); says so when it is not.</summary>
public sealed class CypherLintFactAttribute : FactAttribute
{
    public CypherLintFactAttribute()
    {
        try
        {
            if (!Directory.Exists(Path.Combine(RepositoryPaths.LintDirectory, "node_modules", "@neo4j-cypher")))
                Skip = "Cypher linter not installed: run 'npm ci' in graph-schema/lint";
        }
        catch (DirectoryNotFoundException e)
        {
            Skip = e.Message;
        }
    }
}

/// <summary>Runs only against a live Neo4j named by NEO4J_URI; skipped with that reason otherwise.</summary>
public sealed class Neo4jFactAttribute : FactAttribute
{
    public Neo4jFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URI")))
            Skip = "NEO4J_URI is not set: no live Neo4j, the Neo4j store contract suite is skipped (docker compose up -d neo4j, then set NEO4J_URI=http://localhost:7474 and NEO4J_PASSWORD)";
    }
}
