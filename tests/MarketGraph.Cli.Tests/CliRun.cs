namespace MarketGraph.Cli.Tests;

/// <summary>Runs the command line in-process against its own temporary data folder (a real SQLite file).</summary>
public sealed class CliRun : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("mg-cli-").FullName;

    public string DataDirectory => Path.Combine(Folder, "data");

    public string DatabasePath => Path.Combine(DataDirectory, "marketgraph.db");

    public string WriteFile(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    public string WriteFile(string name, byte[] content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public async Task<(int Code, string Out, string Err)> RunAsync(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = await MarketGraphCli.RunAsync([.. args, "--data", DataDirectory], stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A snapshot of the database file's bytes after a WAL checkpoint, to prove nothing changed.</summary>
    public byte[] DatabaseSnapshot()
    {
        if (!File.Exists(DatabasePath)) return [];
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={DatabasePath}"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            cmd.ExecuteNonQuery();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return File.ReadAllBytes(DatabasePath);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
