using System.Diagnostics;
using System.Text;
using MarketGraph.Crawlers.Notices;

namespace MarketGraph.Crawlers.Benchmarks;

/// <summary>
/// Reading a large DECP file: streamed one record at a time (<see cref="DecpRecordStream"/>) against the whole-file
/// DOM parse (<see cref="DecpJsonParser"/> on the file's text). Run each way in its own process so the peak working
/// set is that way's alone: <c>--decp stream|filter|dom [MB]</c>.
/// </summary>
public static class DecpLargeFile
{
    public static async Task RunAsync(string how, int megabytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"marketgraph-bench-decp-{megabytes}mb.json");
        if (!File.Exists(path)) Generate(path, megabytes * 1024L * 1024);
        var size = new FileInfo(path).Length;
        var before = Process.GetCurrentProcess().PeakWorkingSet64;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var sw = Stopwatch.StartNew();
        long records;
        if (how is "stream" or "filter")
        {
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
            var stream = new DecpRecordStream(file, path);
            var cloud = 0;
            while (await stream.ReadAsync() is { } record)
            {
                if (how != "filter") continue;
                // what the DECP adapter does per record under a cloud filter
                using var doc = System.Text.Json.JsonDocument.Parse(record.Json);
                if (doc.RootElement.TryGetProperty("codeCPV", out var cpv) && CloudCpvFilter.Default.IsCloud(cpv.GetString() ?? "")) cloud++;
            }
            records = stream.Count;
            if (how == "filter") Console.Write($"{cloud} cloud records; ");
        }
        else
        {
            records = new DecpJsonParser().Parse(File.ReadAllText(path), path).Awards.Count;
        }
        sw.Stop();
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine($"{how}: {size / 1048576.0:0} MB, {records} records in {sw.Elapsed.TotalSeconds:0.00} s " +
            $"({size / 1048576.0 / sw.Elapsed.TotalSeconds:0} MB/s, {records / sw.Elapsed.TotalSeconds:0} records/s), " +
            $"allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0:0} MB, peak working set {peak / 1048576.0:0} MB (at start {before / 1048576.0:0} MB)");
    }

    /// <summary>DECP v1 records shaped like the real ones (buyer, one winner with SIRET, CPV, amounts), until the size is reached.</summary>
    private static void Generate(string path, long bytes)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        w.Write("{\"marches\": [\n");
        for (var i = 0; w.BaseStream.Length < bytes; i++)
        {
            if (i > 0) w.Write(",\n");
            w.Write($$"""{"id": "2024-{{i:D7}}", "uid": "2{{i:D8}}000112024-{{i:D7}}", "_type": "Marché", "acheteur": {"id": "2{{i:D8}}00011", "nom": "Acheteur {{i}}"}, "nature": "Marché", "objet": "Prestation numéro {{i}} : hébergement, maintenance et support des applications", "codeCPV": "{{(i % 10 == 0 ? "72415000" : "45314320")}}", "procedure": "Procédure adaptée", "lieuExecution": {"code": "75", "typeCode": "Code département", "nom": "Paris"}, "dureeMois": 36, "dateNotification": "2024-03-{{1 + i % 28:D2}}", "datePublicationDonnees": "2024-04-01", "montant": {{1000 + i}}, "formePrix": "Forfaitaire", "titulaires": [{"typeIdentifiant": "SIRET", "id": "4{{i:D8}}00018", "denominationSociale": "Titulaire {{i}} SAS"}], "modifications": []}""");
        }
        w.Write("\n]}\n");
    }
}
