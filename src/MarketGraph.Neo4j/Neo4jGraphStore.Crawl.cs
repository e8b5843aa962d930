using System.Globalization;
using MarketGraph.Core.Graph;

namespace MarketGraph.Neo4j;

public sealed partial class Neo4jGraphStore
{
    public async Task<FetchState?> GetFetchStateAsync(string url, CancellationToken ct = default)
    {
        var result = await RunAsync("get-fetch-state", P(("url", url)), ct);
        if (result.Values.Count == 0) return null;
        var m = Map(result.Values[0][0]);
        return new FetchState(Str(m, "url")!, Str(m, "etag"), Str(m, "lastModified"), Str(m, "contentHash"), Instant(m, "fetchedAt"));
    }

    public Task SaveFetchStateAsync(FetchState state, CancellationToken ct = default) =>
        RunAsync("save-fetch-state", P(("url", state.Url), ("etag", state.ETag), ("lastModified", state.LastModified),
            ("contentHash", state.ContentHash), ("fetchedAt", state.FetchedAt.ToString("O", CultureInfo.InvariantCulture))), ct);

    public Task RecordSourceRunAsync(SourceRun run, CancellationToken ct = default) =>
        RunAsync("record-source-run", P(
            ("id", $"{run.SourceName}|{run.StartedAt.UtcTicks}"),
            ("sourceName", run.SourceName),
            ("startedAt", run.StartedAt.ToString("O", CultureInfo.InvariantCulture)),
            ("finishedAt", run.FinishedAt.ToString("O", CultureInfo.InvariantCulture)),
            ("fetched", (long)run.Fetched), ("unchanged", (long)run.Unchanged), ("newDocuments", (long)run.NewDocuments),
            ("claims", (long)run.Claims), ("errors", (long)run.Errors), ("errorMessages", run.ErrorMessages.ToList())), ct);

    public async Task<IReadOnlyList<SourceRun>> LatestSourceRunsAsync(CancellationToken ct = default)
    {
        var result = await RunAsync("latest-source-runs", null, ct);
        return result.Values.Select(r =>
        {
            var m = Map(r[0]);
            return new SourceRun(Str(m, "sourceName")!, Instant(m, "startedAt"), Instant(m, "finishedAt"))
            {
                Fetched = (int)Long(m, "fetched"),
                Unchanged = (int)Long(m, "unchanged"),
                NewDocuments = (int)Long(m, "newDocuments"),
                Claims = (int)Long(m, "claims"),
                Errors = (int)Long(m, "errors"),
                ErrorMessages = Strings(m, "errorMessages"),
            };
        }).ToList();
    }
}
