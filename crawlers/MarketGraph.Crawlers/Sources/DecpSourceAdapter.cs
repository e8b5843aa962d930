using System.Runtime.CompilerServices;
using System.Text.Json;
using MarketGraph.Core.Documents;
using MarketGraph.Crawlers.Fetching;
using MarketGraph.Crawlers.Notices;
using Microsoft.Extensions.Logging;

namespace MarketGraph.Crawlers.Sources;

/// <summary>
/// <c>decp</c>: a DECP file of any size (the consolidated national file is hundreds of MB). The body goes to a
/// temporary file under the source's size cap (<see cref="CrawlSource.MaxBytes"/>), then is read one contract record
/// at a time; with a cloud filter, records are kept or dropped one by one. Kept records are regrouped, in the DECP
/// shape they came in, into documents of at most <see cref="RecordsPerDocument"/> contracts, each read, extracted and
/// stored like a small DECP file. Memory stays bounded by one group, whatever the file's size.
/// </summary>
public sealed partial class DecpSourceAdapter(TimeProvider time, ILogger<DecpSourceAdapter> logger) : ISourceAdapter
{
    public const int RecordsPerDocument = 200;

    public bool Handles(string kind) => kind == SourceKinds.Decp;

    public async IAsyncEnumerable<CrawlItem> ItemsAsync(CrawlSession session, [EnumeratorCancellation] CancellationToken ct)
    {
        var source = session.Source;
        var url = source.Url;
        var path = Path.Combine(Path.GetTempPath(), $"marketgraph-decp-{Guid.NewGuid():N}.json");
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        FetchResult? result = null;
        string? error = null;
        try
        {
            result = await session.Fetcher.GetToStreamAsync(url, session.Policy, await session.StateAsync(url, ct), file, ct);
        }
        catch (FetchException e)
        {
            error = e.Message;
        }
        if (error is not null || result is null)
        {
            yield return new FailedItem(url, error ?? $"{url}: no response");
            yield break;
        }
        if (result.Status == FetchStatus.NotModified)
        {
            yield return new UnchangedItem(url);
            yield break;
        }

        file.Position = 0;
        var records = new DecpRecordStream(file, url.AbsoluteUri);
        var group = new List<DecpRecord>();
        int kept = 0, documents = 0;
        while (true)
        {
            DecpRecord? record = null;
            try
            {
                record = await records.ReadAsync(ct);
            }
            catch (InvalidInputException e)
            {
                error = e.Message;
            }
            if (record is not null && !Keep(record, source.CloudFilter)) continue;
            // a group is full, ends at a change of list (marche → contrat-concession), or at the end of the file
            if (group.Count > 0 && (record is null || group.Count == RecordsPerDocument || group[0].List != record.List))
            {
                documents++;
                yield return Document(session, result, group, kept - group.Count + 1);
                group.Clear();
            }
            if (record is null) break;
            group.Add(record);
            kept++;
        }
        LogRead(logger, source.Name, records.Count, kept, documents);
        if (error is not null)
        {
            yield return new FailedItem(url, error);
            yield break;
        }
        // the file's validators are kept only once all of it was read: a 304 next time must not hide a part never read
        await session.RememberAsync(url, result, ct);
    }

    /// <summary>The cloud filter applied to one contract by its <c>codeCPV</c>.</summary>
    private static bool Keep(DecpRecord record, CloudFilterMode mode)
    {
        if (mode == CloudFilterMode.None) return true;
        using var doc = JsonDocument.Parse(record.Json);
        var code = doc.RootElement.Str("codeCPV");
        if (code is null) return mode == CloudFilterMode.CpvWhenPresent;
        return CloudCpvFilter.Default.IsCloud(code);
    }

    private FetchedItem Document(CrawlSession session, FetchResult result, List<DecpRecord> group, int first)
    {
        var part = new Uri($"{session.Source.Url.GetLeftPart(UriPartial.Query)}#records-{first}-{first + group.Count - 1}");
        using var body = new MemoryStream();
        var list = group[0].List;
        Write(body, list == "marches" ? "{\"marches\":[" : $"{{\"marches\":{{\"{list}\":[");
        for (var i = 0; i < group.Count; i++)
        {
            if (i > 0) body.WriteByte((byte)',');
            body.Write(group[i].Json);
        }
        Write(body, list == "marches" ? "]}" : "]}}");
        var raw = new RawContent(body.ToArray())
        {
            Url = part,
            ContentType = MediaTypes.Decp,
            FetchedAt = time.GetUtcNow(),
            SourceName = session.Source.Name,
        };
        return new FetchedItem(part, raw, result with { Url = part, Content = raw });
    }

    private static void Write(Stream s, string ascii) => s.Write(System.Text.Encoding.ASCII.GetBytes(ascii));

    [LoggerMessage(EventId = 4301, Level = LogLevel.Information, Message = "DECP source {Source}: {Read} contract records read, {Kept} kept, {Documents} documents")]
    private static partial void LogRead(ILogger logger, string source, int read, int kept, int documents);
}
