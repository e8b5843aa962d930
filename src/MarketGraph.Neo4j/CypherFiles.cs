using System.Collections.Concurrent;

namespace MarketGraph.Neo4j;

/// <summary>
/// The Cypher statements of graph-schema/cypher, embedded in this assembly. Statements are never built from
/// input: values travel as parameters, and the only text chosen at run time is which file to send.
/// </summary>
public static class CypherFiles
{
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary>The text of graph-schema/cypher/<paramref name="name"/>.cypher.</summary>
    public static string Get(string name) => Cache.GetOrAdd(name, static n =>
    {
        using var stream = typeof(CypherFiles).Assembly.GetManifestResourceStream($"MarketGraph.Neo4j.Cypher.{n}.cypher")
            ?? throw new InvalidOperationException($"graph-schema/cypher/{n}.cypher is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>A file of several statements (each ending with ';' at the end of a line), comments removed.</summary>
    public static IReadOnlyList<string> Statements(string name) =>
        Get(name).Split('\n')
            .Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .Aggregate(new List<string> { "" }, (acc, line) =>
            {
                acc[^1] += line.TrimEnd('\r') + "\n";
                if (line.TrimEnd().EndsWith(';')) acc.Add("");
                return acc;
            })
            .Select(s => s.Trim().TrimEnd(';').Trim())
            .Where(s => s.Length > 0)
            .ToList();

    /// <summary>Schema statements in the order they must run: unique constraints before indexes.</summary>
    public static IReadOnlyList<string> Schema() => [.. Statements("constraints"), .. Statements("indexes")];
}
