using MarketGraph.Core.Ports;

namespace MarketGraph.Api.Health;

public static class HealthEndpoints
{
    /// <summary>GET /health: 200 with the graph's counts when the store answers, 503 otherwise.</summary>
    public static void MapHealth(this WebApplication app)
    {
        app.MapGet("/health", async (IGraphStore store, CancellationToken ct) =>
        {
            try
            {
                var counts = await store.CountsAsync(ct);
                return Results.Ok(new { status = "ok", counts.Documents, counts.Entities, counts.Edges, counts.Claims });
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return Results.Json(new { status = "unavailable", error = e.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
    }
}
