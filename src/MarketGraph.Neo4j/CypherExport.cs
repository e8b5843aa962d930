using System.Text;
using MarketGraph.Core.Ports;

namespace MarketGraph.Neo4j;

/// <summary>
/// The whole graph, with evidence, as a Cypher script for cypher-shell or Neo4j Browser: the schema
/// statements, then the very upsert statements of graph-schema/cypher with their <c>$rows</c> parameter
/// replaced by an escaped literal list. Running it twice gives the same graph (MERGE on ids).
/// </summary>
public static class CypherExport
{
    private const int RowsPerStatement = 100;

    public static async Task WriteAsync(IGraphStore source, TextWriter output, CancellationToken ct)
    {
        await output.WriteLineAsync("// MarketGraph export: run with cypher-shell -f FILE (Neo4j 5.26 or later).");
        foreach (var statement in CypherFiles.Schema())
        {
            await output.WriteLineAsync(statement + ";");
        }

        await foreach (var batch in GraphBatches.ReadAsync(source, RowsPerStatement, ct))
        {
            var sb = new StringBuilder();
            sb.Append("UNWIND ");
            CypherLiteral.Write(sb, batch.Rows);
            sb.Append(" AS row\n").Append(BodyAfterUnwind(batch.File)).Append(";\n");
            await output.WriteAsync(sb.ToString());
        }
        await output.FlushAsync(ct);
    }

    /// <summary>The statement of an upsert file without its comments and its first line, "UNWIND $rows AS row".</summary>
    private static string BodyAfterUnwind(string file)
    {
        var statement = CypherFiles.Statements(file).Single();
        const string head = "UNWIND $rows AS row";
        if (!statement.StartsWith(head, StringComparison.Ordinal))
            throw new InvalidOperationException($"graph-schema/cypher/{file}.cypher must start with '{head}'");
        return statement[head.Length..].Trim();
    }
}
